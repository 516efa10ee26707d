// What a command may touch of the outside world, passed in so that tests can run
// commands in-process with captured output.
import { fstatSync, statSync, writeSync } from 'node:fs';

export interface Io {
  stdout: { write(chunk: string | Uint8Array): unknown; isTTY?: boolean };
  stderr: { write(chunk: string): unknown; isTTY?: boolean };
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
  cwd: string;
}

/** The Node.js streams processIo() handed out (a terminal's): output may still be queued in them. */
const streams: NodeJS.WriteStream[] = [];

/**
 * Whether everything processIo() was given to write has reached the system: written to
 * its descriptor, or out of the Node.js stream's queue (a terminal's writes are
 * asynchronous on Windows). Only then may the process exit at once.
 */
export function outputDone(): boolean {
  return streams.every((stream) => stream.writableLength === 0);
}

export function processIo(): Io {
  // Node.js makes process.stdin, stdout and stderr on first use, loading its stream
  // machinery (and for a pipe its network code): some 10 ms of a run that needs none of it.
  let stdout: Io['stdout'] | undefined;
  let stderr: Io['stderr'] | undefined;
  return {
    get stdout() {
      stdout ??= output(1);
      return stdout;
    },
    get stderr() {
      stderr ??= output(2);
      return stderr;
    },
    get stdin() {
      return process.stdin;
    },
    env: process.env,
    cwd: process.cwd(),
  };
}

/**
 * Standard output or error. To a file, a pipe or /dev/null (CI's log, `> report.sarif`,
 * `| head`), text is written straight to the descriptor, synchronously, as Node.js itself
 * writes to files everywhere and to pipes on Linux (on macOS its pipe writes are
 * asynchronous; ours stay in order because dpia writes all its output here); on a
 * terminal or anything else, it is Node.js's stream (the interview's prompts and the
 * colours need it).
 */
function output(fd: 1 | 2): Io['stdout'] {
  if (plainDestination(fd)) return { isTTY: false, write: (chunk: string | Uint8Array) => writeAll(fd, chunk) };
  const stream = fd === 1 ? process.stdout : process.stderr;
  streams.push(stream);
  // A reader that stops early (`dpia check | head`) closes the pipe: end quietly, as
  // other command-line tools do, instead of an unhandled EPIPE stack trace.
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  return stream;
}

/** A regular file, a pipe or /dev/null: never a terminal. */
function plainDestination(fd: number): boolean {
  if (process.platform === 'win32') return false;
  try {
    const stat = fstatSync(fd);
    return stat.isFile() || stat.isFIFO() || (stat.isCharacterDevice() && stat.rdev === statSync('/dev/null').rdev);
  } catch {
    return false;
  }
}

/** Writes all of `chunk` to descriptor `fd`, synchronously; a reader gone (EPIPE) ends the run quietly. */
export function writeAll(fd: number, chunk: string | Uint8Array): boolean {
  let bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  while (bytes.length > 0) {
    try {
      bytes = bytes.subarray(writeSync(fd, bytes));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // A descriptor left non-blocking by whoever opened the pipe: wait a millisecond for room.
      if (code === 'EAGAIN') Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1);
      else if (code === 'EPIPE') process.exit(process.exitCode ?? 0);
      else throw error;
    }
  }
  return true;
}

/** Colour only on a terminal, never with NO_COLOR, always with FORCE_COLOR. */
export function useColour(io: Io, stream: 'stdout' | 'stderr' = 'stdout'): boolean {
  // As Node.js resolves them (tty.WriteStream#getColorDepth): FORCE_COLOR wins, '', 1, true,
  // 2 and 3 meaning colour and any other value none; then NO_COLOR, NODE_DISABLE_COLORS
  // (set at all, even empty) and TERM=dumb switch it off; else colour on a terminal only.
  const { FORCE_COLOR, NO_COLOR, NODE_DISABLE_COLORS, TERM } = io.env;
  if (FORCE_COLOR !== undefined) return ['', '1', 'true', '2', '3'].includes(FORCE_COLOR);
  if (NO_COLOR !== undefined || NODE_DISABLE_COLORS !== undefined || TERM === 'dumb') return false;
  return Boolean(io[stream].isTTY);
}
