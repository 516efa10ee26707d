// The pseudo-locale and the locale Intl formats a language with: apart from catalogue.ts,
// so numbers.ts, which catalogue.ts uses for a plural's `#`, can map a language too.

/** The pseudo-locale used in tests: every literal of the English catalogue, marked and lengthened. */
export const PSEUDO = 'qps';

/** The locale that Intl formats `lang` with: the language itself, English for the pseudo-locale. */
export function intlLocale(lang: string): string {
  return lang === PSEUDO ? 'en' : lang;
}
