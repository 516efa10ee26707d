// `dpia scan`: the CRM's own data definitions (SQL migrations, Prisma, OpenAPI, JSON
// Schema, GraphQL, dbt, Salesforce metadata) held against the assessments: personal data
// that no assessment declares, sensitive data in a category not marked so, declarations
// that match nothing. A finding about a field is reported at the field's definition
// (file:line), so CI annotates the migration that introduced it. `dpia check` runs the
// same when the config sets scan.check (scanForCheck below).
import { resolve } from 'node:path';
import type { Config } from '../config.ts';
import { findConfig } from '../config-location.ts';
import { cliError, EXIT, InputError, sayIn, unknownLanguage, UsageError, worstExit } from '../errors.ts';
import { describeFindings } from '../formatters/describe.ts';
import { FORMATTERS } from '../formatters/index.ts';
import { palette } from '../formatters/palette.ts';
import { summarise } from '../formatters/summarise.ts';
import type { DescribedFinding, FileResult } from '../formatters/types.ts';
import { isLang } from '../i18n/index.ts';
import { cli } from '../i18n/cli.ts';
import { useColour, type Io } from '../io.ts';
import { today as todayOption } from '../model/dates.ts';
import { configuredAssessments, findEachAssessment, repositoryPaths, repositoryRoot, type FoundFile } from '../model/find-files.ts';
import { checkSchemaVersion } from '../model/load.ts';
import { parseAssessment, type Parsed } from '../model/parse.ts';
import { readSource } from '../model/source.ts';
import { RULES } from '../rules/registry.ts';
import { effectiveSeverity } from '../rules/engine.ts';
import type { Lang } from '../rules/types.ts';
import { SCAN_RULES } from '../rules/scan-rules.ts';
import { scan as runScan, type FoundField, type ScanAssessment, type ScanOutput } from '../scan/run.ts';
import { VERSION } from '../version.ts';
import { visible } from '../visible.ts';

const SCAN_FORMATS = ['text', 'json', 'sarif', 'github'] as const;

export interface ScanOptions {
  paths: string[];
  format?: string;
  lang?: string;
  today?: string;
  config?: string;
  /** The assessments to hold the schemas against (default: the configured folder, else every *.dpia.yaml from here). */
  assessment?: string[];
  quiet?: boolean;
  /** Print the declarations that would cover what was found in this assessment, as a diff; write nothing. */
  suggest?: string;
  /** commander's --no-cache */
  cache?: boolean;
  cacheLocation?: string;
}

interface Scanned {
  results: FileResult[];
  output: ScanOutput;
  exit: number;
  lang: Lang;
}

/**
 * The scan of `assessments` (already found), as results per file: each assessment's
 * findings in it, each field's at its schema; schema files that could not be read or
 * parsed as errors. Shared by `dpia scan` and `dpia check`.
 */
