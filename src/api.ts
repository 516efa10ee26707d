// The programmatic API (README "Using dpia from code"): the code the commands run, for bots,
// portals and custom CI. Each function is a command without the terminal: answers come back
// as values, nothing is printed, nothing exits, and bad input throws a DpiaError (an
// InputError names the file and line:column). No network, no telemetry.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { Readable } from 'node:stream';
import { Document } from 'yaml';
import { checkFiles } from './commands/check.ts';
import { renderDocument, renderWarnings } from './commands/render.ts';
import { cliError, EXIT, InputError } from './errors.ts';
import type { FileResult } from './formatters/types.ts';
import type { Io } from './io.ts';
import type { Assessment } from './model/generated/assessment-type.ts';
import { checkSchemaVersion } from './model/load.ts';
import { parseAssessment } from './model/parse.ts';
import { needsMigration } from './model/migrate.ts';
import { elementLabel } from './render/notice-elements.ts';
import { renderEdited } from './model/save-edited.ts';
import { SCHEMA_VERSION } from './model/schema.ts';
import { readSource } from './model/source.ts';
import { editableDocument, lockForUpdate, replaceFile, saveGuarded } from './model/update.ts';
import { deleteIn, sameValue, serialise, setIn } from './model/write.ts';
import type { PathSegment } from './model/locate.ts';
import { VERSION } from './version.ts';

export { DpiaError, InputError, UsageError } from './errors.ts';
export type { DescribedFinding as Finding, FileError, FileResult } from './formatters/types.ts';
export type { Assessment } from './model/generated/assessment-type.ts';
/** The version of dpia, and the schemaVersion it writes. */
export { SCHEMA_VERSION, VERSION };

/** Options that every function reading files takes. */
export interface BaseOptions {
  /** The folder relative paths are resolved from and `dpia.config.yaml` is searched up from (default: `process.cwd()`). */
  cwd?: string;
  /** A configuration file to use instead of the `dpia.config.yaml` found from `cwd`. */
  config?: string;
  /** The language of messages and documents: a catalogue code (`en`, `nb`); default the config's, else the file's, else English. */
  lang?: string;
  /** Judge dates against this day (`YYYY-MM-DD`) instead of today. */
  today?: string;
}

export interface CheckOptions extends BaseOptions {
  /** Warnings fail too (`--strict`). */
  strict?: boolean;
  /** Errors only: warnings are neither reported nor counted (`--quiet`). */
  quiet?: boolean;
  /** Reuse and keep results of earlier runs in dpia's cache folder (default: false, nothing is written). */
  cache?: boolean;
}

export interface CheckReport {
  /** What `dpia check` would exit with: 0 passed, 1 findings that fail, 2 a file could not be read or checked. */
  exitCode: 0 | 1 | 2;
  /** One entry per file, in the order checked; a file that could not be read has `error` and no findings. */
  files: FileResult[];
  summary: { files: number; errors: number; warnings: number };
}

/**
 * `dpia check PATH...`: files, folders (searched for `*.dpia.yaml`) and globs; none means the
 * configured `assessments` folder, else `cwd`. One file that cannot be read or parsed does not
 * hide the others: it is reported in `files` with its `error` (and exitCode 2).
 */
export async function check(paths: string | readonly string[] = [], options: CheckOptions = {}): Promise<CheckReport> {
  const list = typeof paths === 'string' ? [paths] : [...paths];
  const run = await checkFiles({ ...commandOptions(options), paths: list, strict: options.strict, quiet: options.quiet, cache: options.cache === true }, quietIo(options.cwd));
  const { errors, warnings } = run.summary.summary;
  const exitCode = run.exit === EXIT.usage ? 2 : errors > 0 || (options.strict === true && warnings > 0) ? 1 : 0;
  return { exitCode, files: run.results, summary: run.summary.summary };
}

export interface CheckTextOptions extends BaseOptions {
  /** The name the text is reported under and configured as, like `--stdin-filename` (default `<text>`). */
  file?: string;
  /** Errors only (`--quiet`). */
  quiet?: boolean;
}

