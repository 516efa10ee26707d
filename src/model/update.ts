// Updating an assessment that someone else may be updating too. Two guards:
// - a lock (proper-lockfile: a `<file>.lock` folder beside the file's real path, kept
//   fresh while held, taken over when stale, removed on exit, SIGINT and SIGTERM)
//   serialises dpia's own writers;
// - under the lock, the bytes on disk are compared with the bytes the command read: a
//   change made meanwhile (by an editor, or by an interview that holds no lock while it
//   waits for its user) fails the write with one line, and nothing is written.
// The new bytes go in with write-file-atomic: a temp file beside the target, fsync,
// rename; the file's mode and owner are kept and a symlink is written through to its
// target. A crash or kill -9 leaves the old bytes or the new ones, never half of them.
import { mkdirSync, readFileSync, realpathSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { Document } from 'yaml';
import { yaml } from './yaml-lib.ts';
import { rememberPristine } from './pristine.ts';
import { lazyModule } from '../lazy-module.ts';
import { cliError, InputError } from '../errors.ts';
import { describeFsError } from './source.ts';

// proper-lockfile and write-file-atomic (with graceful-fs, some 30 kB) are required when
// a command first writes: `check` bundles this module for `-o FILE` and rarely writes.
declare const require: (id: string) => unknown;
const lockfileModule = lazyModule<typeof import('proper-lockfile')>(import.meta.url, 'proper-lockfile', () => require('proper-lockfile'));
const writeFileAtomic = lazyModule<typeof import('write-file-atomic')>(import.meta.url, 'write-file-atomic', () => require('write-file-atomic'));

/** A lock not refreshed for this long belongs to a writer that died: it is taken over. */
export const LOCK_STALE_MS = 5000;
/** How long a writer waits for another to finish: longer than LOCK_STALE_MS, so a dead writer's lock is taken over. */
const LOCK_WAIT_MS = LOCK_STALE_MS + 3000;

/** The path the lock is taken on: the file's real path (through symlinks), or its folder's real path and its name. */
export function lockTarget(file: string): string {
  const absolute = resolve(file);
  try {
    return realpathSync(absolute);
  } catch {
    try {
      return join(realpathSync(dirname(absolute)), basename(absolute));
    } catch {
      return absolute;
    }
  }
}

export type Release = () => void;

function lockOptions(onCompromised: () => void) {
  return { realpath: false, stale: LOCK_STALE_MS, update: 1000, onCompromised } as const;
}

function lockFailed(display: string, error: unknown): InputError {
  if ((error as NodeJS.ErrnoException)?.code === 'ELOCKED') return new InputError(display, cliError('error.file.locked'));
  return new InputError(display, cliError('error.file.cannotBeWritten', { reason: describeFsError(error) }));
}

/** A held lock: release() is idempotent; `lost` is true once another writer took it over. */
export interface Held {
  release: Release;
  readonly lost: boolean;
}

function held(release: () => void, state: { lost: boolean }): Held {
  let done = false;
  return {
    release: () => {
      if (done) return;
      done = true;
      try {
        release();
      } catch {
        // Already gone (taken over as stale, or removed by hand): nothing left to release.
      }
    },
    get lost() { return state.lost; },
  };
}

/**
 * Waits (up to LOCK_WAIT_MS) for the lock on `file`; for commands that read, change and write at once.
 * Each attempt is synchronous: the lock folder is made and registered for removal at exit in
 * one step, so a SIGINT or SIGTERM can never fall between the two and leave a lock behind
 * (the asynchronous lock() leaves that gap open between mkdir and its callback).
 */
export async function lockForUpdate(file: string, display: string): Promise<Held> {
  const state = { lost: false };
  const target = lockTarget(file);
  const deadline = Date.now() + LOCK_WAIT_MS;
  for (let delay = 20; ; delay = Math.min(delay * 1.3, 200)) {
    try {
      const release = lockfileModule().lockSync(target, lockOptions(() => { state.lost = true; }));
      return held(release, state);
    } catch (error) {
      if ((error as NodeJS.ErrnoException)?.code !== 'ELOCKED' || Date.now() > deadline) throw lockFailed(display, error);
      await new Promise((done) => setTimeout(done, delay * (0.5 + Math.random())));
    }
  }
}

/** Sleeps without returning to the event loop (the interview saves synchronously). */
function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Runs `body` holding the lock on `file`, waiting for it synchronously (up to LOCK_WAIT_MS). */
export function withLockSync<T>(file: string, display: string, body: (lock: Held) => T): T {
  const target = lockTarget(file);
  const state = { lost: false };
  const deadline = Date.now() + LOCK_WAIT_MS;
  let release: (() => void) | undefined;
  for (let delay = 10; ; delay = Math.min(delay * 1.5, 200)) {
    try {
      release = lockfileModule().lockSync(target, lockOptions(() => { state.lost = true; }));
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException)?.code !== 'ELOCKED' || Date.now() > deadline) throw lockFailed(display, error);
      sleepSync(delay * (0.5 + Math.random()));
    }
  }
  const lock = held(release, state);
  try {
    return body(lock);
  } finally {
    lock.release();
  }
}

