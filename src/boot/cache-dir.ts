// Where dpia keeps its caches (the code cache of src/boot/compile-cache.ts and the
// result cache of src/check/result-cache.ts), and how it keeps them safe and small.
//
// Where, first that applies: `--cache-location <dir>`; `$CACHE_DIR/dpia`, else the
// project's `node_modules/.cache/dpia` (find-cache-dir, like Babel, AVA and Webpack); else
// the user's cache folder (`$XDG_CACHE_HOME/dpia` or `~/.cache/dpia`, `~/Library/Caches/dpia`
// on macOS, `%LOCALAPPDATA%\dpia` on Windows). Never a shared, predictable temp path.
//
// Safe: a cache folder is created with mode 0700, and one that is a symbolic link, is
// owned by another user or is writable by others is not used at all (the run goes on
// without a cache); each entry is opened without following links and used only if it is
// the user's own and not writable by others. A cache can only cost speed, never an error.
//
// Small: each build of dpia has its own folder under `code/` and `check/`, so two
// versions never overwrite each other's entries. Once a day (a stamp file), folders of
// builds not used for PRUNE_DAYS days are removed, and so are all but the newest
// MAX_BUILDS, and result entries not used for PRUNE_DAYS days or beyond MAX_ENTRIES.
import findCacheDirectory from 'find-cache-dir';
import { closeSync, constants, fstatSync, lstatSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, utimesSync, writeFileSync, type Stats } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { dirname, isAbsolute, join, resolve } from 'node:path';

export const PRUNE_DAYS = 30;
export const MAX_BUILDS = 5;
export const MAX_ENTRIES = 5000;
const DAY = 24 * 60 * 60 * 1000;
const STAMP = 'pruned';

export interface CacheRootOptions {
  /** `--cache-location`, relative to cwd */
  location?: string;
  cwd: string;
  env: NodeJS.ProcessEnv;
}

/** The cache folder dpia would use (not yet created or checked); undefined when there is none. */
export function cacheRoot(options: CacheRootOptions): string | undefined {
  if (options.location !== undefined && options.location !== '') return resolve(options.cwd, options.location);
  try {
    const project = findCacheDirectory({ name: 'dpia', cwd: options.cwd });
    if (project) return project;
  } catch {
    // An unreadable folder on the way up: fall back to the user's cache folder.
  }
  return userCacheDir(options.env);
}

function userCacheDir(env: NodeJS.ProcessEnv): string | undefined {
  if (process.platform === 'win32') return env.LOCALAPPDATA ? join(env.LOCALAPPDATA, 'dpia') : undefined;
  if (env.XDG_CACHE_HOME && isAbsolute(env.XDG_CACHE_HOME)) return join(env.XDG_CACHE_HOME, 'dpia');
  let home: string;
  try {
    home = env.HOME || homedir();
  } catch {
    return undefined;
  }
  if (!home) return undefined;
  return process.platform === 'darwin' ? join(home, 'Library', 'Caches', 'dpia') : join(home, '.cache', 'dpia');
}

/** Ours: our own user's, and nobody else may write to it. Windows has no such modes. */
function ours(stat: Stats): boolean {
  if (process.platform === 'win32') return true;
  const uid = process.getuid?.();
  return (uid === undefined || stat.uid === uid) && (stat.mode & 0o002) === 0;
}

function usable(dir: string): Stats | undefined {
  try {
    const stat = lstatSync(dir);
    return stat.isDirectory() && !stat.isSymbolicLink() && ours(stat) ? stat : undefined;
  } catch {
    return undefined;
  }
}

/**
 * `root/...parts`, created with mode 0700 where missing, each level checked; undefined
 * when any level is a link, someone else's or writable by others, or cannot be made.
 * The innermost folder's time is refreshed at most once a day, so pruning sees it used.
 */
