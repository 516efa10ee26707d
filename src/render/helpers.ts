// Template helpers: the documents catalogue's words ({{t}}), dates, durations, risk
// levels, article references, lists and the enumerations' words. The formatting
// functions are plain and exported for tests; `createHelpers` binds them to one language
// and output format. Helpers hold no words: they come from i18n/<lang>/*.json.
import { message, type MessageArgs } from '../i18n/catalogue.ts';
import { decimal, fixed, percent } from '../i18n/numbers.ts';
import { riskBand } from '../rules/facts.ts';
import type { Lang } from '../rules/types.ts';
import { oneLine, ownBlock, tableCell } from './escape.ts';
import { formatDate, formatDuration, joinList } from '../i18n/format.ts';
import { label } from '../i18n/labels.ts';

export { formatDate, formatDuration, joinList };


/** 1–4 → "negligible" … "maximum" / "ubetydelig" … "maksimal". */
export function levelName(level: unknown, lang: string): string {
  return typeof level === 'number' && level >= 1 && level <= 4 ? label(lang, 'level', level) : '';
}

/** Likelihood × severity → "low" / "medium" / "high" (lav / middels / høy). */
export function bandName(likelihood: unknown, severity: unknown, lang: string): string {
  if (typeof likelihood !== 'number' || typeof severity !== 'number') return '';
  return label(lang, 'band', riskBand(likelihood, severity));
}

/**
 * An article reference in the words of the catalogue `lang`: "35(7)(a)" → "GDPR Art. 35(7)(a)" /
 * "personvernforordningen art. 35 nr. 7 bokstav a". `act` "ai" names the AI Act
 * (KI-forordningen). A leading "Art." in the input is accepted. `named` false leaves out
 * the act ("Art. 14(1)(b)"), for a second reference to the same act.
 */
export function articleRef(reference: unknown, lang: string, act: string = 'gdpr', named = true): string {
  const text = String(reference ?? '').trim().replace(/^art(icle)?\.?\s*/i, '');
  const m = /^(\d+)((?:\(\d+\))*)((?:\([a-z]\))*)$/.exec(text);
  const actName = named ? message(lang, 'documents', act === 'ai' ? 'article.act.ai' : 'article.act.gdpr') : undefined;
  if (!m) return message(lang, 'documents', 'article.reference', { act: actName, article: text });
  const paragraphs = [...m[2].matchAll(/\((\d+)\)/g)].map((x) => message(lang, 'documents', 'article.paragraph', { paragraph: x[1] })).join('');
  const points = [...m[3].matchAll(/\(([a-z])\)/g)].map((x) => message(lang, 'documents', 'article.point', { point: x[1] })).join('');
  return message(lang, 'documents', 'article.reference', { act: actName, article: `${m[1]}${paragraphs}${points}` });
}

