// The words of dpia, per language, as message catalogues: `i18n/<lang>/<area>.json` at the
// package root, one flat map of key → ICU MessageFormat string per area. Code holds keys;
// a new language is a new folder. Catalogues are read lazily, one area at a time, so a
// command loads only the words it prints.
//
// Conventions for messages:
// - placeholders are ICU: `{name}`, `{count, plural, one {# finding} other {# findings}}`,
//   `{flag, select, none {} other {text}}`;
// - an argument that is undefined or empty is passed as `none`, so an optional part is
//   written `{arg, select, none {} other {… {arg} …}}`;
// - numbers are passed as strings unless a plural needs them (ICU groups digits by locale);
// - arguments are data: the caller escapes them for the output format first.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { IntlMessageFormat, type Formatters } from 'intl-messageformat';
import { TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { lazyModule } from '../lazy-module.ts';
import { intlLocale, PSEUDO } from './locale.ts';
import { formatNumber } from './numbers.ts';

export const AREAS = ['rules', 'interview', 'labels', 'documents', 'cli', 'countries', 'scan'] as const;
export type Area = (typeof AREAS)[number];
export type MessageArgs = Record<string, string | number | undefined>;

export { intlLocale, PSEUDO };

type Catalogue = Record<string, string>;

// IntlMessageFormat resolves the locale of every message it is given by asking ICU which
// locales it supports (Intl.NumberFormat.supportedLocalesOf, which lists them all: some
// 20 ms, on every run that prints a word), and then makes an Intl.Locale of the tag it was
// given either way: supportedLocalesOf returns the requested tags that are supported,
// never another. So each tag becomes its Intl.Locale directly, once per run.
const resolvedLocales = new Map<string, Intl.Locale>();
IntlMessageFormat.resolveLocale = (locales: string | string[]) => {
  const tag = typeof locales === 'string' ? locales : locales[0];
  let locale = resolvedLocales.get(tag);
  if (!locale) resolvedLocales.set(tag, (locale = new Intl.Locale(tag)));
  return locale;
};

// How the messages write a plural's `#` (and a `{n, number}`): a number as numbers.ts
// writes it, so no message makes an ICU number formatter for a language it knows (the
// first costs 17 to 20 ms); and one set of plural rules per language for all messages,
// where intl-messageformat's default makes new formatters for every message.
const pluralRules = new Map<string, Intl.PluralRules>();
const FORMATTERS: Formatters = {
  getNumberFormat: (locales, options) => {
    const intl = (): Intl.NumberFormat => new Intl.NumberFormat(locales, options);
    if (options !== undefined || typeof locales !== 'string') return intl();
    // intl-messageformat only calls format() on what this returns.
    return { format: (value: unknown) => (typeof value === 'number' ? formatNumber(locales, value) : intl().format(value as number)) } as Intl.NumberFormat;
  },
  getDateTimeFormat: (...args) => new Intl.DateTimeFormat(...args),
  getPluralRules: (locales, options) => {
    const key = `${String(locales)} ${options?.type ?? 'cardinal'}`;
    let rules = pluralRules.get(key);
    if (!rules) pluralRules.set(key, (rules = new Intl.PluralRules(locales, options)));
    return rules;
  },
};

let root: string | undefined;
const catalogues = new Map<string, Catalogue>();
const compiled = new Map<string, IntlMessageFormat>();

// The messages are parsed at build time: dist/messages/<lang>/<area>.json holds, for each
// key of i18n/<lang>/<area>.json, its text and the elements the ICU parser makes of it
// (scripts/build.mjs). A message is taken from there when the text there is the
// catalogue's own, so an edited catalogue, or a language added to i18n/ after the build,
// is parsed at run time instead: only then is the parser loaded (in dist/,
// dist/vendor/icu-messageformat-parser.cjs), and intl-messageformat's own import of it is
// the parser's `no-parser` entry (types only). The parser is some 30 kB that every command
// compiled on every start, and parsing a message costs more than reading its elements.
declare const require: (id: string) => unknown;
const parser = lazyModule<typeof import('@formatjs/icu-messageformat-parser')>(import.meta.url, '@formatjs/icu-messageformat-parser', () => require('@formatjs/icu-messageformat-parser'));
type Precompiled = Record<string, [text: string, elements: string]>;
const precompiledAreas = new Map<string, Precompiled>();

/** The build's parsed messages of one language and area (none where the build made none). */
function precompiled(lang: string, area: Area): Readonly<Precompiled> {
  const id = `${lang}/${area}`;
  let found = precompiledAreas.get(id);
  if (!found) {
    const file = join(dirname(catalogueDir()), 'dist', 'messages', lang, `${area}.json`);
    try {
      found = JSON.parse(readFileSync(file, 'utf8')) as Precompiled;
    } catch {
      found = {};
    }
    precompiledAreas.set(id, found);
  }
  return found;
}

/** The elements of an ICU message text, as intl-messageformat parses it for `lang`. */
export function parseMessage(text: string, lang: string): MessageFormatElement[] {
  return parser().parse(text, { ignoreTag: true, locale: IntlMessageFormat.resolveLocale(intlLocale(lang)) });
}

/** The elements of message `key`: the build's, when made from the catalogue's very text, else parsed now. */
export function messageElements(lang: string, area: Area, key: string): MessageFormatElement[] {
  if (!hasMessage(lang, area, key)) throw new Error(`no message "${key}" in the ${lang} catalogue (${area})`);
  const source = lang === PSEUDO ? 'en' : lang;
  const text = catalogue(source, area)[key];
  const built = precompiled(source, area);
  const ready = Object.hasOwn(built, key) ? built[key] : undefined;
  const elements = ready !== undefined && ready[0] === text ? (JSON.parse(ready[1]) as MessageFormatElement[]) : parseMessage(text, source);
  return lang === PSEUDO ? pseudoElements(elements) : elements;
}

/** The bundled i18n folder: found upwards from this module (src/i18n or dist/commands). */
export function catalogueDir(): string {
  if (root) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, 'i18n');
    if (existsSync(join(candidate, 'en'))) return (root = candidate);
    const parent = dirname(dir);
    if (parent === dir) throw new Error('the bundled i18n folder is missing from this installation');
    dir = parent;
  }
}