export function privateDir(root: string, ...parts: string[]): string | undefined {
  const levels = [root];
  for (const part of parts) levels.push(join(levels[levels.length - 1], part));
  let stat: Stats | undefined;
  for (const [index, dir] of levels.entries()) {
    stat = usable(dir);
    if (stat) continue;
    try {
      if (index === 0) mkdirSync(dirname(dir), { recursive: true });
      mkdirSync(dir, { mode: 0o700 });
    } catch {
      // Exists already (then judged below) or cannot be made.
    }
    stat = usable(dir);
    if (!stat) return undefined;
  }
  const dir = levels[levels.length - 1];
  if (parts.length > 0 && stat && Date.now() - stat.mtimeMs > DAY) touch(dir);
  return dir;
}

/** A cache entry's bytes, if it is a plain file of ours (links are not followed). */
export function readPrivate(file: string): { data: Buffer; mtimeMs: number } | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(file, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
    const stat = fstatSync(fd);
    if (!stat.isFile() || !ours(stat)) return undefined;
    return { data: readFileSync(fd), mtimeMs: stat.mtimeMs };
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Writes an entry whole or not at all: a private temp file renamed over the entry. */
export function writePrivate(file: string, data: string | Uint8Array): void {
  const temp = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(temp, data, { mode: 0o600, flag: 'wx' });
    // rename() replaces a link at `file` itself, never its target.
    renameSync(temp, file);
  } catch {
    rmSync(temp, { force: true });
  }
}

export function touch(path: string): void {
  try {
    const now = new Date();
    utimesSync(path, now, now);
  } catch {
    // Only pruning would come sooner.
  }
}

/** At most once a day: removes what is old or too much. `keep` names the folders in use now. */
export function pruneDaily(root: string, keep: { code?: string; check?: string }, now = Date.now()): boolean {
  const stamp = join(root, STAMP);
  let stamped = true;
  try {
    if (now - lstatSync(stamp).mtimeMs < DAY) return false;
  } catch {
    stamped = false;
  }
  if (!usable(root)) return false;
  writePrivate(stamp, '');
  // No stamp yet: the folder is new (a CI machine's every run), with nothing old in it.
  // Its first day starts now; the first pruning comes a day later.
  if (!stamped) return false;
  pruneBuilds(join(root, 'code'), keep.code, now);
  pruneBuilds(join(root, 'check'), keep.check, now, (dir) => pruneEntries(dir, now));
  // dpia scan's fields of each schema file, per build like check's (src/scan/field-cache.ts).
  pruneBuilds(join(root, 'scan'), keep.check, now, (dir) => pruneEntries(dir, now));
  removeLegacyTempCaches();
  return true;
}

function entriesOf(dir: string): { path: string; mtimeMs: number; dir: boolean }[] {
  const found: { path: string; mtimeMs: number; dir: boolean }[] = [];
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return found;
  }
  for (const name of names) {
    const path = join(dir, name);
    try {
      const stat = lstatSync(path);
      found.push({ path, mtimeMs: stat.mtimeMs, dir: stat.isDirectory() });
    } catch {
      // Gone meanwhile.
    }
  }
  return found.sort((a, b) => b.mtimeMs - a.mtimeMs);
}

function pruneBuilds(kindDir: string, keep: string | undefined, now: number, inside?: (dir: string) => void): void {
  if (!usable(kindDir)) return;
  let kept = 0;
  for (const entry of entriesOf(kindDir)) {
    const current = keep !== undefined && entry.path === join(kindDir, keep);
    const stale = now - entry.mtimeMs > PRUNE_DAYS * DAY;
    if (current || (entry.dir && !stale && kept < MAX_BUILDS)) {
      kept++;
      if (entry.dir) inside?.(entry.path);
    } else {
      rmSync(entry.path, { recursive: true, force: true });
    }
  }
}

function pruneEntries(dir: string, now: number): void {
  entriesOf(dir).forEach((entry, index) => {
    if (index >= MAX_ENTRIES || now - entry.mtimeMs > PRUNE_DAYS * DAY) rmSync(entry.path, { recursive: true, force: true });
  });
}

/** Earlier builds kept their caches in the shared temp folder; remove ours. */
function removeLegacyTempCaches(): void {
  const uid = process.getuid?.() ?? 'user';
  for (const name of [`dpia-cache-${uid}`, `dpia-compile-cache-${uid}`]) {
    const dir = join(tmpdir(), name);
    if (usable(dir)) rmSync(dir, { recursive: true, force: true });
  }
}
