// Which files `check` and `status` look at: named files, folders searched for
// *.dpia.yaml, or the configured folder or glob.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { Ignore } from 'ignore';
import { lazyModule } from '../lazy-module.ts';
import { cliError, InputError } from '../errors.ts';
import { describeFsError } from './source.ts';

// The glob and gitignore matchers (picomatch and the rest, some 45 kB) are needed only
// for a folder, a glob or ignore patterns: `dpia check FILE` never loads them.
declare const require: (id: string) => unknown;
const ignoreModule = lazyModule<typeof import('ignore')>(import.meta.url, 'ignore', () => require('ignore'));
const ignore = (): Ignore => ignoreModule()();
const globs = lazyModule<typeof import('tinyglobby')>(import.meta.url, 'tinyglobby', () => require('tinyglobby'));

export const ASSESSMENT_SUFFIX = '.dpia.yaml';
const SKIP_DIRS = new Set(['node_modules', '.git', 'dist', '.hg', '.svn']);

export interface FoundFile {
  /** Absolute path. */
  path: string;
  /** What the user sees: relative to the working directory. */
  display: string;
}

/** The repository's top: the nearest folder from `start` up that holds `.git` (none outside a repository). */
export function repositoryRoot(start: string): string | undefined {
  for (let dir = resolve(start); ; dir = dirname(dir)) {
    if (existsSync(join(dir, '.git'))) return dir;
    if (dirname(dir) === dir) return undefined;
  }
}

/** What a search of folders and globs passes over, as ESLint and markdownlint-cli2 do. */
export interface IgnoreOptions {
  /** gitignore-style patterns from the config (`ignore`), relative to `root`. */
  patterns?: readonly string[];
  /** The folder the patterns are relative to (the config's folder). */
  root?: string;
}

/**
 * Ignore rules: the config's patterns, and every `.gitignore` from the repository's top
 * (the nearest folder up with `.git`) down to each folder searched. A file named on the
 * command line is never ignored: the user asked for it.
 */
class Ignores {
  private readonly scopes = new Map<string, Ignore | null>();
  private readonly top: string | undefined;

  constructor(private readonly options: IgnoreOptions, start: string) {
    this.top = repositoryRoot(start);
  }

  /** The .gitignore rules of one folder (read once). */
  private scope(dir: string): Ignore | null {
    if (!this.scopes.has(dir)) {
      let rules: Ignore | null = null;
      try {
        rules = ignore().add(readFileSync(join(dir, '.gitignore'), 'utf8'));
      } catch {
        // no .gitignore here
      }
      this.scopes.set(dir, rules);
    }
    return this.scopes.get(dir)!;
  }

  ignored(path: string, isDir: boolean): boolean {
    const { patterns, root } = this.options;
    const test = (rules: Ignore, base: string) => {
      const rel = relative(base, path).split(sep).join('/');
      return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) && rules.ignores(isDir ? `${rel}/` : rel);
    };
    if (patterns && patterns.length > 0 && root !== undefined && test(this.configRules ??= ignore().add([...patterns]), root)) return true;
    // Each folder from the repository's top down to the file's own folder.
    const top = this.top ?? dirname(path);
    const chain: string[] = [];
    for (let dir = dirname(path); ; dir = dirname(dir)) {
      chain.unshift(dir);
      if (dir === top || dirname(dir) === dir || !dir.startsWith(top)) break;
    }
    return chain.some((dir) => {
      const rules = this.scope(dir);
      return rules !== null && test(rules, dir);
    });
  }

  private configRules: Ignore | undefined;
}

/** The files the targets name; the first target that names none is an error. */
export function findAssessments(targets: string[], cwd: string, ignoring: IgnoreOptions = {}): FoundFile[] {
  const { files, errors } = findEachAssessment(targets, cwd, ignoring);
  if (errors.length > 0) throw errors[0];
  return files;
}

