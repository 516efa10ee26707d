// Where `-o FILE` sends a command's output (check, render, diff, export). A regular file,
// or one not there yet, is replaced atomically by the command's own writer (a temp file
// and a rename: a reader never sees half of it; mode, owner and a symlink are kept). Any
// other thing a path can name is written into, as a shell's `>` does: a terminal,
// /dev/null, a FIFO (`-o >(gzip > r.gz)`), and a name of an open descriptor (/dev/stdout,
// /dev/stderr, /dev/fd/N). A rename there would put a regular file where the device or the
// pipe was (as root, over /dev/null itself), and nothing would reach the reader.
import { closeSync, openSync, readdirSync, readFileSync, readlinkSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { writeAll, type Io } from './io.ts';

export type OutputTarget =
  | { kind: 'replace' }
  | { kind: 'descriptor'; fd: number }
  | { kind: 'into' };

/** The descriptor a path names, following its links: /dev/stdout, /dev/stderr, /dev/fd/N, /proc/self/fd/N. */
function descriptorNamed(target: string): number | undefined {
  let path = target;
  for (let hop = 0; hop < 16; hop++) {
    if (path === '/dev/stdout') return 1;
    if (path === '/dev/stderr') return 2;
    const match = /^\/(?:dev\/fd|proc\/self\/fd|proc\/thread-self\/fd|proc\/(\d+)\/fd)\/(\d+)$/.exec(path);
    if (match && (match[1] === undefined || Number(match[1]) === process.pid)) return Number(match[2]);
    let link: string;
    try {
      link = readlinkSync(path);
    } catch {
      return undefined; // not a link (or not there): no descriptor's name
    }
    path = resolve(dirname(path), link);
  }
  return undefined;
}

/** How `-o` writes to an absolute `target`. */
export function outputTarget(target: string): OutputTarget {
  if (process.platform !== 'win32') {
    const fd = descriptorNamed(target);
    if (fd !== undefined) return { kind: 'descriptor', fd };
  }
  let stat;
  try {
    stat = statSync(target);
  } catch {
    return { kind: 'replace' }; // a new file (or a link to one): the atomic writer makes it
  }
  // A folder is the atomic writer's to refuse, with the same message as before.
  return stat.isFile() || stat.isDirectory() ? { kind: 'replace' } : { kind: 'into' };
}

/** Whether a command's output goes to standard output: no `-o`, or an `-o` that names it (/dev/stdout). */
export function toStandardOutput(cwd: string, output: string | undefined): boolean {
  if (!output) return true;
  const where = outputTarget(resolve(cwd, output));
  return where.kind === 'descriptor' && where.fd === 1;
}

/**
 * Linux: whether descriptor `fd` is one dpia was handed open for writing (`3>>log`, bash's
 * `>(command)`, `3>&1`), not one of Node.js's event loop (an epoll, eventfd or io_uring
 * descriptor, or a pipe whose reading end this process holds too: writing a report into
 * one crashed Node.js) and not one that is closed or open for reading only. Elsewhere
 * undefined: the name is opened instead, which there makes a copy of the descriptor.
 */
function givenForWriting(fd: number): boolean | undefined {
  if (process.platform !== 'linux') return undefined;
  const link = (n: number | string): string | undefined => {
    try {
      return readlinkSync(`/proc/self/fd/${n}`);
    } catch {
      return undefined;
    }
  };
  const access = (n: number | string): number | undefined => {
    try {
      const flags = /^flags:\s*([0-7]+)$/m.exec(readFileSync(`/proc/self/fdinfo/${n}`, 'utf8'));
      return flags ? Number.parseInt(flags[1], 8) & 3 : undefined;
    } catch {
      return undefined;
    }
  };
  const target = link(fd);
  if (target === undefined || target.startsWith('anon_inode:')) return false;
  const readOnly = 0;
  const mode = access(fd);
  if (mode === undefined || mode === readOnly) return false;
  if (target.startsWith('pipe:')) {
    for (const other of readdirSync('/proc/self/fd')) {
      if (other !== String(fd) && link(other) === target && access(other) === readOnly) return false;
    }
  }
  return true;
}

/**
 * Writes a command's `-o` output to the absolute path `target`: `replace()` (the
 * command's atomic writer) for a regular or a new file; otherwise straight into what
 * the path names, `failed` turning an error of that write into the command's message.
 * Standard output and error go through `io`, as everything else the command prints does.
 */
export function writeOutput(io: Io, target: string, content: string | Uint8Array, replace: () => void, failed: (error: unknown) => never): void {
  const where = outputTarget(target);
  if (where.kind === 'replace') {
    replace();
    return;
  }
  if (where.kind === 'descriptor' && where.fd === 1) {
    io.stdout.write(content);
    return;
  }
  if (where.kind === 'descriptor' && where.fd === 2 && typeof content === 'string') {
    io.stderr.write(content);
    return;
  }
  try {
    if (where.kind === 'descriptor') {
      const given = givenForWriting(where.fd);
      if (given === false) throw Object.assign(new Error(`EBADF: bad file descriptor, write to descriptor ${where.fd}`), { code: 'EBADF' });
      if (given === true) {
        // The descriptor as it is open (a file opened for appending stays appended to).
        writeAll(where.fd, content);
        return;
      }
    }
    const fd = openSync(target, 'w');
    try {
      writeAll(fd, content);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    failed(error);
  }
}
