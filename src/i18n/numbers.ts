// Numbers as a language writes them (0.123 in English, 0,123 in bokmål), for the CLI's
// text and the documents alike.
//
// The languages dpia ships are written here from their number symbols, as Node.js's ICU
// writes them (test/i18n/numbers.test.ts holds every case to Intl.NumberFormat on each
// Node.js the suite runs on): the first Intl.NumberFormat of a process costs 17 to 20 ms
// on Node.js 20, 22 and 24 (ICU setting up its number formatting, whatever the locale or
// options; a second one takes 0.2 ms), and a report writes a handful of figures. Any
// other language (a catalogue added to i18n/) is written by Intl.NumberFormat.
import { intlLocale } from './locale.ts';

interface NumberSymbols {
  decimal: string;
  group: string;
  minus: string;
}

/** CLDR's symbols of the latin digits, as ICU uses them; both group by threes from 1,000 on. */
const SYMBOLS: Readonly<Record<string, NumberSymbols>> = {
  en: { decimal: '.', group: ',', minus: '-' },
  nb: { decimal: ',', group: '\u00a0', minus: '\u2212' },
};

/** The languages whose numbers are written here rather than by Intl.NumberFormat. */
export const WRITTEN_HERE: readonly string[] = Object.keys(SYMBOLS);

const formats = new Map<string, Intl.NumberFormat>();

/**
 * `value` with `min` to `max` decimals, as Intl.NumberFormat writes it in `lang` with
 * minimumFractionDigits and maximumFractionDigits (their defaults: 0 and 3).
 */
export function formatNumber(lang: string, value: number, min = 0, max = Math.max(min, 3)): string {
  const locale = intlLocale(lang);
  const symbols = Object.hasOwn(SYMBOLS, locale) ? SYMBOLS[locale] : undefined;
  if (symbols === undefined || !Number.isFinite(value)) return intlFormat(lang, min, max).format(value);
  const { digits, point } = rounded(Math.abs(value), max);
  const whole = point <= 0 ? '0' : digits.slice(0, point).padEnd(point, '0');
  const fraction = (point < 0 ? '0'.repeat(-point) + digits : digits.slice(Math.max(point, 0))).replace(/0+$/, '').padEnd(min, '0');
  // ICU keeps the sign of a negative number that rounds to zero (-0.0004 → "-0.000"), and of -0.
  const negative = value < 0 || Object.is(value, -0);
  return `${negative ? symbols.minus : ''}${grouped(whole, symbols.group)}${fraction === '' ? '' : symbols.decimal + fraction}`;
}

function intlFormat(lang: string, min: number, max: number): Intl.NumberFormat {
  const key = `${lang} ${min} ${max}`;
  let format = formats.get(key);
  if (format === undefined) {
    format = new Intl.NumberFormat(intlLocale(lang), { minimumFractionDigits: min, maximumFractionDigits: max });
    formats.set(key, format);
  }
  return format;
}

/**
 * The decimal digits of `abs` rounded to `max` decimals, half away from zero, as ICU
 * rounds: from the shortest decimal that reads back as the same double (so 1.0005 is
 * 1.001, where toFixed's exact binary value gives 1.000). The number is 0.digits × 10^point.
 */
function rounded(abs: number, max: number): { digits: string; point: number } {
  const [mantissa, exponent = '0'] = String(abs).split('e');
  const [int, frac = ''] = mantissa.split('.');
  let digits = int + frac;
  let point = int.length + Number(exponent);
  const lead = digits.length - digits.replace(/^0+/, '').length;
  digits = digits.slice(lead);
  point -= lead;
  const keep = point + max;
  if (digits.length <= keep) return { digits, point };
  if (keep < 0) return { digits: '', point: 0 };
  const up = digits.charCodeAt(keep) >= 53; // '5'
  digits = digits.slice(0, keep);
  if (!up) return { digits, point };
  // Add one in the last kept place, carrying through the nines.
  let i = digits.length - 1;
  while (i >= 0 && digits[i] === '9') i--;
  if (i < 0) return { digits: '1', point: point + 1 };
  return { digits: digits.slice(0, i) + String.fromCharCode(digits.charCodeAt(i) + 1), point };
}

function grouped(whole: string, group: string): string {
  let out = whole.slice(0, ((whole.length - 1) % 3) + 1);
  for (let i = out.length; i < whole.length; i += 3) out += group + whole.slice(i, i + 3);
  return out;
}

/** Three decimals (a rate, a figure, an interval's limit); undefined for a missing or non-finite number. */
export function fixed(lang: string, value: unknown): string | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? formatNumber(lang, value, 3, 3) : undefined;
}

/** As many decimals as the number has, up to six (a threshold: 0.8, 0,05); undefined for a missing or non-finite number. */
export function decimal(lang: string, value: unknown): string | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? formatNumber(lang, value, 0, 6) : undefined;
}

/** A confidence level as a percentage: 0.95 → "95", 0.975 → "97.5". */
export function percent(value: unknown): string | undefined {
  return typeof value === 'number' ? String(Math.round(value * 1000) / 10) : undefined;
}
