// `dpia check`: the CI gate. Loads no interview, templating or Markdown code, and when
// every file is answered from the result cache, not even the parser or the rules.
import { resolve } from 'node:path';
import { findConfig } from '../config-location.ts';
import type { Config } from '../config.ts';
import { cliError, EXIT, failedRule, InputError, sayIn, unknownLanguage, UsageError, worstExit } from '../errors.ts';
import { FORMATTERS, isFormat } from '../formatters/index.ts';
import { palette } from '../formatters/palette.ts';
import { summarise } from '../formatters/summarise.ts';
import type { CheckResults, FileResult } from '../formatters/types.ts';
import { isLang } from '../i18n/index.ts';
import { cli } from '../i18n/cli.ts';
import { useColour, type Io } from '../io.ts';
import { configuredAssessments, findEachAssessment, repositoryPaths, type FoundFile } from '../model/find-files.ts';
import { visible } from '../visible.ts';
import { describeFsError, readSource } from '../model/source.ts';
import { writeOutput } from '../output-file.ts';
import { today as todayOption } from '../model/dates.ts';
import type { Lang } from '../rules/types.ts';
import { ResultCache, type Probe } from '../check/result-cache.ts';
import { isConcurrency, mayUseWorkers } from '../check/concurrency.ts';
import { markPartialRun } from '../boot/run-kind.ts';
import { VERSION } from '../version.ts';
import { SCAN_RULES } from '../rules/scan-rules.ts';

export interface CheckOptions {
  paths: string[];
  format?: string;
  strict?: boolean;
  lang?: string;
  today?: string;
  config?: string;
  /** commander's --no-cache */
  cache?: boolean;
  /** folder of the caches (default: the project's node_modules/.cache/dpia or the user's cache folder) */
  cacheLocation?: string;
  /** Write the report to this file (atomically) instead of standard output. */
  output?: string;
  /** Report errors only: warnings are neither shown nor counted (ESLint's --quiet). */
  quiet?: boolean;
  /** Fail (exit 1) when there are more warnings than this (ESLint's --max-warnings). */
  maxWarnings?: string;
  /** With the path `-`: the name the text read from standard input is reported and configured as. */
  stdinFilename?: string;
  /** Worker threads for the files the result cache cannot answer: off, auto (the CLI's default) or a number. */
  concurrency?: string;
}

type Engine = typeof import('../check/analyse.ts');
type Analysis = import('../check/analyse.ts').Analysis;
type WorkerPool = import('../check/parallel.ts').WorkerPool;
type WorkerReply = import('../check/analyse.ts').WorkerReply;

/** A worker's answer for a file that has no analysis, as the error the main thread reports. */
function fromWorker(reply: Exclude<WorkerReply, { analysis: unknown }>): Error {
  if ('input' in reply) return new InputError(reply.input.file, reply.input.reason, reply.input.line, reply.input.column);
  return Object.assign(new Error(reply.failure.message), { rule: reply.failure.rule, stack: reply.failure.stack ?? '' });
}

export async function check(options: CheckOptions, io: Io): Promise<number> {
  const format = options.format ?? 'text';
  if (!isFormat(format)) throw new UsageError(cliError('error.unknownFormat', { format: format, formats: Object.keys(FORMATTERS).join(', ') }));
  const maxWarnings = options.maxWarnings === undefined ? undefined : Number(options.maxWarnings);
  if (maxWarnings !== undefined && !(Number.isInteger(maxWarnings) && maxWarnings >= 0)) throw new UsageError(cliError('error.check.maxWarnings', { value: options.maxWarnings }));
  const concurrency = options.concurrency ?? 'auto';
  if (!isConcurrency(concurrency)) throw new UsageError(cliError('error.check.concurrency', { value: concurrency }));
  const { results, summary, exit, lang: summaryLang, config, loadEngine } = await checkFiles({ ...options, concurrency }, io);
  // When no file could be read, the text report has nothing to add to the errors already on
  // stderr; the other formats still print a report, with an entry for each of those files.
  const checkedAny = results.some((result) => !result.error);
  if (checkedAny || format !== 'text' || results.length === 0) {
    // Only the formats that describe every rule checked need the rule set.
    const needsRules = format === 'junit' || format === 'sarif';
    const { RULES, effectiveSeverity } = needsRules ? await loadEngine() : { RULES: [], effectiveSeverity: undefined };
    // Rules switched off in the config were not checked, so reports do not list them; nor
    // the rules that hold the CRM's schemas against the assessments, unless they were.
    const checked = RULES.filter((rule) => effectiveSeverity?.(rule, config) !== 'off' && (config.scan?.check === true || !SCAN_RULES.has(rule.id)));
    // A report written to a file has no colour, whatever the terminal.
    const colour = format === 'text' && options.output === undefined && useColour(io);
    const sourcePath = format === 'sarif' ? repositoryPaths(io.cwd) : undefined;
    const report = FORMATTERS[format](summary, { lang: summaryLang, colour, palette: await palette(colour), rules: checked, version: VERSION, sourcePath });
    if (options.output === undefined) io.stdout.write(report);
    else {
      const [output, target, { writeAtomically }] = [options.output, resolve(io.cwd, options.output), await import('../model/update.ts')];
      writeOutput(io, target, report, () => writeAtomically(target, report, output), (error) => {
        throw new InputError(output, cliError('error.file.cannotBeWritten', { reason: describeFsError(error) }));
      });
    }
  }
  const tooManyWarnings = maxWarnings !== undefined && summary.summary.warnings > maxWarnings;
  if (tooManyWarnings) io.stderr.write(`dpia: ${cli(summaryLang, 'check.tooManyWarnings', { count: summary.summary.warnings, max: String(maxWarnings) })}\n`);
  const failed = summary.summary.errors > 0 || (options.strict === true && summary.summary.warnings > 0) || tooManyWarnings;
  return worstExit(exit, failed ? EXIT.findings : EXIT.ok);
}