export async function scanResults(assessments: readonly ScanAssessment[], options: { paths?: string[]; config: Config; cwd: string; today: string; lang?: Lang; quiet?: boolean; cache?: { enabled: boolean; location?: string; env: NodeJS.ProcessEnv } }, report: (error: InputError) => void): Promise<Scanned> {
  const output = await runScan({ assessments, paths: options.paths, config: options.config, cwd: options.cwd, today: options.today, cache: options.cache });
  const assessmentResults: FileResult[] = [];
  const atFields = new Map<string, { lang: Lang; findings: Map<string, DescribedFinding> }>();
  let exit: number = EXIT.ok;
  for (const assessment of assessments) {
    const lang: Lang = options.lang ?? options.config.language ?? (isLang(assessment.parsed.data.language) ? assessment.parsed.data.language : 'en');
    const findings = (output.findings.get(assessment.file.display) ?? []).filter((f) => !options.quiet || f.severity === 'error');
    assessmentResults.push({ file: assessment.file.display, lang, findings: describeFindings(findings.filter((f) => !f.at), assessment.parsed, lang) });
    for (const finding of findings.filter((f) => f.at)) {
      const entry = atFields.get(finding.at!.file) ?? { lang, findings: new Map() };
      atFields.set(finding.at!.file, entry);
      const [described] = describeFindings([finding], assessment.parsed, entry.lang);
      // Two assessments with the same field in scope report it once.
      entry.findings.set(`${described!.rule}\u0000${described!.line}:${described!.column}\u0000${described!.message}`, described!);
    }
  }
  const errorLang: Lang = options.lang ?? options.config.language ?? 'en';
  const schemaResults: FileResult[] = [...atFields.entries()].map(([file, { lang, findings }]) => ({ file, lang, findings: [...findings.values()].sort((a, b) => a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule) || a.message.localeCompare(b.message)) }));
  for (const error of output.errors) {
    const input = error instanceof InputError ? error : new InputError(error.file, cliError('error.scan.unreadable', { message: error.message }), error.line, error.column);
    report(input);
    schemaResults.push({ file: input.file, lang: errorLang, findings: [], error: { message: sayIn(errorLang, input.reason), line: input.line, column: input.line ? input.column ?? 1 : undefined } });
    exit = EXIT.usage;
  }
  schemaResults.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { results: [...assessmentResults, ...schemaResults], output, exit, lang: errorLang };
}

/** Reads and parses each assessment; one that cannot be read is reported and left out. */
export function readAssessments(files: readonly FoundFile[], report: (error: InputError) => void): ScanAssessment[] {
  const out: ScanAssessment[] = [];
  for (const file of files) {
    let parsed: Parsed;
    try {
      parsed = checkSchemaVersion(parseAssessment(readSource(file.path, file.display), file.display));
    } catch (error) {
      if (error instanceof InputError) {
        report(error);
        continue;
      }
      throw error;
    }
    out.push({ file, parsed });
  }
  return out;
}

export async function scan(options: ScanOptions, io: Io): Promise<number> {
  const format = options.format ?? 'text';
  if (!(SCAN_FORMATS as readonly string[]).includes(format)) throw new UsageError(cliError('error.unknownFormat', { format, formats: SCAN_FORMATS.join(', ') }));
  if (options.lang !== undefined && !isLang(options.lang)) throw new UsageError(unknownLanguage(options.lang));
  const today = todayOption(options.today);
  const configFile = options.config ? resolve(io.cwd, options.config) : findConfig(io.cwd);
  const config: Config = configFile ? (await import('../config.ts')).loadConfig(io.cwd, options.config) : { root: resolve(io.cwd) };
  const errorLang: Lang = options.lang ?? config.language ?? 'en';
  let exit: number = EXIT.ok;
  const errorResults: FileResult[] = [];
  const report = (error: InputError) => {
    io.stderr.write(`dpia: ${visible(error.text(errorLang))}\n`);
    errorResults.push({ file: error.file, lang: errorLang, findings: [], error: { message: sayIn(errorLang, error.reason), line: error.line, column: error.line ? error.column ?? 1 : undefined } });
    exit = EXIT.usage;
  };
  if (options.suggest !== undefined && format !== 'text') throw new UsageError(cliError('error.scan.suggestFormat'));
  const targets = options.assessment && options.assessment.length > 0 ? options.assessment
    : [config.assessments ? configuredAssessments(config) : config.root];
  // The assessment to suggest for is held against the schemas with the others (what they declare is covered).
  const found = findEachAssessment(options.suggest !== undefined ? [...targets, options.suggest] : targets, io.cwd, { patterns: config.ignore, root: config.root });
  found.errors.forEach(report);
  const assessments = readAssessments(found.files, report);
  if (found.files.length === 0 && found.errors.length === 0) throw new InputError(targets[0]!, cliError('error.file.holdsNone', { suffix: '.dpia.yaml' }));
  const scanned = await scanResults(assessments, { paths: options.paths, config, cwd: io.cwd, today, lang: options.lang, quiet: options.quiet, cache: { enabled: options.cache !== false, location: options.cacheLocation, env: io.env } }, report);
  exit = worstExit(exit, scanned.exit);
  if (options.suggest !== undefined) return printSuggestion(options.suggest, assessments, scanned.output, { lang: options.lang ?? config.language }, io, exit);
  const results = [...scanned.results.filter((r) => !r.error), ...errorResults];
  const summary = summarise(results);
  // The summary speaks the assessments' language when they share one (as check's does), else English.
  const langs = new Set(scanned.results.filter((r) => !r.error).map((r) => r.lang));
  const summaryLang: Lang = options.lang ?? config.language ?? (langs.size === 1 ? [...langs][0]! : 'en');
  if (format === 'json') {
    io.stdout.write(`${JSON.stringify({
      files: JSON.parse(FORMATTERS.json(summary, { lang: summaryLang, colour: false, rules: [], version: VERSION })).files,
      fields: scanned.output.fields.map(fieldJson),
      summary: { ...summary.summary, ...counts(scanned.output) },
    }, null, 2)}\n`);
  } else {
    const colour = format === 'text' && useColour(io);
    const checked = RULES.filter((rule) => SCAN_RULES.has(rule.id) && effectiveSeverity(rule, config) !== 'off');
    const sourcePath = format === 'sarif' ? repositoryPaths(io.cwd) : undefined;
    io.stdout.write(FORMATTERS[format as 'text' | 'sarif' | 'github'](summary, { lang: summaryLang, colour, palette: await palette(colour), rules: checked, version: VERSION, sourcePath }));
    if (format === 'text') io.stdout.write(`${cli(summaryLang, 'scan.counts', counts(scanned.output))}\n`);
  }
  return worstExit(exit, summary.summary.errors > 0 ? EXIT.findings : EXIT.ok);
}

