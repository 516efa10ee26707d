// Dates, durations and lists in words, in the reader's language (labels catalogue).
import { durationParts, isDate } from '../model/dates.ts';
import { DURATION_UNITS, label, labelMessage } from './labels.ts';

/** `2025-02-03` → "3 February 2025" / "3. februar 2025"; anything else unchanged. */
export function formatDate(value: unknown, lang: string): string {
  if (typeof value !== 'string') return value === undefined || value === null ? '' : String(value);
  if (!isDate(value)) return value;
  const [year, month, day] = value.split('-');
  return labelMessage(lang, 'format.date', { day: String(Number(day)), month: label(lang, 'month', Number(month)), year });
}

/** ISO 8601 duration → words: `P2Y` → "2 years" / "2 år", `P1Y6M` → "1 year and 6 months". */
export function formatDuration(value: unknown, lang: string): string {
  if (typeof value !== 'string') return value === undefined || value === null ? '' : String(value);
  const amounts = durationParts(value);
  if (!amounts) return value;
  const parts = DURATION_UNITS.flatMap((unit) => (amounts[unit] === 0 ? [] : [labelMessage(lang, `duration.${unit}`, { n: amounts[unit] })]));
  return parts.length === 0 ? labelMessage(lang, 'duration.days', { n: 0 }) : joinList(parts, lang);
}

/** ["a", "b", "c"] → "a, b and c" / "a, b og c". */
export function joinList(items: readonly unknown[], lang: string): string {
  const words = items.filter((item) => item !== undefined && item !== null && item !== '').map(String);
  if (words.length <= 1) return words.join('');
  return labelMessage(lang, 'format.list', { head: words.slice(0, -1).join(', '), last: words[words.length - 1] });
}