/** What a check found: each file's findings or error, the summary, and the exit code before --strict and --max-warnings. */
export interface CheckRun {
  results: FileResult[];
  summary: CheckResults;
  /** 2 when a file could not be read or checked, else 0. */
  exit: number;
  /** The language of the summary: --lang, else the config's, else the files' shared one, else English. */
  lang: Lang;
  config: Config;
  /** The errors behind the results' `error` entries, in their order. */
  errors: InputError[];
  loadEngine: () => Promise<Engine>;
}

/**
 * The files' findings, with nothing printed but one line on stderr per file that cannot be
 * read: the part of `dpia check` that the programmatic API shares (src/api.ts).
 */
export async function checkFiles(options: Omit<CheckOptions, 'format' | 'output' | 'maxWarnings'>, io: Io): Promise<CheckRun> {
  if (options.lang !== undefined && !isLang(options.lang)) throw new UsageError(unknownLanguage(options.lang));
  const today = todayOption(options.today);
  const lang = options.lang as Lang | undefined;
  // `-` reads one assessment from standard input (an editor, a pre-commit hook, a pipe).
  const fromStdin = options.paths.includes('-');
  if (fromStdin && options.paths.length > 1) throw new UsageError(cliError('error.check.stdinAlone'));
  if (options.stdinFilename !== undefined && !fromStdin) throw new UsageError(cliError('error.check.stdinFilenameWithoutStdin'));

  let engine: Engine | undefined;
  const loadEngine = async () => (engine ??= await import('../check/analyse.ts'));

  const configFile = options.config ? resolve(io.cwd, options.config) : findConfig(io.cwd);
  // The config is read here, not by the engine: a run answered from the result cache needs it (the cache key holds it) but not the engine.
  const config: Config = configFile ? (await import('../config.ts')).loadConfig(io.cwd, options.config) : { root: resolve(io.cwd) };
  if (config.rules && Object.keys(config.rules).length > 0) (await import('../config-rules.ts')).checkRuleSettings(config, (await loadEngine()).RULES_BY_ID.keys());
  const targets = options.paths.length > 0 ? options.paths : [config.assessments ? configuredAssessments(config) : '.'];
  const stdinName = options.stdinFilename ?? '<stdin>';
  const { files, errors: missing } = fromStdin
    ? { files: [{ path: resolve(io.cwd, stdinName), display: stdinName }], errors: [] }
    : findEachAssessment(targets, io.cwd, { patterns: config.ignore, root: config.root });
  const stdinText = fromStdin ? await readStdin(io) : undefined;

  const cache = stdinText === undefined ? ResultCache.open(options.cache !== false, { location: options.cacheLocation, cwd: io.cwd, env: io.env }, { today, lang, config }) : undefined;
  let exit: number = EXIT.ok;
  // Workers only where the caller asks for them (the CLI's --concurrency) and there is enough to do.
  const parallel = !fromStdin && mayUseWorkers(options.concurrency, files.length) ? await import('../check/parallel.ts') : undefined;
  const results: FileResult[] = [];
  const errors: InputError[] = [];
  // In the language errors use: --lang, else the config's, else English (as the boundary's).
  const errorLang: Lang = lang ?? config.language ?? 'en';
  // One bad file never hides the others: its error is one line on stderr and an entry of
  // the report; the other files are checked and reported as usual.
  const fileError = (error: InputError, rule?: string) => {
    io.stderr.write(`dpia: ${visible(error.text(errorLang))}\n`);
    results.push({ file: error.file, lang: errorLang, findings: [], error: { message: sayIn(errorLang, error.reason), line: error.line, column: error.line ? error.column ?? 1 : undefined, ...(rule ? { rule } : {}) } });
    errors.push(error);
    exit = EXIT.usage;
  };
  missing.forEach((error) => fileError(error));
  // Each file's analysis or error, in the files' order, however they were made.
  const outcomes: ({ analysis: Analysis } | { error: unknown })[] = [];
  let analysedAny = false;
  /** A file's new analysis, kept for the next run in the entry `probe` looked up (undefined without a cache). */
  const analysed = (probe: Probe | undefined, text: string, analysis: Analysis) => {
    analysedAny = true;
    if (probe !== undefined) cache?.set(probe, text, analysis);
    return { analysis };
  };
  type Waiting = { index: number; file: FoundFile; text: string; probe: Probe | undefined };
  const analyseHere = async ({ index, file, text, probe }: Waiting) => {
    try {
      outcomes[index] = analysed(probe, text, (await loadEngine()).analyseSource(text, file.display, { today, config, lang }));
    } catch (error) {
      outcomes[index] = { error };
    }
  };
  // Files the result cache could not answer, held until there are enough of them to start the
  // workers (at most 64), or analysed at once where no worker may start.
  let waiting: Waiting[] = [];
  let pool: WorkerPool | undefined;
  const answers: Promise<void>[] = [];
  // The workers stop however the loop ends: a worker left running would keep the process alive.
  try {
    for (const [index, file] of files.entries()) {
      // An unchanged file is answered by its entry without being read (src/check/result-cache.ts).
      const probe = cache?.probe(file.path);
      if (probe?.analysis) {
        outcomes[index] = { analysis: probe.analysis };
        continue;
      }
      let text: string;
      try {
        text = stdinText ?? readSource(file.path, file.display);
      } catch (error) {
        outcomes[index] = { error };
        continue;
      }
      const cached = probe && cache?.byContent(probe, text);
      if (cached) {
        outcomes[index] = { analysis: cached };
        continue;
      }
      if (parallel === undefined) {
        await analyseHere({ index, file, text, probe });
        continue;
      }
      waiting.push({ index, file, text, probe });
      if (pool === undefined) {
        const size = parallel.workerCount(options.concurrency!, waiting.length, waiting.length + files.length - index - 1);
        if (size > 0) pool = parallel.workerPool((await loadEngine()).ENGINE_URL, size, { today, config, lang });
      }
      if (pool === undefined) continue;
      for (const { index: i, file: f, text: t, probe: p } of waiting) {
        while (!pool.hasRoom()) await pool.nextAnswer();
        answers.push(pool.analyse(t, f.display).then((reply) => {
          outcomes[i] = 'analysis' in reply ? analysed(p, t, reply.analysis) : { error: fromWorker(reply) };
        }, (error: unknown) => { outcomes[i] = { error }; }));
      }
      waiting = [];
    }
    await Promise.all(answers);
  } finally {
    await pool?.close();
  }
  for (const entry of waiting) await analyseHere(entry);
  files.forEach((file, index) => {
    const outcome = outcomes[index];
    if ('analysis' in outcome) {
      const findings = options.quiet ? outcome.analysis.findings.filter((f) => f.severity === 'error') : outcome.analysis.findings;
      results.push({ file: file.display, lang: outcome.analysis.lang, findings });
      return;
    }
    const error = outcome.error;
    if (error instanceof InputError) return fileError(error);
    // Anything else is a bug, reported for this file (naming the rule that failed) and not for the run.
    const rule = failedRule(error);
    const message = String((error as Error)?.message ?? error).split('\n')[0];
    if (io.env.DEBUG) io.stderr.write(`${(error as Error)?.stack ?? String(error)}\n`);
    fileError(new InputError(file.display, cliError('error.check.failed', { rule, message }), 1, 1), rule);
  });
  // Without the engine this run's code cache would lack the parser and the rules.
  if (!analysedAny) markPartialRun();
  // The config's scan.check: the CRM's schemas held against the assessments checked (dpia scan's work and findings).
  if (config.scan?.check === true && !fromStdin) {
    const scanning = await import('./scan.ts');
    const checked = files.filter((file) => results.some((result) => result.file === file.display && !result.error));
    const scanned = await scanning.scanResults(scanning.readAssessments(checked, fileError), { config, cwd: io.cwd, today, lang, quiet: options.quiet, cache: { enabled: options.cache !== false && stdinText === undefined, location: options.cacheLocation, env: io.env } }, fileError);
    for (const extra of scanned.results) {
      const same = results.find((result) => result.file === extra.file && !result.error);
      if (same && !extra.error) same.findings = [...same.findings, ...extra.findings].sort((a, b) => a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule));
      else if (!extra.error) results.push(extra);
    }
  }
  const summary = summarise(results);
  // The summary speaks the files' language when they share one, else English.
  const shared = results.length > 0 && results.every((r) => r.lang === results[0].lang) ? results[0].lang : undefined;
  const summaryLang: Lang = lang ?? config.language ?? shared ?? 'en';
  return { results, summary, exit, lang: summaryLang, config, errors, loadEngine };
}

/** The whole of standard input, as UTF-8 text. */
async function readStdin(io: Io): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of io.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