/**
 * The findings for one assessment given as text (an editor's buffer, a file from a pull
 * request), as `dpia check - --stdin-filename FILE` finds them. Text that cannot be parsed
 * throws an InputError with its line and column.
 */
export async function checkText(text: string, options: CheckTextOptions = {}): Promise<FileResult> {
  const io = quietIo(options.cwd, text);
  const run = await checkFiles({ ...commandOptions(options), paths: ['-'], stdinFilename: options.file ?? '<text>', quiet: options.quiet, cache: false }, io);
  if (run.errors.length > 0) throw run.errors[0];
  return run.results[0];
}

export interface RenderOptions extends BaseOptions {
  /** The DPIA report (default) or the privacy notice. */
  doc?: 'report' | 'notice';
  /**
   * Markdown (default), a self-contained HTML page, a Word document (docx) or a PDF printed
   * by Chromium or Chrome (found as `dpia render` finds it: DPIA_BROWSER, CHROME_PATH, PATH,
   * the usual places). Word and PDF come back as bytes.
   */
  format?: 'md' | 'html' | 'docx' | 'pdf';
  /** Render even with required parts missing, and mark the gaps. */
  draft?: boolean;
  /** A folder of template overrides (default: the config's `templates`). */
  templates?: string;
  /**
   * Called with each warning `dpia render` prints on standard error, in `lang`'s words
   * (today one: a document asked for in another language than the file is written in,
   * whose answers stay in the file's language). Without it, warnings are not told.
   */
  onWarning?: (warning: string) => void;
}

/**
 * `dpia render FILE`: the document as a string (Word and PDF: as bytes). A notice that lacks required elements is
 * refused (unless `draft`) with an InputError that names them, as the command refuses it.
 */
export async function render(file: string, options?: RenderOptions & { format?: 'md' | 'html' }): Promise<string>;
export async function render(file: string, options: RenderOptions & { format: 'docx' | 'pdf' }): Promise<Uint8Array>;
export async function render(file: string, options: RenderOptions = {}): Promise<string | Uint8Array> {
  const cwd = resolve(options.cwd ?? process.cwd());
  const rendered = await renderDocument({ ...commandOptions(options), file, doc: options.doc, format: options.format, draft: options.draft, templates: options.templates }, cwd);
  if ('output' in rendered) {
    for (const warning of renderWarnings(rendered, options.doc)) options.onWarning?.(warning);
    return rendered.output;
  }
  const elements = rendered.missing.map((element) => `${elementLabel(element, rendered.words)} [${element.id}]`).join(', ');
  throw new InputError(file, cliError('error.render.noticeRefused', { count: rendered.missing.length, elements }));
}

/** An assessment as dpia reads it. */
export interface LoadedAssessment {
  /** The path as given. */
  file: string;
  /** The data, in the shape of the current schemaVersion (an older file is migrated in memory, not on disk). */
  data: Assessment;
  /** The file's text as read: pass it to `save` as `expected` to refuse a change made meanwhile. */
  text: string;
}

/** Reads and parses an assessment; a file that cannot be read or parsed throws an InputError with its line and column. */
export function load(file: string, options: Pick<BaseOptions, 'cwd'> = {}): LoadedAssessment {
  const text = readSource(resolve(options.cwd ?? process.cwd(), file), file, true);
  return { file, data: checkSchemaVersion(parseAssessment(text, file)).data as Assessment, text };
}

export interface SaveOptions extends Pick<BaseOptions, 'cwd'> {
  /** The text `load` returned: when the file no longer holds it, nothing is written and an InputError says so. */
  expected?: string;
}

/**
 * Writes `data` to an assessment file as dpia's own commands write: under the file's lock,
 * atomically, and only the values that differ from the file's, so comments, key order,
 * quoting, unknown keys, line ends and a byte-order mark stay as they are. A file that does
 * not exist is created. Returns whether the file changed. A file still in an older
 * schemaVersion is refused: `dpia migrate` carries it forward first.
 */
