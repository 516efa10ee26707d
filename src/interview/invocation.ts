// How to call dpia again, for the hints the interview ends with: `npx dpia` when it runs
// through npx or from a project's node_modules (where plain `dpia` is not on the PATH),
// `dpia` when it is installed globally or run from its own checkout.
import { realpathSync } from 'node:fs';
import { dirname, relative, isAbsolute, sep } from 'node:path';
import type { Io } from '../io.ts';

export function dpiaCommand(io: Pick<Io, 'env' | 'cwd'>, script: string | undefined = process.argv[1]): string {
  // `npx dpia` and `npm exec dpia` set npm_command=exec; npm scripts run .bin entries.
  if (io.env.npm_command === 'exec') return 'npx dpia';
  if (!script) return 'dpia';
  if (script.split(/[\\/]/).join('/').includes('/node_modules/.bin/')) return 'npx dpia';
  let real = script;
  try {
    real = realpathSync(script);
  } catch {
    return 'dpia';
  }
  const parts = real.split(sep);
  const at = parts.lastIndexOf('node_modules');
  if (at < 0) return 'dpia';
  if (parts.includes('_npx')) return 'npx dpia';
  // A dependency of the project the user is in: its node_modules sits in the working directory or above.
  const project = dirname(parts.slice(0, at + 1).join(sep));
  const up = relative(project, io.cwd);
  return up === '' || (!up.startsWith('..') && !isAbsolute(up)) ? 'npx dpia' : 'dpia';
}
