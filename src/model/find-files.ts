// Which files `check` and `status` look at: named files, folders searched for
// *.dpia.yaml, or the configured folder or glob.
import { readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { cliError, InputError } from '../errors.ts';
import { describeFsError } from './source.ts';

export const ASSESSMENT_SUFFIX = '.dpia.yaml';
const SKIP_DIRS = new Set(['node_modules', '.git', 'dist', '.hg', '.svn']);

export interface FoundFile {
  /** Absolute path. */
  path: string;
  /** What the user sees: relative to the working directory. */
  display: string;
}

/** The files the targets name; the first target that names none is an error. */
export function findAssessments(targets: string[], cwd: string): FoundFile[] {
  const { files, errors } = findEachAssessment(targets, cwd);
  if (errors.length > 0) throw errors[0];
  return files;
}

/** The files the targets name, and an error for each target that names none (the others still count). */
export function findEachAssessment(targets: string[], cwd: string): { files: FoundFile[]; errors: InputError[] } {
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
      if (/[*?[]/.test(target)) {
        const matches = globFiles(target, cwd);
        if (matches.length === 0) errors.push(new InputError(target, cliError('error.file.matchesNone', { suffix: ASSESSMENT_SUFFIX })));
        matches.forEach(add);
      } else {
        errors.push(new InputError(target, describeFsError(error)));
      }
      continue;
    }
    // A folder named like an assessment is named as the file it pretends to be (reading it fails).
    if (stat.isDirectory() && !path.endsWith(ASSESSMENT_SUFFIX)) {
      const files = walk(path);
      if (files.length === 0) errors.push(new InputError(target, cliError('error.file.holdsNone', { suffix: ASSESSMENT_SUFFIX })));
      files.forEach(add);
    } else {
      add(path);
    }
  }
  const files = [...found.values()].sort((a, b) => (a.display < b.display ? -1 : a.display > b.display ? 1 : 0));
  return { files, errors };
}

function walk(dir: string): string[] {
  const out: string[] = [];
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const entry of entries) {
    const full = join(dir, entry.name);
    if (entry.isDirectory() && !entry.name.endsWith(ASSESSMENT_SUFFIX)) {
      if (!SKIP_DIRS.has(entry.name)) out.push(...walk(full));
    } else if (entry.name.endsWith(ASSESSMENT_SUFFIX)) {
      out.push(full);
    }
  }
  return out;
}

/** `privacy/**\/*.dpia.yaml`-style globs: `**` any folders, `*` and `?` within a name. */
function globFiles(pattern: string, cwd: string): string[] {
  const parts = pattern.split(/[\\/]/);
  const firstGlob = parts.findIndex((part) => /[*?[]/.test(part));
  const base = resolve(cwd, parts.slice(0, firstGlob).join('/') || '.');
  const tail = parts.slice(firstGlob);
  let source = '';
  tail.forEach((part, i) => {
    source += part === '**' ? '(?:.*/)?' : globPart(part) + (i < tail.length - 1 ? '/' : '');
  });
  const regex = new RegExp(`^${source}$`);
  let candidates: string[];
  try {
    candidates = walkAll(base);
  } catch {
    return [];
  }
  return candidates.filter((file) => regex.test(relative(base, file).split(sep).join('/')));
}

function globPart(part: string): string {
  return part.replace(/[.+^${}()|\\]/g, '\\$&').replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]');
}

function walkAll(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIP_DIRS.has(entry.name)) out.push(...walkAll(full));
    } else {
      out.push(full);
    }
  }
  return out;
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