export async function save(file: string, data: Assessment, options: SaveOptions = {}): Promise<boolean> {
  const path = resolve(options.cwd ?? process.cwd(), file);
  if (!existsSync(path)) {
    if (options.expected !== undefined) throw new InputError(file, cliError('error.file.changed'));
    const doc = new Document({});
    applyData(doc, [], {}, data);
    saveGuarded(path, file, serialise(doc), null);
    return true;
  }
  const lock = await lockForUpdate(path, file);
  try {
    const original = readSource(path, file, true);
    if (options.expected !== undefined && original !== options.expected) throw new InputError(file, cliError('error.file.changed'));
    // The same gate as every reader: a newer schemaVersion is refused with its line.
    checkSchemaVersion(parseAssessment(original, file));
    const doc = editableDocument(original);
    if (needsMigration(doc)) throw new InputError(file, cliError('error.save.needsMigration', { file }));
    applyData(doc, [], doc.toJS(), data);
    const text = renderEdited(original, doc);
    if (text === original) return false;
    replaceFile(path, file, text, original, lock);
    return true;
  } finally {
    lock.release();
  }
}

export interface FairnessOptions extends Omit<BaseOptions, 'config'> {
  /** The predictions: CSV with a header row, JSON Lines (.jsonl) or Parquet (.parquet), or the counts `--emit-sql`'s query returns. */
  data: string;
  /** Only these tests (default: every test whose `compute.metric` is set). */
  tests?: string[];
  /** Record the runs in the file's `evidence.fairness`, as the command does (default true); the sign-offs stay valid. */
  record?: boolean;
}

/** What `dpia fairness` computed: the data's fingerprint and one run per test, as `evidence.fairness` records them. */
export interface FairnessResult {
  /** 0 when every test passed, 1 when one failed or could not be decided at its confidence level. */
  exitCode: 0 | 1;
  data: { file: string; rows: number; sha256: string };
  runs: NonNullable<NonNullable<Assessment['evidence']>['fairness']>;
}

/** `dpia fairness FILE --data DATA`: the assessment's bias tests computed from the model's predictions. */
export async function fairness(file: string, options: FairnessOptions): Promise<FairnessResult> {
  let out = '';
  const io: Io = { ...quietIo(options.cwd), stdout: { write: (chunk: string) => (out += chunk), isTTY: false } };
  const { fairness: run } = await import('./commands/fairness.ts');
  const code = await run({ file, data: options.data, test: options.tests, format: 'json', record: options.record !== false, today: options.today, lang: options.lang }, io);
  const { data, runs } = JSON.parse(out) as Omit<FairnessResult, 'exitCode'>;
  return { exitCode: code === EXIT.ok ? 0 : 1, data, runs };
}

/** Sets in `doc` each value where `after` differs from `before`, and deletes what `after` lacks, touching nothing else. */
function applyData(doc: Document, path: PathSegment[], before: unknown, after: unknown): void {
  if (sameValue(before, after)) return;
  if (isRecord(before) && isRecord(after)) {
    for (const [key, value] of Object.entries(after)) if (value !== undefined) applyData(doc, [...path, key], before[key], value);
    for (const key of Object.keys(before)) if (after[key] === undefined) deleteIn(doc, [...path, key]);
    return;
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    after.forEach((value, index) => applyData(doc, [...path, index], before[index], value));
    for (let index = before.length - 1; index >= after.length; index--) deleteIn(doc, [...path, index]);
    return;
  }
  setIn(doc, path, after);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The options the commands share, as the command line passes them. */
function commandOptions(options: BaseOptions): { config?: string; lang?: string; today?: string } {
  return { config: options.config, lang: options.lang, today: options.today };
}

/** An Io with no terminal: nothing reaches the process's streams; `text` is standard input. */
function quietIo(cwd: string | undefined, text = ''): Io {
  const discard = { write: () => true, isTTY: false };
  return { stdout: discard, stderr: discard, stdin: Readable.from([Buffer.from(text, 'utf8')]), env: { ...process.env, NO_COLOR: '1' }, cwd: resolve(cwd ?? process.cwd()) };
}
