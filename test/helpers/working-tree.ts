// This working tree as a clone would get it, for tests that install or run the repository
// itself (the pre-commit hook, the GitHub Action): the tracked files and new files that are
// not ignored, as they are on disk now, without node_modules, dist/ or other build output.
// A node_modules that is a symbolic link (git's `node_modules/` ignores only a folder) is
// left out too: npm ci in the copy would otherwise install into the folder it points to.
import { execFileSync } from 'node:child_process';
import { cpSync, lstatSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ROOT } from './cli.ts';

export function copyWorkingTree(destination: string): void {
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8' }).split('\0').filter(Boolean);
  for (const file of files) {
    if (file.split('/').includes('node_modules') || !lstatSync(join(ROOT, file), { throwIfNoEntry: false })?.isFile()) continue;
    mkdirSync(dirname(join(destination, file)), { recursive: true });
    cpSync(join(ROOT, file), join(destination, file), { dereference: false, force: true });
  }
}
