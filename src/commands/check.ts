// `dpia check`: the CI gate. Loads no interview, templating or Markdown code.
import { loadConfig, type Config } from '../config.ts';
import { EXIT, InputError, UsageError, worstExit } from '../errors.ts';
import { describeFindings, summarise } from '../formatters/describe.ts';
import { FORMATTERS, isFormat } from '../formatters/index.ts';
import type { FileResult } from '../formatters/types.ts';
import { isLang } from '../i18n/index.ts';
import { useColour, type Io } from '../io.ts';
import { findAssessments } from '../model/find-files.ts';
import { loadAssessment } from '../model/load.ts';
import { nearest } from '../model/validate.ts';
import { effectiveSeverity, runRules } from '../rules/engine.ts';
import { localToday } from '../rules/facts.ts';
import { RULES, RULES_BY_ID } from '../rules/registry.ts';
import type { Lang } from '../rules/types.ts';
import { VERSION } from '../version.ts';

export interface CheckOptions {
  paths: string[];
  format?: string;
  strict?: boolean;
  lang?: string;
  today?: string;
  config?: string;
}

export async function check(options: CheckOptions, io: Io): Promise<number> {
  const format = options.format ?? 'text';
  if (!isFormat(format)) throw new UsageError(`unknown format "${format}"; use one of ${Object.keys(FORMATTERS).join(', ')}`);
  if (options.lang !== undefined && !isLang(options.lang)) throw new UsageError(`unknown language "${options.lang}"; use en or nb`);
  const today = options.today ?? localToday();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today) || Number.isNaN(Date.parse(today))) throw new UsageError(`--today must be a date YYYY-MM-DD, not "${today}"`);

  const config = loadConfig(io.cwd, options.config);
  validateRuleSettings(config);
  const targets = options.paths.length > 0 ? options.paths : [config.assessments ? relativeToRoot(config) : '.'];
  const files = findAssessments(targets, io.cwd);

  let exit: number = EXIT.ok;
  const results: FileResult[] = [];
  for (const file of files) {
    try {
      const parsed = loadAssessment(file.path, file.display);
      const lang: Lang = (options.lang as Lang | undefined) ?? config.language ?? (isLang(parsed.data.language) ? parsed.data.language : 'en');
      const findings = runRules(parsed.data, { today, config });
      results.push({ file: file.display, lang, findings: describeFindings(findings, parsed, lang) });
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      io.stderr.write(`dpia: ${error.message}\n`);
      exit = EXIT.usage;
    }
  }
  const summary = summarise(results);
  const lang: Lang = (options.lang as Lang | undefined) ?? config.language ?? results[0]?.lang ?? 'en';
  // When no file could be read there is nothing to report but the errors already on stderr.
  if (results.length > 0 || files.length === 0) {
    // Rules switched off in the config were not checked, so reports do not list them.
    const checked = RULES.filter((rule) => effectiveSeverity(rule, config) !== 'off');
    io.stdout.write(FORMATTERS[format](summary, { lang, colour: useColour(io), rules: checked, version: VERSION }));
  }
  const failed = summary.summary.errors > 0 || (options.strict === true && summary.summary.warnings > 0);
  return worstExit(exit, failed ? EXIT.findings : EXIT.ok);
}

function relativeToRoot(config: Config): string {
  const target = config.assessments!;
  return target.startsWith('/') ? target : `${config.root}/${target}`;
}

function validateRuleSettings(config: Config): void {
  for (const id of Object.keys(config.rules ?? {})) {
    if (!RULES_BY_ID.has(id)) {
      const suggestion = nearest(id, [...RULES_BY_ID.keys()]);
      throw new InputError(config.file ?? 'dpia.config.yaml', `rules: unknown rule "${id}"${suggestion ? `; did you mean "${suggestion}"?` : ''} (see \`dpia rules\`)`);
    }
  }
}
