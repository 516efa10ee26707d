// Friendly input: "2 years", "24 måneder", "18 months", "kvartalsvis" become ISO 8601
// durations (the dates module reads them, in the file too); dates are YYYY-MM-DD, the
// Norwegian 1.6.2027, or in words as the interview shows them ("1 June 2027", "1. juni
// 2027"). What is a date or a duration is the dates module's (src/model/dates.ts) answer.
import { isDate, parseDuration } from '../model/dates.ts';
import { catalogueLanguages } from '../i18n/catalogue.ts';
import { label } from '../i18n/labels.ts';

/** A duration typed in words or as ISO 8601, as its ISO form: the dates module's reading, the same as the file's. */
export { parseDuration };

export function parseDate(input: string): string | undefined {
  const text = input.trim();
  let iso = text;
  const norwegian = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text);
  if (norwegian) iso = `${norwegian[3]}-${norwegian[2].padStart(2, '0')}-${norwegian[1].padStart(2, '0')}`;
  // A date in words, as the interview shows one ("3 March 2027", "3. mars 2027"), in any language it speaks.
  const inWords = /^(\d{1,2})\.?\s+(\p{L}+)\s+(\d{4})$/u.exec(text);
  if (inWords) {
    const month = Array.from({ length: 12 }, (_, i) => i + 1)
      .find((n) => catalogueLanguages().some((lang) => label(lang, 'month', n).toLowerCase() === inWords[2].toLowerCase()));
    if (month !== undefined) iso = `${inWords[3]}-${String(month).padStart(2, '0')}-${inWords[1].padStart(2, '0')}`;
  }
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