/** The files the targets name, and an error for each target that names none (the others still count). */
export function findEachAssessment(targets: string[], cwd: string, ignoring: IgnoreOptions = {}): { files: FoundFile[]; errors: InputError[] } {
  const ignores = new Ignores(ignoring, cwd);
  const found = new Map<string, FoundFile>();
  const errors: InputError[] = [];
  const add = (path: string) => found.set(path, { path, display: displayPath(path, cwd) });
  for (const target of targets) {
    const path = resolve(cwd, target);
    let stat;
    try {
      stat = statSync(path);
    } catch (error) {
      // A path that exists is that file, even when its name holds glob characters (`[x]`).
      if (/[*?[{]/.test(target)) {
        const matches = globFiles(target, cwd).filter((file) => !ignores.ignored(file, false));
        if (matches.length === 0) errors.push(new InputError(target, cliError('error.file.matchesNone', { suffix: ASSESSMENT_SUFFIX })));
        matches.forEach(add);
      } else {
        errors.push(new InputError(target, describeFsError(error)));
      }
      continue;
    }
    // A folder named like an assessment is named as the file it pretends to be (reading it fails).
    if (stat.isDirectory() && !path.endsWith(ASSESSMENT_SUFFIX)) {
      const files = walk(path, ignores);
      if (files.length === 0) errors.push(new InputError(target, cliError('error.file.holdsNone', { suffix: ASSESSMENT_SUFFIX })));
      files.forEach(add);
    } else {
      add(path);
    }
  }
  const files = [...found.values()].sort((a, b) => (a.display < b.display ? -1 : a.display > b.display ? 1 : 0));
  return { files, errors };
}

const isAssessment = (name: string) => name.endsWith(ASSESSMENT_SUFFIX);

function walk(dir: string, ignores: Ignores, accept: (name: string) => boolean = isAssessment): string[] {
  const out: string[] = [];
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const entry of entries) {
    const full = join(dir, entry.name);
    if (entry.isDirectory() && !entry.name.endsWith(ASSESSMENT_SUFFIX)) {
      if (!SKIP_DIRS.has(entry.name) && !ignores.ignored(full, true)) out.push(...walk(full, ignores, accept));
    } else if (accept(entry.name) && !ignores.ignored(full, false)) {
      out.push(full);
    }
  }
  return out;
}

/**
 * Files other than assessments (dpia scan's schemas and migrations): a named file as it
 * is, a folder searched for the names `accept` takes (gitignore and the config's ignore
 * patterns honoured), a glob expanded. A target that does not exist is an error; a folder
 * or glob that holds none is not (the caller says so).
 */
export function findOtherFiles(targets: readonly string[], cwd: string, ignoring: IgnoreOptions, accept: (name: string) => boolean): { files: FoundFile[]; errors: InputError[] } {
  const ignores = new Ignores(ignoring, cwd);
  const found = new Map<string, FoundFile>();
  const errors: InputError[] = [];
  const add = (path: string) => found.set(path, { path, display: displayPath(path, cwd) });
  for (const target of targets) {
    const path = resolve(cwd, target);
    let stat;
    try {
      stat = statSync(path);
    } catch (error) {
      if (/[*?[{]/.test(target)) globFiles(target, cwd).filter((file) => !ignores.ignored(file, false)).forEach(add);
      else errors.push(new InputError(target, describeFsError(error)));
      continue;
    }
    if (stat.isDirectory()) walk(path, ignores, accept).forEach(add);
    else add(path);
  }
  const files = [...found.values()].sort((a, b) => (a.display < b.display ? -1 : a.display > b.display ? 1 : 0));
  return { files, errors };
}

/** Glob syntax as tinyglobby (picomatch) reads it: `**`, `*`, `?`, `[…]`, `{a,b}`, extglobs. */
function globFiles(pattern: string, cwd: string): string[] {
  // An absolute pattern is searched from its last folder before the first glob character.
  const parts = pattern.split(/[\\/]/);
  const firstGlob = parts.findIndex((part) => /[*?[{(!]/.test(part));
  const base = isAbsolute(pattern) ? parts.slice(0, firstGlob).join('/') || '/' : cwd;
  const rest = isAbsolute(pattern) ? parts.slice(firstGlob).join('/') : pattern;
  try {
    return globs().globSync(rest, { cwd: base, absolute: true, onlyFiles: true, dot: false, expandDirectories: false, ignore: [...SKIP_DIRS].map((d) => `**/${d}/**`) })
      .map((file) => resolve(file));
  } catch {
    return [];
  }
}

/**
 * Paths relative to the repository's root (the nearest folder up with `.git`), for SARIF:
 * code scanning resolves them there whichever folder check ran from.
 */
export function repositoryPaths(cwd: string): ((file: string) => string | undefined) | undefined {
  const root = repositoryRoot(cwd);
  if (root === undefined) return undefined;
  return (file) => {
    const rel = relative(root, resolve(cwd, file));
    return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? undefined : rel.split(sep).join('/');
  };
}

/** The config's `assessments` (a folder or glob), from the config's folder unless absolute. */
export function configuredAssessments(config: { assessments?: string; root: string }): string {
  const target = config.assessments!;
  return target.startsWith('/') ? target : `${config.root}/${target}`;
}

export function displayPath(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel && !rel.startsWith('..') ? rel.split(sep).join('/') : path;
}

export function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
