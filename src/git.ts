// Git as a child process (execFile, never a shell): revisions for `dpia diff`, the
// author for `dpia bump`. Paths are given to git relative to the repository root.
import { execFile } from 'node:child_process';
import { basename, dirname, resolve } from 'node:path';
import { cliError, UsageError, type Said } from './errors.ts';

interface GitResult {
  ok: boolean;
  stdout: string;
  stderr: string;
  /** Why git did not run at all (then stderr is empty). */
  missing?: Said;
}

function git(args: string[], cwd: string): Promise<GitResult> {
  return new Promise((done) => {
    execFile('git', args, {
      cwd,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      windowsHide: true,
      // Plain English messages and no prompts, whatever the user's setup.
      env: { ...process.env, LC_ALL: 'C', LANG: 'C', GIT_TERMINAL_PROMPT: '0', GIT_PAGER: 'cat' },
    }, (error, stdout, stderr) => {
      if (error && (error as NodeJS.ErrnoException).code === 'ENOENT') {
        done({ ok: false, stdout: '', stderr: '', missing: cliError('error.git.notInstalled') });
        return;
      }
      done({ ok: !error, stdout: String(stdout), stderr: String(stderr) });
    });
  });
}

/** `git config user.name` as seen from `cwd`, if set. */
export async function gitUserName(cwd: string): Promise<string | undefined> {
  const result = await git(['config', 'user.name'], cwd);
  const name = result.stdout.trim();
  return result.ok && name ? name : undefined;
}

/**
 * `Name <email>` from `git config user.name` and `user.email` as seen from `cwd`, with
 * whichever part git has; undefined when it has neither (or git is not installed).
 */
export async function gitIdentity(cwd: string): Promise<string | undefined> {
  const [name, email] = await Promise.all([gitUserName(cwd), git(['config', 'user.email'], cwd)]);
  const mail = email.ok ? email.stdout.trim() : '';
  const identity = [name ?? '', mail ? `<${mail}>` : ''].filter(Boolean).join(' ');
  return identity || undefined;
}

/** The file's path relative to the root of its repository; throws when it is in none. */
export async function repoPath(file: string): Promise<{ dir: string; path: string }> {
  const dir = dirname(resolve(file));
  const result = await git(['rev-parse', '--show-prefix'], dir);
  if (!result.ok) {
    throw new UsageError(cliError('error.git.notARepository', { file, reason: result.missing ?? firstLine(result.stderr) }));
  }
  return { dir, path: `${result.stdout.trim()}${basename(file)}` };
}

/** The file's text at a revision, or undefined when the file does not exist there. */
export async function showAtRevision(rev: string, file: string): Promise<string | undefined> {
  if (rev.startsWith('-') || rev.includes(':') || rev.trim() === '') throw new UsageError(cliError('error.git.notARevision', { rev }));
  const { dir, path } = await repoPath(file);
  const verify = await git(['rev-parse', '--verify', '--quiet', `${rev}^{commit}`], dir);
  if (!verify.ok) throw new UsageError(cliError('error.git.unknownRevision', { rev }));
  const exists = await git(['cat-file', '-e', `${rev}:${path}`], dir);
  if (!exists.ok) return undefined;
  const shown = await git(['show', `${rev}:${path}`], dir);
  if (!shown.ok) throw new UsageError(cliError('error.git.showFailed', { rev, path, reason: shown.missing ?? firstLine(shown.stderr) }));
  return shown.stdout;
}

function firstLine(text: string): string {
  return text.trim().split('\n')[0].replace(/^fatal: /, '');
}
