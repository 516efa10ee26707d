// Words for the enumerations of the file format, in every language: the documents,
// `status`, the interview's choices and the record of processing use the same ones.
// The words are in i18n/<lang>/labels.json under `<kind>.<value>` (`legalBasis.consent`,
// `month.1`); label-kinds.ts knows which kinds there are and which values each takes
// (apart, so that printing a word does not load the schema).
import { hasMessage, message, type MessageArgs } from './catalogue.ts';

/** The ISO 8601 duration units, as they are named in the `duration.<unit>` keys. */
export const DURATION_UNITS = ['years', 'months', 'weeks', 'days', 'hours', 'minutes', 'seconds'] as const;
export type DurationUnit = (typeof DURATION_UNITS)[number];

/** Formats of the formatter (format.ts): a date in words, the last join of a list. */
export const LABEL_FORMATS = ['format.date', 'format.list'] as const;

/** The word for `value` in the set `kind`, or the value itself when there is none. */
export function label(lang: string, kind: string, value: unknown): string {
  if (value === undefined || value === null) return '';
  const key = `${kind}.${String(value)}`;
  return hasMessage(lang, 'labels', key) ? message(lang, 'labels', key) : String(value);
}

/** A message of the labels catalogue that takes arguments (durations, formats). */
export function labelMessage(lang: string, key: `duration.${DurationUnit}` | (typeof LABEL_FORMATS)[number], args: MessageArgs): string {
  return message(lang, 'labels', key, args);
}
