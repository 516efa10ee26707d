// `dpia export --ropa [PATH] [--format csv|json] [-o FILE]`: the record of processing
// activities (Art. 30(1)), one row per purpose per assessment. An assessment with error
// findings is exported too, but its rows say so and stderr names it.
import { resolve } from 'node:path';
import { loadConfig } from '../config.ts';
import { cliError, EXIT, InputError, unknownLanguage, UsageError, worstExit } from '../errors.ts';
import { isLang } from '../i18n/index.ts';
import { cli } from '../i18n/cli.ts';
import type { Io } from '../io.ts';
import { today as todayOption } from '../model/dates.ts';
import { findAssessments } from '../model/find-files.ts';
import { loadAssessment } from '../model/load.ts';
import type { Assessment } from '../model/schema.ts';
import { signoffState } from '../model/signoffs.ts';
import { writeFileAtomic } from '../model/write.ts';
import { describeFsError } from '../model/source.ts';
import { writeOutput } from '../output-file.ts';
import { toCsv } from '../ropa/csv.ts';
import { ROPA_COLUMNS, ropaRows, type RopaRow } from '../ropa/record.ts';
import { runRules } from '../rules/engine.ts';
import type { Lang } from '../rules/types.ts';

export interface ExportOptions {
  path?: string;
  ropa?: boolean;
  format?: string;
  lang?: string;
  output?: string;
  today?: string;
}

export async function exportRopa(options: ExportOptions, io: Io): Promise<number> {
  if (!options.ropa) throw new UsageError(cliError('error.export.what'));
  const format = options.format ?? 'csv';
  if (format !== 'csv' && format !== 'json') throw new UsageError(cliError('error.unknownFormat', { format, formats: 'csv, json' }));
  if (options.lang !== undefined && !isLang(options.lang)) throw new UsageError(unknownLanguage(options.lang));
  const today = todayOption(options.today, '--today');
  const config = loadConfig(io.cwd);
  const target = options.path ?? (config.assessments ? resolve(config.root, config.assessments) : '.');
  const files = findAssessments([target], io.cwd, { patterns: config.ignore, root: config.root });

  let exit: number = EXIT.ok;
  const loaded: { file: string; data: Assessment }[] = [];
  for (const file of files) {
    try {
      loaded.push({ file: file.display, data: loadAssessment(file.path, file.display).data as Assessment });
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      // In the language errors use: --lang, else the config's, else English (as the boundary's).
      io.stderr.write(`dpia: ${error.text(isLang(options.lang) ? options.lang : config.language ?? 'en')}\n`);
      exit = EXIT.usage;
    }
  }
  const fileLang = loaded.map((l) => l.data.language).find(isLang);
  const lang: Lang = isLang(options.lang) ? options.lang : config.language ?? fileLang ?? 'en';
  const errors = new Map<string, number>();
  const rows = loaded.flatMap(({ file, data }) => {
    const count = runRules(data as Record<string, unknown>, { today, config }).filter((f) => f.severity === 'error').length;
    errors.set(file, count);
    if (count > 0) io.stderr.write(`dpia: ${file}: ${cli(lang, 'ropa.warnErrors', { count })}\n`);
    const signed = signoffState(data as Record<string, unknown>, config);
    const staleRoles = new Set(signed.stale.map((s) => String(s.role)));
    const state = { errors: count, stale: signed.missing.filter((r) => staleRoles.has(r)), missing: signed.missing.filter((r) => !staleRoles.has(r)) };
    return ropaRows(data, file, config, lang, state);
  });
  const out = format === 'json' ? json(rows, errors) : csv(rows, lang);
  if (options.output) {
    const [output, target] = [options.output, resolve(io.cwd, options.output)];
    writeOutput(io, target, out, () => writeFileAtomic(target, out), (error) => {
      throw new InputError(output, cliError('error.file.cannotBeWritten', { reason: describeFsError(error) }));
    });
  }
  else io.stdout.write(out);
  return worstExit(exit, EXIT.ok);
}

function csv(rows: RopaRow[], lang: Lang): string {
  const cell = (value: string | string[]) => (Array.isArray(value) ? value.join('; ') : value);
  return toCsv([ROPA_COLUMNS.map((c) => cli(lang, `ropa.header.${c}`)), ...rows.map((row) => ROPA_COLUMNS.map((c) => cell(row[c])))]);
}

function json(rows: RopaRow[], errors: Map<string, number>): string {
  const record = (row: RopaRow) => Object.fromEntries([['file', row.file], ['errors', errors.get(row.file) ?? 0], ...ROPA_COLUMNS.map((c) => [c, row[c]])]);
  return `${JSON.stringify({ records: rows.map(record) }, null, 2)}\n`;
}
