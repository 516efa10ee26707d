// Git as a child process (execFile, never a shell): revisions for `dpia diff`, the
// author for `dpia bump`. Paths are given to git relative to the repository root.
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
    // node:child_process on first use: loading it (with net and dgram) is some 5 to 15 ms
    // of a cold start, which a command that never runs git should not pay.
    process.getBuiltinModule('node:child_process').execFile('git', args, {
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

/** A commit that changed a file: its id, author and author date (ISO 8601, UTC). */
export interface FileCommit { rev: string; author: string; date: string }

/**
 * The commits in `from..to` (`to` undefined: HEAD) that changed the file, oldest first, and
 * whether the working tree's copy differs from HEAD's (only asked when `to` is undefined):
 * `dpia diff --format docx` credits each change to the commit that made it.
 */
export async function fileHistory(file: string, from: string, to: string | undefined): Promise<{ commits: FileCommit[]; dirty: boolean }> {
  const { dir, path: fromTop } = await repoPath(file);
  // git runs in the file's folder; the path is from the repository's top.
  const path = `:(top,literal)${fromTop}`;
  const [log, diff] = await Promise.all([
    git(['log', '--reverse', '--format=%H%x00%an%x00%at', `${from}..${to ?? 'HEAD'}`, '--', path], dir),
    to === undefined ? git(['diff', '--quiet', 'HEAD', '--', path], dir) : Promise.resolve(undefined),
  ]);
  if (!log.ok) throw new UsageError(cliError('error.git.showFailed', { rev: `${from}..${to ?? 'HEAD'}`, path: fromTop, reason: log.missing ?? firstLine(log.stderr) }));
  const commits = log.stdout.split('\n').filter((line) => line.includes('\0')).map((line) => {
    const [rev, author, seconds] = line.split('\0');
    return { rev, author, date: new Date(Number(seconds) * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z') };
  });
  // git diff --quiet: exit 1 when the file differs (an untracked file does not).
  return { commits, dirty: diff !== undefined && !diff.ok && diff.missing === undefined };
}
