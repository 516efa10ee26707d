// Dates, durations and lists in words, in the reader's language (labels catalogue).
import { DURATION_UNITS, label, labelMessage } from './labels.ts';

/** `2025-02-03` → "3 February 2025" / "3. februar 2025"; anything else unchanged. */
export function formatDate(value: unknown, lang: string): string {
  if (typeof value !== 'string') return value === undefined || value === null ? '' : String(value);
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return value;
  return labelMessage(lang, 'format.date', { day: String(Number(m[3])), month: label(lang, 'month', Number(m[2])), year: m[1] });
}

/** ISO 8601 duration → words: `P2Y` → "2 years" / "2 år", `P1Y6M` → "1 year and 6 months". */
export function formatDuration(value: unknown, lang: string): string {
  if (typeof value !== 'string') return value === undefined || value === null ? '' : String(value);
  const m = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/.exec(value);
  if (!m || value === 'P' || value.endsWith('T')) return value;
  // The units in the order of the pattern's groups.
  const parts = DURATION_UNITS.flatMap((unit, i) => {
    const n = m[i + 1] === undefined ? 0 : Number(m[i + 1]);
    return n === 0 ? [] : [labelMessage(lang, `duration.${unit}`, { n })];
  });
  return parts.length === 0 ? labelMessage(lang, 'duration.days', { n: 0 }) : joinList(parts, lang);
}

/** ["a", "b", "c"] → "a, b and c" / "a, b og c". */
export function joinList(items: readonly unknown[], lang: string): string {
  const words = items.filter((item) => item !== undefined && item !== null && item !== '').map(String);
  if (words.length <= 1) return words.join('');
  return labelMessage(lang, 'format.list', { head: words.slice(0, -1).join(', '), last: words[words.length - 1] });
}