/** Text that ends a sentence: a closing full stop (or ! ? …) is kept, else one is added. */
export function endSentence(text: string): string {
  const trimmed = text.trim();
  if (trimmed === '' || /[.!?…]["'»”)\]]*$/.test(trimmed)) return trimmed;
  return `${trimmed}.`;
}

export function yesNo(value: unknown, lang: string): string {
  return label(lang, 'yesNo', value === true ? 'true' : value === false ? 'false' : 'unknown');
}

export interface HelperContext {
  lang: Lang;
  format: 'md' | 'html';
  /** The language of every word the helpers print (catalogue words, labels, dates, durations): `lang`, or the pseudo-locale in tests. */
  messages?: string;
}

/**
 * {{t "key" name=value}}: the message `key` of the documents catalogue, the hash as its
 * arguments. Values reach the message as they are (the view escaped them for the format),
 * or through `escape` where the template's own output is escaped (the HTML layout).
 * Numbers become strings (a plural still counts them); true is "true" and false, like a
 * missing value, "none", so `{flag, select, true {…} other {}}` follows {{#if flag}}.
 */
export function translate(lang: string, key: unknown, hash: Record<string, unknown> = {}, escape: (text: string) => string = (text) => text): string {
  const args: MessageArgs = {};
  for (const [name, value] of Object.entries(hash)) {
    args[name] = value === undefined || value === null || value === false ? undefined : escape(String(value));
  }
  return message(lang, 'documents', String(key), args);
}

type Helper = (...args: unknown[]) => unknown;

/** Handlebars passes an options object last; helpers look only at the real arguments. */
function real(args: unknown[]): unknown[] {
  return args.slice(0, -1);
}

/** The helpers templates use, bound to one language and format. See README "Rendering". */
export function createHelpers(ctx: HelperContext): Record<string, Helper> {
  const words = ctx.messages ?? ctx.lang;
  return {
    date: (value) => formatDate(value, words),
    duration: (value) => formatDuration(value, words),
    level: (value) => levelName(value, words),
    band: (likelihood, severity) => bandName(likelihood, severity, words),
    score: (likelihood, severity) => (typeof likelihood === 'number' && typeof severity === 'number' ? likelihood * severity : ''),
    article: (...args) => {
      const [reference, act] = real(args);
      return articleRef(reference, words, typeof act === 'string' ? act : 'gdpr');
    },
    /** {{list items}} or {{list items "name"}}: a sentence list of the items (or their property). */
    list: (...args) => {
      const [items, property] = real(args);
      if (!Array.isArray(items)) return '';
      const values = typeof property === 'string' ? items.map((item) => (item as Record<string, unknown>)?.[property]) : items;
      return joinList(values.map((v) => (typeof v === 'string' ? oneLine(v) : v)), words);
    },
    label: (kind, value) => label(words, String(kind), value),
    /** {{list (labels "channel" channels)}}: the word of each value of a list. */
    labels: (kind, values) => (Array.isArray(values) ? values.map((value) => label(words, String(kind), value)) : values),
    yesNo: (value) => yesNo(value, words),
    /** Free text as its own paragraph(s), its lists its own (escape.ts ownBlock). */
    block: (value) => (typeof value === 'string' ? ownBlock(value) : value ?? ''),
    /** Free text on one line (inside a list item, a sentence or a {{t}} argument); a missing value stays missing, so {{t}} sees `none`. */
    inline: (value) => (typeof value === 'string' ? oneLine(value) : value ?? undefined),
    /** Free text on one line, without its closing full stop, for a sentence that adds its own. */
    clause: (value) => (typeof value === 'string' ? oneLine(value).replace(/[.;:,]+$/, '') : value ?? ''),
    /** Free text on one line that ends as a sentence: a full stop is added where the answer has none, so it never runs into the next sentence. */
    sentence: (value) => (typeof value === 'string' ? endSentence(oneLine(value)) : value ?? ''),
    /** Text that starts a sentence, its first letter a capital ("selection rate: …" → "Selection rate: …"). */
    capital: (value) => (typeof value === 'string' && value !== '' ? value.charAt(0).toUpperCase() + value.slice(1) : value),
    /** Free text inside a Markdown table cell. */
    cell: (value) => (value === undefined || value === null || value === '' ? '–' : tableCell(String(value))),
    /** A number with three decimals in the document's language (0.123, 0,123); a missing one stays missing. */
    fixed: (value) => fixed(words, value),
    /** A number as the document's language writes it (0.8, 0,8), up to six decimals; text stays as written. */
    decimal: (value) => decimal(words, value) ?? value ?? undefined,
    /** A confidence level as a percentage: 0.95 → 95. */
    percent: (value) => percent(value),
    eq: (a, b) => a === b,
    ne: (a, b) => a !== b,
    not: (value) => !value || (Array.isArray(value) && value.length === 0),
    and: (...args) => real(args).every((v) => Boolean(v) && !(Array.isArray(v) && v.length === 0)),
    /** The first value that is set, like JavaScript's ||: {{cell (or name id)}}. */
    or: (...args) => real(args).find((v) => Boolean(v) && !(Array.isArray(v) && v.length === 0)) ?? false,
    /** 1-based position in an {{#each}}: {{inc @index}}. */
    inc: (value) => (typeof value === 'number' ? value + 1 : value),
  };
}