/** What a language code looks like: a folder of i18n/ with another name is not a language. */
export const LANGUAGE_PATTERN = '^[a-z]{2,3}(-[A-Za-z0-9]+)?$';

let languages: string[] | undefined;

/** The languages dpia speaks: every folder of i18n/ named by a language code (en, nb, pt-BR). */
export function catalogueLanguages(): string[] {
  languages ??= readdirSync(catalogueDir(), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && new RegExp(LANGUAGE_PATTERN).test(entry.name) && entry.name !== PSEUDO)
    .map((entry) => entry.name)
    .sort();
  return languages;
}

/**
 * What the catalogues are, cheaply (no file is read): their folder, the languages and each
 * file's size and time. A cache of printed words keys on it, so an installation with other
 * catalogues, or an edited message, never gets another's words.
 */
export function catalogueStamp(): string {
  const dir = catalogueDir();
  const parts = [dir];
  for (const lang of catalogueLanguages()) {
    for (const area of AREAS) {
      const file = join(dir, lang, `${area}.json`);
      const stat = existsSync(file) ? statSync(file) : undefined;
      parts.push(`${lang}/${area}:${stat ? `${stat.size}:${stat.mtimeMs}` : '-'}`);
    }
  }
  return parts.join('\n');
}

/** A language dpia speaks: one with a catalogue folder in i18n/. */
export function isLang(value: unknown): value is string {
  return typeof value === 'string' && catalogueLanguages().includes(value);
}

/** The languages dpia speaks as a choice in `lang`'s words: "en or nb", "en eller nb". */
export function languageChoice(lang: string): string {
  return new Intl.ListFormat(intlLocale(lang), { type: 'disjunction' }).format(catalogueLanguages());
}

/** The usage error for a `--lang` that has no catalogue (in English: the language is not known yet). */
export function unknownLanguage(value: string): string {
  return `unknown language "${value}"; use ${languageChoice('en')}`;
}

/** The whole catalogue of one language and area (the pseudo-locale has none of its own: it is English). */
export function catalogue(lang: string, area: Area): Readonly<Catalogue> {
  const source = lang === PSEUDO ? 'en' : lang;
  const id = `${source}/${area}`;
  let found = catalogues.get(id);
  if (!found) {
    const file = join(catalogueDir(), source, `${area}.json`);
    found = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Catalogue) : {};
    catalogues.set(id, found);
  }
  return found;
}

export function hasMessage(lang: string, area: Area, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(catalogue(lang, area), key);
}

/** The message `key` of `area` in `lang`, formatted with `args`. A missing key is a bug: it throws. */
export function message(lang: string, area: Area, key: string, args: MessageArgs = {}): string {
  const id = `${lang}\u0000${area}\u0000${key}`;
  let format = compiled.get(id);
  if (!format) {
    format = new IntlMessageFormat(messageElements(lang, area, key), intlLocale(lang), undefined, { ignoreTag: true, formatters: FORMATTERS });
    compiled.set(id, format);
  }
  const values: Record<string, string | number> = {};
  for (const [name, onlyShown] of argumentNames(format.getAst())) {
    const value = args[name];
    // A missing value is `none` for a select or plural to choose by; a placeholder that
    // only shows the value shows nothing (never the word "none").
    values[name] = value === undefined || value === '' ? (onlyShown ? '' : 'none') : value;
  }
  return String(format.format(values));
}

/** The arguments of a message: name → true when it is only shown (`{name}`), never chosen by. */
function argumentNames(elements: MessageFormatElement[], names = new Map<string, boolean>()): Map<string, boolean> {
  for (const element of elements) {
    if ('value' in element && element.type !== TYPE.literal && typeof element.value === 'string') {
      names.set(element.value, (names.get(element.value) ?? true) && element.type === TYPE.argument);
    }
    if ('options' in element) for (const option of Object.values(element.options)) argumentNames(option.value, names);
  }
  return names;
}

// Pseudo-localisation: accented, lengthened literals between ⟦ and ⟧, so a test can tell
// text from the catalogue from text that escaped it, and see what longer words do.
const ACCENTS: Record<string, string> = { a: 'á', e: 'é', i: 'í', o: 'ó', u: 'ú', A: 'Á', E: 'É', I: 'Í', O: 'Ó', U: 'Ú', y: 'ý', n: 'ñ' };

export function pseudoText(text: string): string {
  if (text.trim() === '') return text;
  const accented = text.replace(/[aeiouAEIOUyn]/g, (c) => ACCENTS[c] ?? c);
  return `⟦${accented}${'~'.repeat(Math.ceil(text.length * 0.3))}⟧`;
}

function pseudoElements(elements: MessageFormatElement[]): MessageFormatElement[] {
  return elements.map((element) => {
    if (element.type === TYPE.literal) return { ...element, value: pseudoText(element.value) };
    if ('options' in element) {
      const options = Object.fromEntries(Object.entries(element.options).map(([k, option]) => [k, { ...option, value: pseudoElements(option.value) }]));
      return { ...element, options } as MessageFormatElement;
    }
    return element;
  });
}
