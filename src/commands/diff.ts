// `dpia diff FILE [--from REV] [--to REV]` or `dpia diff A B`: what changed, by section.
// Revisions are read with git (default: HEAD against the working tree); with no FILE,
// every assessment in the configured folder is compared.
import { resolve } from 'node:path';
import { loadConfig } from '../config.ts';
import { formatDiffs, DIFF_FORMATS, type DiffFormat } from '../diff/format.ts';
import { diffAssessments } from '../diff/semantic.ts';
import { cliError, EXIT, unknownLanguage, UsageError } from '../errors.ts';
import { isLang } from '../i18n/index.ts';
import { cli } from '../i18n/cli.ts';
import type { Io } from '../io.ts';
import { displayPath, findAssessments } from '../model/find-files.ts';
import { loadAssessment } from '../model/load.ts';
import { loadAtRevision } from '../model/revision.ts';
import type { Lang } from '../rules/types.ts';

export interface DiffOptions {
  files: string[];
  from?: string;
  to?: string;
  format?: string;
  lang?: string;
  /** --format docx: the document to compare (report or notice), where to write it, and the day uncommitted changes are dated. */
  doc?: string;
  output?: string;
  draft?: boolean;
  today?: string;
}

type Data = Record<string, unknown>;

interface Pair {
  file: string;
  before: Data;
  after: Data;
  from: string;
  /** undefined: the working tree. */
  to?: string;
}

export async function diff(options: DiffOptions, io: Io): Promise<number> {
  if (options.format === 'docx') return (await import('./diff-docx.ts')).diffDocx(options, io);
  const format = (options.format ?? 'text') as DiffFormat;
  if (!DIFF_FORMATS.includes(format)) throw new UsageError(cliError('error.unknownFormat', { format: options.format, formats: [...DIFF_FORMATS, 'docx'].join(', ') }));
  if (options.lang !== undefined && !isLang(options.lang)) throw new UsageError(unknownLanguage(options.lang));
  const files = options.files ?? [];
  if (files.length > 2) throw new UsageError(cliError('error.diff.fileCount'));
  const config = loadConfig(io.cwd);

  const pairs: Pair[] = [];
  if (files.length === 2) {
    if (options.from !== undefined || options.to !== undefined) throw new UsageError(cliError('error.diff.revisionsWithTwoFiles'));
    const [a, b] = files.map((f) => loadAssessment(resolve(io.cwd, f), f).data);
    pairs.push({ file: files[1], before: a, after: b, from: files[0], to: files[1] });
  } else {
    const targets = files.length === 1
      ? [resolve(io.cwd, files[0])]
      : findAssessments([config.assessments ? resolve(config.root, config.assessments) : '.'], io.cwd, { patterns: config.ignore, root: config.root }).map((f) => f.path);
    for (const file of targets) pairs.push(await revisions(file, displayPath(file, io.cwd), options));
  }

  const fileLang = pairs.map((p) => p.after.language ?? p.before.language).find(isLang);
  const lang: Lang = isLang(options.lang) ? options.lang : fileLang ?? config.language ?? 'en';
  const workingTree = cli(lang, 'diff.workingTree');
  const diffs = pairs.map((p) => diffAssessments(p.before, p.after, p.file, { from: p.from, to: p.to ?? workingTree }));
  io.stdout.write(formatDiffs(diffs, format, lang));
  return EXIT.ok;
}

async function revisions(file: string, display: string, options: DiffOptions): Promise<Pair> {
  const from = options.from ?? 'HEAD';
  const before = await atRevision(from, file, display);
  const after = options.to === undefined ? loadAssessment(file, display).data : await atRevision(options.to, file, display);
  if (before === undefined && after === undefined) throw new UsageError(cliError('error.diff.notFound', { file: display, from, to: options.to }));
  // A file that is new (or deleted) compares against nothing: everything added (or removed).
  return { file: display, before: before ?? {}, after: after ?? {}, from, to: options.to };
}

async function atRevision(rev: string, file: string, display: string): Promise<Data | undefined> {
  return (await loadAtRevision(rev, file, display))?.data;
}
