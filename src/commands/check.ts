// `dpia check`: the CI gate. Loads no interview, templating or Markdown code, and when
// every file is answered from the result cache, not even the parser or the rules.
import { resolve } from 'node:path';
import { findConfig } from '../config-location.ts';
import type { Config } from '../config.ts';
import { cliError, EXIT, InputError, unknownLanguage, UsageError, worstExit } from '../errors.ts';
import { FORMATTERS, isFormat } from '../formatters/index.ts';
import { palette } from '../formatters/palette.ts';
import { summarise } from '../formatters/summarise.ts';
import type { FileResult } from '../formatters/types.ts';
import { isLang } from '../i18n/index.ts';
import { useColour, type Io } from '../io.ts';
import { findAssessments, type FoundFile } from '../model/find-files.ts';
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
  if (config.rules && Object.keys(config.rules).length > 0) validateRuleSettings(config, await loadEngine());
  const targets = options.paths.length > 0 ? options.paths : [config.assessments ? relativeToRoot(config) : '.'];
  const files = findAssessments(targets, io.cwd);

  const cache = ResultCache.open(options.cache !== false, { location: options.cacheLocation, cwd: io.cwd, env: io.env });
  let exit: number = EXIT.ok;
  let analysed = false;
  const results: FileResult[] = [];
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
      if (!(error instanceof InputError)) throw error;
      // In the language errors use: --lang, else the config's, else English (as the boundary's).
      io.stderr.write(`dpia: ${error.text(lang ?? config.language ?? 'en')}\n`);
      exit = EXIT.usage;
    }
  };
  for (const file of files) await checkFile(file);
  // Without the engine this run's code cache would lack the parser and the rules.
  if (!analysed) markPartialRun();
  const summary = summarise(results);
  // The summary speaks the files' language when they share one, else English.
  const shared = results.length > 0 && results.every((r) => r.lang === results[0].lang) ? results[0].lang : undefined;
  const summaryLang: Lang = lang ?? config.language ?? shared ?? 'en';
  // When no file could be read there is nothing to report but the errors already on stderr.
  if (results.length > 0 || files.length === 0) {
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

function validateRuleSettings(config: Config, engine: Engine): void {
  const groups = new Set([...engine.RULES_BY_ID.keys()].map(engine.ruleGroup));
  for (const id of Object.keys(config.rules ?? {})) {
    if (!engine.RULES_BY_ID.has(id) && !groups.has(id)) {
      const suggestion = engine.nearest(id, [...engine.RULES_BY_ID.keys(), ...groups]);
      throw new InputError(config.file ?? 'dpia.config.yaml', cliError('error.config.unknownRule', { id, suggestion }));
    }
  }
}
