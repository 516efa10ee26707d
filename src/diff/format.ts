// Words for a semantic diff: text for the terminal, Markdown for a pull-request
// comment, JSON for machines (stable: same input, same bytes).
import { cli, cliIfAny } from '../i18n/cli.ts';
import { formatDate, formatDuration } from '../i18n/format.ts';
import { isDate, parseDuration } from '../model/dates.ts';
import { durationKeys } from '../model/duration-fields.ts';
import type { Lang } from '../rules/types.ts';
import type { AssessmentDiff, FieldChange, ItemChange, Note } from './semantic.ts';

export type DiffFormat = 'text' | 'md' | 'json';
export const DIFF_FORMATS: readonly DiffFormat[] = ['text', 'md', 'json'];

export function formatDiffs(diffs: AssessmentDiff[], format: DiffFormat, lang: Lang): string {
  if (format === 'json') return `${JSON.stringify({ files: diffs }, null, 2)}\n`;
  const blocks = diffs.map((diff) => (format === 'md' ? markdown(diff, lang) : text(diff, lang)));
  return `${blocks.join('\n')}`;
}

const MAX_VALUE = 60;

/** A value for people: a duration field's value and a date in words ("1 month", "3. mars 2027"), else as written. */
function value(v: unknown, path: string, lang: Lang): string {
  if (v === undefined || v === null) return '—';
  if (durationKeys().has(path.split('.').pop() ?? '') && parseDuration(v) !== undefined) return formatDuration(v, lang);
  if (isDate(v)) return formatDate(v, lang);
  if (typeof v === 'string') return v.length > MAX_VALUE ? `"${v.slice(0, MAX_VALUE - 1)}…"` : `"${v}"`;
  if (Array.isArray(v)) return `[${v.map((x) => (typeof x === 'string' ? x : JSON.stringify(x))).join(', ')}]`;
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

function field(change: FieldChange, lang: Lang): string {
  if (change.added || change.removed) {
    const parts = [...(change.added ?? []).map((v) => `+${plain(v)}`), ...(change.removed ?? []).map((v) => `−${plain(v)}`)];
    return `${change.path}: ${parts.join(' ')}`;
  }
  const { from, to } = change;
  if (typeof from === 'string' && typeof to === 'string' && (from.length > MAX_VALUE || to.length > MAX_VALUE)) {
    return `${change.path}: ${cli(lang, 'diff.textChanged')}`;
  }
  return `${change.path}: ${value(from, change.path, lang)} → ${value(to, change.path, lang)}`;
}

function plain(v: unknown): string {
  return typeof v === 'string' ? v : JSON.stringify(v);
}

function note(n: Note, lang: Lang): string {
  switch (n.kind) {
    case 'special':
      return cli(lang, n.special ? 'diff.note.special' : 'diff.note.noLongerSpecial');
    case 'legal-basis':
      return n.from === undefined
        ? cli(lang, 'diff.note.legalBasis.set', { to: String(n.to) })
        : cli(lang, 'diff.note.legalBasis.changed', { from: n.from ?? '—', to: n.to ?? '—' });
    case 'transfer':
      return cli(lang, 'diff.note.transfer', { country: String(n.country), mechanism: n.mechanism });
    case 'level': {
      if (n.from === undefined) return cli(lang, 'diff.note.level.set', { which: n.which, to: String(n.to) });
      if (n.to === undefined) return cli(lang, 'diff.note.level.removed', { which: n.which, from: String(n.from) });
      return cli(lang, 'diff.note.level.changed', { which: n.which, from: String(n.from), to: String(n.to), direction: n.direction });
    }
  }
}

/** Notes that say more than the field list: a special flag change that is not just "special: false → true". */
function itemNotes(item: ItemChange, lang: Lang): string[] {
  return item.notes.map((n) => (n.kind === 'special' && item.kind === 'changed' ? cli(lang, n.special ? 'diff.note.nowSpecial' : 'diff.note.noLongerSpecial') : note(n, lang)));
}

function heading(diff: AssessmentDiff): string {
  return `${diff.file}${diff.id ? ` (${diff.id})` : ''}: ${diff.from.label} → ${diff.to.label}`;
}

function sectionTitle(section: string, lang: Lang): string {
  return cliIfAny(lang, `diff.section.${section}`) ?? section;
}

function text(diff: AssessmentDiff, lang: Lang): string {
  const lines = [heading(diff)];
  if (!diff.changed) return `${lines[0]}: ${cli(lang, 'diff.noChange')}\n`;
  if (diff.version) lines.push(`  ${cli(lang, 'diff.version')}: ${diff.version.from ?? '—'} → ${diff.version.to ?? '—'}`);
  if (diff.status) lines.push(`  ${cli(lang, 'diff.status')}: ${diff.status.from ?? '—'} → ${diff.status.to ?? '—'}`);
  const mark = { added: '+', removed: '-', changed: '~' } as const;
  for (const section of diff.sections) {
    lines.push('', sectionTitle(section.section, lang));
    for (const item of section.items) {
      const notes = itemNotes(item, lang);
      const label = item.label ? ` "${truncate(item.label)}"` : '';
      lines.push(`  ${mark[item.kind]} ${item.id}${label} (${cli(lang, `diff.${item.kind}`)})${notes.length ? ` — ${notes.join('; ')}` : ''}`);
      for (const f of fieldsOf(item)) lines.push(`      ${field(f, lang)}`);
    }
  }
  if (diff.other.length > 0) {
    lines.push('', cli(lang, 'diff.other'));
    for (const f of diff.other) lines.push(`  ~ ${field(f, lang)}`);
  }
  return `${lines.join('\n')}\n`;
}

function markdown(diff: AssessmentDiff, lang: Lang): string {
  const lines = [`### \`${md(diff.file)}\`${diff.id ? ` (${md(diff.id)})` : ''}: ${md(diff.from.label)} → ${md(diff.to.label)}`, ''];
  if (!diff.changed) return `${lines.join('\n')}\n${cli(lang, 'diff.noChange')}\n`;
  const facts: string[] = [];
  if (diff.version) facts.push(`**${cli(lang, 'diff.version')}:** ${md(diff.version.from ?? '—')} → ${md(diff.version.to ?? '—')}`);
  if (diff.status) facts.push(`**${cli(lang, 'diff.status')}:** ${md(diff.status.from ?? '—')} → ${md(diff.status.to ?? '—')}`);
  if (facts.length) lines.push(facts.join(' · '), '');
  for (const section of diff.sections) {
    lines.push(`#### ${sectionTitle(section.section, lang)}`, '');
    for (const item of section.items) {
      const notes = itemNotes(item, lang).map((n) => `**${md(n)}**`);
      const label = item.label ? ` ${md(truncate(item.label))}` : '';
      lines.push(`- ${cli(lang, `diff.${item.kind}`)}: \`${md(item.id)}\`${label}${notes.length ? ` — ${notes.join('; ')}` : ''}`);
      for (const f of fieldsOf(item)) lines.push(`  - ${md(field(f, lang))}`);
    }
    lines.push('');
  }
  if (diff.other.length > 0) {
    lines.push(`#### ${cli(lang, 'diff.other')}`, '');
    for (const f of diff.other) lines.push(`- ${md(field(f, lang))}`);
    lines.push('');
  }
  return `${lines.join('\n').replace(/\n+$/, '')}\n`;
}

/** Field lines, minus those a note already says (legal basis, special-category flag). */
function fieldsOf(item: ItemChange): FieldChange[] {
  const said = new Set<string>(item.notes.map((n) => (n.kind === 'legal-basis' ? 'legalBasis' : n.kind === 'special' ? 'special' : '')));
  return item.fields.filter((f) => !said.has(f.path));
}

function truncate(s: string): string {
  const one = s.replace(/\s+/g, ' ');
  return one.length > MAX_VALUE ? `${one.slice(0, MAX_VALUE - 1)}…` : one;
}

/** Markdown-safe text: no raw HTML, no accidental emphasis, tables or links from user values. */
function md(s: string): string {
  return s.replace(/[\\`*_{}[\]<>|#!]/g, (c) => `\\${c}`);
}
