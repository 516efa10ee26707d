// `dpia status [PATH]`: every assessment in one table — version, status, findings,
// highest residual risk, next review, who signed the current content. A file marked
// approved whose required sign-offs are stale or missing is never shown as approved.
import { formatDate } from '../i18n/format.ts';
import { resolve } from 'node:path';
import { loadConfig } from '../config.ts';
import { cliError, EXIT, InputError, unknownLanguage, UsageError, worstExit } from '../errors.ts';
import { isLang } from '../i18n/index.ts';
import { cli, STATUS_COLUMNS } from '../i18n/cli.ts';
import type { Io } from '../io.ts';
import { isBefore, today as todayOption } from '../model/dates.ts';
import { findAssessments } from '../model/find-files.ts';
import { loadAssessment } from '../model/load.ts';
import type { Assessment } from '../model/schema.ts';
import { signoffState } from '../model/signoffs.ts';
import { runRules } from '../rules/engine.ts';
import { list, riskBand, type RiskBand } from '../rules/facts.ts';
import type { Lang } from '../rules/types.ts';
import { label } from '../i18n/labels.ts';

export interface StatusOptions {
  path?: string;
  format?: string;
  lang?: string;
  today?: string;
}

export interface StatusRow {
  file: string;
  id: string | null;
  title: string | null;
  version: string | null;
  status: string | null;
  errors: number;
  warnings: number;
  highestResidualRisk: { risk: string; level: number; band: RiskBand } | null;
  nextReview: string | null;
  reviewOverdue: boolean;
  signedBy: { role: string; name: string; date: string | null; stale: boolean }[];
  /** Required roles without a sign-off on the current content: stale (signed, then changed) or missing. */
  unsigned: { stale: string[]; missing: string[] };
}

const FORMATS = ['text', 'md', 'json'] as const;

export async function status(options: StatusOptions, io: Io): Promise<number> {
  const format = options.format ?? 'text';
  if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(cliError('error.unknownFormat', { format: format, formats: FORMATS.join(', ') }));
  if (options.lang !== undefined && !isLang(options.lang)) throw new UsageError(unknownLanguage(options.lang));
  const today = todayOption(options.today, '--today');
  const config = loadConfig(io.cwd);
  const target = options.path ?? (config.assessments ? resolve(config.root, config.assessments) : '.');
  const files = findAssessments([target], io.cwd, { patterns: config.ignore, root: config.root });

  let exit: number = EXIT.ok;
  const rows: StatusRow[] = [];
  let fileLang: Lang | undefined;
  for (const file of files) {
    try {
      const parsed = loadAssessment(file.path, file.display);
      if (!fileLang && isLang(parsed.data.language)) fileLang = parsed.data.language;
      rows.push(rowOf(file.display, parsed.data, runRules(parsed.data, { today, config }), today, config));
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      // In the language errors use: --lang, else the config's, else English (as the boundary's).
      io.stderr.write(`dpia: ${error.text(isLang(options.lang) ? options.lang : config.language ?? 'en')}\n`);
      exit = EXIT.usage;
    }
  }
  const lang: Lang = isLang(options.lang) ? options.lang : config.language ?? fileLang ?? 'en';
  if (format === 'json') io.stdout.write(`${JSON.stringify({ assessments: rows }, null, 2)}\n`);
  else io.stdout.write(table(rows, lang, format === 'md'));
  return worstExit(exit, EXIT.ok);
}

function rowOf(file: string, raw: Record<string, unknown>, findings: { severity: string }[], today: string, config: Parameters<typeof signoffState>[1]): StatusRow {
  const data = raw as Assessment;
  let highest: StatusRow['highestResidualRisk'] = null;
  list(data.risks).forEach((risk, index) => {
    const l = risk?.residual?.likelihood;
    const s = risk?.residual?.severity;
    if (typeof l !== 'number' || typeof s !== 'number') return;
    if (!highest || l * s > highest.level) highest = { risk: risk.id ?? `#${index + 1}`, level: l * s, band: riskBand(l, s) };
  });
  const state = signoffState(raw, config);
  const signedBy = [...state.valid.map((s) => ({ s, stale: false })), ...state.stale.map((s) => ({ s, stale: true }))]
    .map(({ s, stale }) => ({ role: String(s.role ?? '?'), name: String(s.name ?? '?'), date: s.date ?? null, stale }))
    .sort((a, b) => a.role.localeCompare(b.role) || a.name.localeCompare(b.name));
  const next = typeof data.review?.next === 'string' ? data.review.next : null;
  const staleRoles = new Set(state.stale.map((s) => String(s.role)));
  return {
    file,
    id: text(data.id),
    title: text(data.title),
    version: text(data.version),
    status: text(data.status),
    errors: findings.filter((f) => f.severity === 'error').length,
    warnings: findings.filter((f) => f.severity === 'warning').length,
    highestResidualRisk: highest,
    nextReview: next,
    reviewOverdue: isBefore(next, today),
    signedBy,
    unsigned: { stale: state.missing.filter((role) => staleRoles.has(role)), missing: state.missing.filter((role) => !staleRoles.has(role)) },
  };
}

/**
 * The status as the file says it, and what the sign-offs say: never "approved" while a
 * required sign-off is stale or missing, and the roles still to sign while in review.
 */
function statusCell(row: StatusRow, lang: Lang): string {
  if (!row.status) return none;
  const word = label(lang, 'status', row.status);
  const { stale, missing } = row.unsigned;
  if (row.status === 'draft' || (stale.length === 0 && missing.length === 0)) return word;
  const args = { stale: stale.join(', '), missing: missing.join(', ') };
  return row.status === 'approved' ? cli(lang, 'status.approvedNotSigned', args) : cli(lang, 'status.awaiting', { status: word, ...args });
}

function text(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

/** An empty cell. */
const none = '—';

function cells(row: StatusRow, lang: Lang): string[] {
  const risk = row.highestResidualRisk;
  return [
    row.file,
    row.id ?? none,
    row.title ?? none,
    row.version ?? none,
    statusCell(row, lang),
    String(row.errors),
    String(row.warnings),
    risk ? `${label(lang, 'band', risk.band)} (${risk.level}, ${risk.risk})` : none,
    row.nextReview ? (row.reviewOverdue ? cli(lang, 'status.overdue', { date: formatDate(row.nextReview, lang) }) : formatDate(row.nextReview, lang)) : none,
    row.signedBy.length ? row.signedBy.map((s) => (s.stale ? cli(lang, 'status.stale', { signed: `${s.role}: ${s.name}` }) : `${s.role}: ${s.name}`)).join(', ') : none,
  ];
}

function table(rows: StatusRow[], lang: Lang, markdown: boolean): string {
  const headers = STATUS_COLUMNS.map((column) => cli(lang, `status.header.${column}`));
  const body = rows.map((row) => cells(row, lang));
  if (markdown) {
    const esc = (s: string) => s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/[<>]/g, (c) => `\\${c}`);
    const line = (cols: string[]) => `| ${cols.map(esc).join(' | ')} |`;
    return `${[line(headers), `|${headers.map((_, i) => (i >= 5 && i <= 6 ? ' ---: ' : ' --- ')).join('|')}|`, ...body.map(line)].join('\n')}\n`;
  }
  const all = [headers, ...body];
  const widths = headers.map((_, i) => Math.max(...all.map((r) => [...r[i]].length)));
  const pad = (s: string, i: number) => (i >= 5 && i <= 6 ? s.padStart(widths[i]) : s + ' '.repeat(widths[i] - [...s].length));
  return `${all.map((r) => r.map(pad).join('  ').trimEnd()).join('\n')}\n`;
}
