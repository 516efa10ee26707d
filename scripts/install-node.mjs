// Installs Node.js binaries of other major versions for the tests and the bench, from the
// npm registry (the node-<platform>-<arch> packages ship the official binaries; no install
// script runs): `node scripts/install-node.mjs 22 24` puts them in .nodes/<major>/ and
// prints one path per line, each a `node` executable. A version already there is kept.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const majors = process.argv.slice(2);
if (majors.length === 0 || majors.some((m) => !/^\d+$/.test(m))) {
  process.stderr.write('usage: node scripts/install-node.mjs MAJOR... (e.g. 22 24)\n');
  process.exit(2);
}
const pkg = `node-${process.platform === 'win32' ? 'win' : process.platform}-${process.arch}`;
for (const major of majors) {
  const dir = join(root, '.nodes', major);
  const bin = join(dir, 'node_modules', pkg, 'bin', process.platform === 'win32' ? 'node.exe' : 'node');
  if (!existsSync(bin)) {
    mkdirSync(dir, { recursive: true });
    const npm = spawnSync('npm', ['install', '--prefix', dir, '--no-save', '--no-audit', '--no-fund', '--loglevel=error', `${pkg}@${major}`], { stdio: ['ignore', 'ignore', 'inherit'], shell: process.platform === 'win32' });
    if (npm.status !== 0) {
      process.stderr.write(`could not install ${pkg}@${major} from the npm registry\n`);
      process.exit(1);
    }
  }
  const version = spawnSync(bin, ['--version'], { encoding: 'utf8' }).stdout.trim();
  if (!version.startsWith(`v${major}.`)) {
    process.stderr.write(`${bin} says ${version || 'nothing'}, not Node.js ${major}\n`);
    process.exit(1);
  }
  process.stdout.write(`${bin}\n`);
}
