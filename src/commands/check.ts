// `dpia check`: the CI gate. Loads no interview, templating or Markdown code, and when
// every file is answered from the result cache, not even the parser or the rules.
import { resolve } from 'node:path';
import { findConfig } from '../config-location.ts';
import type { Config } from '../config.ts';
import { cliError, EXIT, InputError, sayIn, unknownLanguage, UsageError, worstExit } from '../errors.ts';
import { FORMATTERS, isFormat } from '../formatters/index.ts';
import { palette } from '../formatters/palette.ts';
import { summarise } from '../formatters/summarise.ts';
import type { FileResult } from '../formatters/types.ts';
import { isLang } from '../i18n/index.ts';
import { useColour, type Io } from '../io.ts';
import { findEachAssessment, type FoundFile } from '../model/find-files.ts';
import { visible } from '../visible.ts';
import { readSource } from '../model/source.ts';
import { today as todayOption } from '../model/dates.ts';
import type { Lang } from '../rules/types.ts';
import { ResultCache } from '../check/result-cache.ts';
import { markPartialRun } from '../boot/run-kind.ts';
import { VERSION } from '../version.ts';

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
}

type Engine = typeof import('../check/analyse.ts');

export async function check(options: CheckOptions, io: Io): Promise<number> {
  const format = options.format ?? 'text';
  if (!isFormat(format)) throw new UsageError(cliError('error.unknownFormat', { format: format, formats: Object.keys(FORMATTERS).join(', ') }));
  if (options.lang !== undefined && !isLang(options.lang)) throw new UsageError(unknownLanguage(options.lang));
  const today = todayOption(options.today);
  const lang = options.lang as Lang | undefined;

  let engine: Engine | undefined;
  const loadEngine = async () => (engine ??= await import('../check/analyse.ts'));

  const configFile = options.config ? resolve(io.cwd, options.config) : findConfig(io.cwd);
  const config: Config = configFile ? (await import('../config.ts')).loadConfig(io.cwd, options.config) : { root: resolve(io.cwd) };
  if (config.rules && Object.keys(config.rules).length > 0) (await import('../config-rules.ts')).checkRuleSettings(config, (await loadEngine()).RULES_BY_ID.keys());
  const targets = options.paths.length > 0 ? options.paths : [config.assessments ? relativeToRoot(config) : '.'];
  const { files, errors: missing } = findEachAssessment(targets, io.cwd);

  const cache = ResultCache.open(options.cache !== false, { location: options.cacheLocation, cwd: io.cwd, env: io.env });
  let exit: number = EXIT.ok;
  let analysed = false;
  const results: FileResult[] = [];
  // In the language errors use: --lang, else the config's, else English (as the boundary's).
  const errorLang: Lang = lang ?? config.language ?? 'en';
  // One bad file never hides the others: its error is one line on stderr and an entry of
  // the report; the other files are checked and reported as usual.
  const fileError = (error: InputError, rule?: string) => {
    io.stderr.write(`dpia: ${visible(error.text(errorLang))}\n`);
    results.push({ file: error.file, lang: errorLang, findings: [], error: { message: sayIn(errorLang, error.reason), line: error.line, column: error.line ? error.column ?? 1 : undefined, ...(rule ? { rule } : {}) } });
    exit = EXIT.usage;
  };
  missing.forEach((error) => fileError(error));
  const checkFile = async (file: FoundFile) => {
    try {
      const text = readSource(file.path, file.display);
      const key = { path: file.path, text, today, lang, config };
      let analysis = cache?.get(key);
      if (!analysis) {
        analysis = (await loadEngine()).analyseSource(text, file.display, { today, config, lang });
        analysed = true;
        cache?.set(key, analysis);
      }
      results.push({ file: file.display, lang: analysis.lang, findings: analysis.findings });
    } catch (error) {
      if (error instanceof InputError) return fileError(error);
      // Anything else is a bug, reported for this file (naming the rule that failed) and not for the run.
      const rule = typeof (error as { rule?: unknown })?.rule === 'string' ? (error as { rule: string }).rule : undefined;
      const message = String((error as Error)?.message ?? error).split('\n')[0];
      if (io.env.DEBUG) io.stderr.write(`${(error as Error)?.stack ?? String(error)}\n`);
      fileError(new InputError(file.display, cliError('error.check.failed', { rule, message }), 1, 1), rule);
    }
  };
  for (const file of files) await checkFile(file);
  // Without the engine this run's code cache would lack the parser and the rules.
  if (!analysed) markPartialRun();
  const summary = summarise(results);
  // The summary speaks the files' language when they share one, else English.
  const shared = results.length > 0 && results.every((r) => r.lang === results[0].lang) ? results[0].lang : undefined;
  const summaryLang: Lang = lang ?? config.language ?? shared ?? 'en';
  // When no file could be read, the text report has nothing to add to the errors already on
  // stderr; the other formats still print a report, with an entry for each of those files.
  const checkedAny = results.some((result) => !result.error);
  if (checkedAny || format !== 'text' || (files.length === 0 && missing.length === 0)) {
    // Only the formats that describe every rule checked need the rule set.
    const needsRules = format === 'junit' || format === 'sarif';
    const { RULES, effectiveSeverity } = needsRules ? await loadEngine() : { RULES: [], effectiveSeverity: undefined };
    // Rules switched off in the config were not checked, so reports do not list them.
    const checked = RULES.filter((rule) => effectiveSeverity?.(rule, config) !== 'off');
    const colour = format === 'text' && useColour(io);
    io.stdout.write(FORMATTERS[format](summary, { lang: summaryLang, colour, palette: await palette(colour), rules: checked, version: VERSION }));
  }
  const failed = summary.summary.errors > 0 || (options.strict === true && summary.summary.warnings > 0);
  return worstExit(exit, failed ? EXIT.findings : EXIT.ok);
}

function relativeToRoot(config: Config): string {
  const target = config.assessments!;
  return target.startsWith('/') ? target : `${config.root}/${target}`;
}