function counts(output: ScanOutput): { fields: number; files: number; personal: number; declared: number } {
  const personal = output.fields.filter((field) => field.kinds.length > 0);
  return {
    fields: output.fields.length,
    files: output.files.length,
    personal: personal.length,
    declared: output.fields.filter((field) => field.declaredBy.length > 0 || field.notPersonalBy.length > 0).length,
  };
}

function fieldJson(field: FoundField) {
  return {
    file: field.file, line: field.line, column: field.column, format: field.format, field: field.qualified,
    ...(field.type ? { type: field.type } : {}), ...(field.comment ? { comment: field.comment } : {}),
    kinds: field.kinds.map(({ type, confidence, term }) => ({ type, confidence, term })),
    declaredBy: field.declaredBy, notPersonalBy: field.notPersonalBy,
  };
}

/** --suggest: the diff that declares what the scan found undeclared in one assessment. */
async function printSuggestion(file: string, assessments: readonly ScanAssessment[], output: ScanOutput, options: { lang?: string }, io: Io, exit: number): Promise<number> {
  const target = resolve(io.cwd, file);
  const assessment = assessments.find((a) => a.file.path === target);
  if (!assessment) return exit;
  const lang: Lang = options.lang ?? (isLang(assessment.parsed.data.language) ? assessment.parsed.data.language : 'en');
  const { suggest } = await import('../scan/suggest.ts');
  const root = repositoryRoot(io.cwd);
  const shown = root ? resolve(target).slice(root.length + 1).split('\\').join('/') : assessment.file.display;
  const suggestion = suggest(assessment.parsed.text, assessment.parsed.data, output.facts.get(assessment.file.display) ?? { fields: [], patternHits: new Map(), complete: true }, shown, lang);
  if (suggestion.diff === '') io.stderr.write(`dpia: ${cli(lang, 'scan.nothingToSuggest', { file: assessment.file.display })}\n`);
  else {
    io.stdout.write(suggestion.diff);
    io.stderr.write(`dpia: ${cli(lang, 'scan.suggested', { fields: suggestion.fields, file: assessment.file.display })}\n`);
  }
  return exit;
}
