// Dates, durations and lists in words, in English and bokmål.
import type { Lang } from '../rules/types.ts';
import { label } from './labels.ts';

/** `2025-02-03` → "3 February 2025" / "3. februar 2025"; anything else unchanged. */
export function formatDate(value: unknown, lang: Lang): string {
  if (typeof value !== 'string') return value === undefined || value === null ? '' : String(value);
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return value;
  const day = Number(m[3]);
  const month = label(lang, 'month', Number(m[2]));
  return lang === 'nb' ? `${day}. ${month} ${m[1]}` : `${day} ${month} ${m[1]}`;
}

const UNITS: Record<Lang, Record<string, [string, string]>> = {
  en: { Y: ['year', 'years'], M: ['month', 'months'], W: ['week', 'weeks'], D: ['day', 'days'], h: ['hour', 'hours'], m: ['minute', 'minutes'], s: ['second', 'seconds'] },
  nb: { Y: ['år', 'år'], M: ['måned', 'måneder'], W: ['uke', 'uker'], D: ['dag', 'dager'], h: ['time', 'timer'], m: ['minutt', 'minutter'], s: ['sekund', 'sekunder'] },
};

/** ISO 8601 duration → words: `P2Y` → "2 years" / "2 år", `P1Y6M` → "1 year and 6 months". */
export function formatDuration(value: unknown, lang: Lang): string {
  if (typeof value !== 'string') return value === undefined || value === null ? '' : String(value);
  const m = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/.exec(value);
  if (!m || value === 'P' || value.endsWith('T')) return value;
  const keys = ['Y', 'M', 'W', 'D', 'h', 'm', 's'];
  const parts = keys.flatMap((key, i) => {
    const n = m[i + 1] === undefined ? 0 : Number(m[i + 1]);
    if (n === 0) return [];
    const [one, many] = UNITS[lang][key];
    return [`${n} ${n === 1 ? one : many}`];
  });
  return parts.length === 0 ? (lang === 'nb' ? '0 dager' : '0 days') : joinList(parts, lang);
}

/** ["a", "b", "c"] → "a, b and c" / "a, b og c". */
export function joinList(items: readonly unknown[], lang: Lang): string {
  const words = items.filter((item) => item !== undefined && item !== null && item !== '').map(String);
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} ${lang === 'nb' ? 'og' : 'and'} ${words[words.length - 1]}`;
}
