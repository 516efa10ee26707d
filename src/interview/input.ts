// Friendly input: "2 years", "24 måneder", "18 months" or "30 dager" become ISO 8601
// durations; dates are YYYY-MM-DD (or the Norwegian 1.6.2027). What is a date or a
// duration is the dates module's (src/model/dates.ts) answer, as everywhere.
import { isDate, isDuration } from '../model/dates.ts';

const UNITS: Array<[RegExp, 'Y' | 'M' | 'W' | 'D']> = [
  [/^(y|yr|yrs|year|years|år|året|årene)$/, 'Y'],
  [/^(m|mo|mos|month|months|mnd|md|måned|måneder|måneden|månedene|maaned|maaneder)$/, 'M'],
  [/^(w|wk|wks|week|weeks|uke|uker|uka|uken)$/, 'W'],
  [/^(d|day|days|dag|dager|døgn|dagen)$/, 'D'],
];

export function parseDuration(input: string): string | undefined {
  const text = input.trim();
  if (/^p/i.test(text)) return isDuration(text.toUpperCase()) ? text.toUpperCase() : undefined;
  const parts = text.toLowerCase().replace(/,|\band\b|\bog\b/g, ' ').split(/\s+/).filter(Boolean);
  if (parts.length === 0 || parts.length % 2 !== 0) {
    // "2years" or "30d" written together
    const joined = /^(\d+)\s*([a-zæøå]+)$/.exec(text.toLowerCase());
    if (!joined) return undefined;
    parts.splice(0, parts.length, joined[1], joined[2]);
  }
  const amounts: Partial<Record<'Y' | 'M' | 'W' | 'D', number>> = {};
  for (let i = 0; i < parts.length; i += 2) {
    if (!/^\d+$/.test(parts[i])) return undefined;
    const unit = UNITS.find(([pattern]) => pattern.test(parts[i + 1]))?.[1];
    if (!unit || amounts[unit] !== undefined) return undefined;
    amounts[unit] = Number(parts[i]);
  }
  const result = `P${(['Y', 'M', 'W', 'D'] as const).map((u) => (amounts[u] !== undefined ? `${amounts[u]}${u}` : '')).join('')}`;
  return isDuration(result) ? result : undefined;
}

export function parseDate(input: string): string | undefined {
  const text = input.trim();
  let iso = text;
  const norwegian = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text);
  if (norwegian) iso = `${norwegian[3]}-${norwegian[2].padStart(2, '0')}-${norwegian[1].padStart(2, '0')}`;
  return isDate(iso) ? iso : undefined;
}

const SLUG_MAX = 40;

/** A lower-case kebab-case id from a name ("Prioritise leads" → "prioritise-leads"), cut after a whole word. */
export function slugify(text: string): string {
  const slug = text.toLowerCase()
    .replace(/æ/g, 'ae').replace(/ø/g, 'o').replace(/å/g, 'a')
    .normalize('NFKD').replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  if (slug.length <= SLUG_MAX) return slug;
  const cut = slug.lastIndexOf('-', SLUG_MAX);
  return cut > 0 ? slug.slice(0, cut) : slug.slice(0, SLUG_MAX);
}
