// Numbers as a language writes them (0.123 in English, 0,123 in bokmål), for the CLI's
// text and the documents alike: one formatter per language and kind, made on first use.
import { intlLocale } from './catalogue.ts';

const formats = new Map<string, Intl.NumberFormat>();

function formatter(lang: string, kind: 'fixed' | 'decimal'): Intl.NumberFormat {
  const key = `${kind} ${lang}`;
  let format = formats.get(key);
  if (format === undefined) {
    format = new Intl.NumberFormat(intlLocale(lang), kind === 'fixed' ? { minimumFractionDigits: 3, maximumFractionDigits: 3 } : { maximumFractionDigits: 6 });
    formats.set(key, format);
  }
  return format;
}

/** Three decimals (a rate, a figure, an interval's limit); undefined for a missing or non-finite number. */
export function fixed(lang: string, value: unknown): string | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? formatter(lang, 'fixed').format(value) : undefined;
}

/** As many decimals as the number has, up to six (a threshold: 0.8, 0,05); undefined for a missing or non-finite number. */
export function decimal(lang: string, value: unknown): string | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? formatter(lang, 'decimal').format(value) : undefined;
}

/** A confidence level as a percentage: 0.95 → "95", 0.975 → "97.5". */
export function percent(value: unknown): string | undefined {
  return typeof value === 'number' ? String(Math.round(value * 1000) / 10) : undefined;
}
