// A scratch git repository for end-to-end tests of approve, bump and diff: a local
// identity, no signing, no global config from the machine running the tests.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { tempDir } from './cli.ts';

export interface GitRepo {
  dir: string;
  git(...args: string[]): string;
  commit(message: string): void;
  read(path: string): string;
  write(path: string, text: string): void;
  copy(from: string, to: string): void;
  cleanup(): void;
}

export const GIT_ENV = { GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' };

export function gitRepo(): GitRepo {
  const { dir, cleanup } = tempDir('dpia-git-');
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8', env: { ...process.env, ...GIT_ENV } });
  git('init', '-q', '-b', 'main');
  git('config', 'user.name', 'Test Person');
  git('config', 'user.email', 'test@example.no');
  git('config', 'commit.gpgsign', 'false');
  return {
    dir,
    git,
    commit(message) {
      git('add', '-A');
      git('commit', '-q', '-m', message);
    },
    read: (path) => readFileSync(join(dir, path), 'utf8'),
    write(path, text) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    },
    copy(from, to) {
      mkdirSync(dirname(join(dir, to)), { recursive: true });
      copyFileSync(from, join(dir, to));
    },
    cleanup,
  };
}
