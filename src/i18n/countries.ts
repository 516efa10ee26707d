// Country names: from the language's catalogue (i18n/<lang>/countries.json, written from
// CLDR by scripts/country-names.ts), the same words on every Node.js and without making
// an Intl.DisplayNames, which loads the locale's region data (some 20 ms of a run). A
// language without that file gets Intl's names (CLDR, as Node.js carries it).
import { catalogue, intlLocale } from './catalogue.ts';

const regionNames = new Map<string, Intl.DisplayNames>();

/** The name of region `code` (e.g. NO) in `lang`; the code itself when no name is known. */
export function countryName(code: string, lang: string): string {
  const named = catalogue(lang, 'countries');
  if (Object.hasOwn(named, code)) return named[code];
  try {
    let names = regionNames.get(lang);
    if (!names) {
      names = new Intl.DisplayNames([intlLocale(lang)], { type: 'region', fallback: 'code' });
      regionNames.set(lang, names);
    }
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}
