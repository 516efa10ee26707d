// Findings hold enumeration values (`large-scale`, `legitimate-interests`): they stay
// codes in JSON and SARIF, and become the labels catalogue's words in a message, through
// a rule's `messageArgs` hook. A value without words (an id the user wrote) stays as it is.
import { hasMessage, message } from '../i18n/catalogue.ts';
import type { Args } from './types.ts';

/** The word for `value` in the first of `kinds` that has one, or the value. */
export function enumWord(value: string, kinds: readonly string[], lang: string): string {
  const kind = kinds.find((k) => hasMessage(lang, 'labels', `${k}.${value}`));
  return kind ? message(lang, 'labels', `${kind}.${value}`) : value;
}

/**
 * The args with each named one, a list "a, b" of values, in words. Words may hold commas
 * ("evaluation or scoring, including profiling"), so a list of several is joined by "; ".
 */
export function enumArgs(args: Args, lang: string, names: Readonly<Record<string, readonly string[]>>): Args {
  const out: Args = { ...args };
  for (const [name, kinds] of Object.entries(names)) {
    const value = args[name];
    if (typeof value !== 'string' || value === '') continue;
    out[name] = value.split(', ').map((item) => enumWord(item, kinds, lang)).join('; ');
  }
  return out;
}
