// What a command may touch of the outside world, passed in so that tests can run
// commands in-process with captured output.
export interface Io {
  stdout: { write(chunk: string): unknown; isTTY?: boolean };
  stderr: { write(chunk: string): unknown; isTTY?: boolean };
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
  cwd: string;
}

export function processIo(): Io {
  // A reader that stops early (`dpia check | head`) closes the pipe: end quietly, as
  // other command-line tools do, instead of an unhandled EPIPE stack trace.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw error;
    });
  }
  return { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env, cwd: process.cwd() };
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
