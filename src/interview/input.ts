// Friendly input: "2 years", "24 måneder", "18 months", "kvartalsvis" become ISO 8601
// durations (the dates module reads them, in the file too); dates are YYYY-MM-DD (or the Norwegian 1.6.2027). What is a date or a
// duration is the dates module's (src/model/dates.ts) answer, as everywhere.
import { isDate, parseDuration } from '../model/dates.ts';

/** A duration typed in words or as ISO 8601, as its ISO form: the dates module's reading, the same as the file's. */
export { parseDuration };

export function parseDate(input: string): string | undefined {
  const text = input.trim();
  let iso = text;
  const norwegian = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text);
  if (norwegian) iso = `${norwegian[3]}-${norwegian[2].padStart(2, '0')}-${norwegian[1].padStart(2, '0')}`;
  return isDate(iso) ? iso : undefined;
}

/** A lower-case kebab-case id from a name ("Prioritise leads" → "prioritise-leads"). */
export function slugify(text: string): string {
  return text.toLowerCase()
    .replace(/æ/g, 'ae').replace(/ø/g, 'o').replace(/å/g, 'a')
    .normalize('NFKD').replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40).replace(/-+$/, '');
}