/** The bytes of `file` now, or null when there is none. */
function currentBytes(file: string): Buffer | null {
  try {
    return readFileSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException)?.code === 'ENOENT') return null;
    throw error;
  }
}

/**
 * Replaces `file` with `text`, to be called holding its lock: when the bytes on disk are
 * no longer `expected` (null: the file must not exist yet), nothing is written and the
 * command fails with one line.
 */
export function replaceFile(file: string, display: string, text: string, expected: string | null, lock?: Held): void {
  let now: Buffer | null;
  try {
    now = currentBytes(file);
  } catch (error) {
    throw new InputError(display, cliError('error.file.cannotBeWritten', { reason: describeFsError(error) }));
  }
  const unchanged = expected === null ? now === null : now !== null && now.equals(Buffer.from(expected, 'utf8'));
  if (!unchanged || lock?.lost) throw new InputError(display, cliError('error.file.changed'));
  writeAtomically(file, text, display);
}

/** write-file-atomic: mode, owner and symlinks kept, the temp file removed on failure and on exit. */
export function writeAtomically(file: string, text: string, display = file): void {
  try {
    writeFileAtomic().sync(file, text, { encoding: 'utf8' });
  } catch (error) {
    throw new InputError(display, cliError('error.file.cannotBeWritten', { reason: describeFsError(error) }));
  }
}

/** Locks `file`, checks it still holds `expected`, writes `text`: one guarded save, for writers that hold no lock meanwhile. */
export function saveGuarded(file: string, display: string, text: string, expected: string | null): void {
  try {
    mkdirSync(dirname(file), { recursive: true });
  } catch (error) {
    throw new InputError(display, cliError('error.file.cannotBeWritten', { reason: describeFsError(error) }));
  }
  withLockSync(file, display, (lock) => replaceFile(file, display, text, expected, lock));
}

/**
 * The Document an edit is made in, parsed from `text` with LF line ends and no BOM (the
 * writer puts both back). The yaml library keeps the `\r` of a CRLF comment line in
 * the comment it joins from several lines, and prints it back before its own `\n`: a
 * writer that then turned `\n` into `\r\n` added one `\r` per write.
 */
export function editableDocument(text: string): Document.Parsed {
  const lf = (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).replace(/\r\n/g, '\n');
  // Parsed once: the edit is made in a copy, and the splice compares it with this parse
  // (with its source tokens) instead of parsing the same text again.
  const pristine = yaml().parseDocument(lf, { keepSourceTokens: true }) as Document.Parsed;
  const edited = pristine.clone() as Document.Parsed;
  rememberPristine(edited, lf, pristine);
  return edited;
}
