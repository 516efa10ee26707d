// dpia.config.yaml at the repository root: shared controller details, the authority,
// rule severities, template overrides, required sign-offs. Optional; found by walking
// up from the working directory to the repository root.
import { dirname, resolve } from 'node:path';
import type { Static } from '@sinclair/typebox';
import { cliError, InputError } from './errors.ts';
import { catalogueLanguages, isLang } from './i18n/catalogue.ts';
import { parseAssessment } from './model/parse.ts';
import { readSource } from './model/source.ts';
import { offsetIn } from './model/locate.ts';
import { lineColumn } from './model/locate.ts';
import { AuthoritySchema, ConfigSchema } from './config-schema.ts';
import { schemaErrors } from './model/lazy-typebox.ts';
import { describe, expected } from './model/schema-words.ts';
import type { Said } from './errors.ts';

export { CONFIG_FILE, findConfig } from './config-location.ts';
export { ConfigSchema } from './config-schema.ts';
import { findConfig } from './config-location.ts';

export type Config = Static<typeof ConfigSchema> & {
  /** Folder of the config file (or the working directory when there is none). */
  root: string;
  /** The config file, when one was found. */
  file?: string;
};

export type Authority = Static<typeof AuthoritySchema>;

/**
 * The bundled supervisory authority, Datatilsynet, when the config names none: its data
 * here; its name, postal address and telephone number as each language writes them are
 * the documents catalogue's `authority.*`.
 */
export const DATATILSYNET = { website: 'www.datatilsynet.no', email: 'postkasse@datatilsynet.no' } as const;

/**
 * The DPO's sign-off records advice given on this content (Art. 35(2), Art. 39(1)(c));
 * the risk owner's is the controller's: residual risk accepted, decision to proceed.
 */
export const DEFAULT_SIGNOFFS = ['dpo', 'risk-owner'];


/** What a value should have been and what it was, in the words of the labels catalogue. */
function valueWords(schema: Parameters<typeof expected>[0], value: unknown): { expected: Said; actual: Said | string } {
  const { expected: code, ...args } = expected(schema);
  const found = describe(value);
  return {
    expected: { area: 'labels', key: `schemaValue.${code}`, args },
    actual: found.actual === 'value' ? String(found.found) : { area: 'labels', key: `schemaValue.${found.actual}` },
  };
}

export function loadConfig(cwd: string, explicit?: string): Config {
  const file = explicit ? resolve(cwd, explicit) : findConfig(cwd);
  if (!file) return { root: resolve(cwd) };
  const parsed = parseAssessment(readSource(file), file);
  for (const error of schemaErrors(ConfigSchema, parsed.data)) {
    const path = error.path.split('/').filter(Boolean).map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'));
    const at = lineColumn(parsed.text, offsetIn(parsed, path));
    throw new InputError(file, cliError('error.config.invalid', { path: path.join('.'), ...valueWords(error.schema, error.value) }), at.line, at.column);
  }
  const language = (parsed.data as { language?: unknown }).language;
  if (typeof language === 'string' && !isLang(language)) {
    const at = lineColumn(parsed.text, offsetIn(parsed, ['language']));
    throw new InputError(file, cliError('error.config.language', { lang: language, langs: catalogueLanguages().join(', ') }), at.line, at.column);
  }
  const known = new Set(Object.keys(ConfigSchema.properties));
  for (const key of Object.keys(parsed.data)) {
    if (!known.has(key)) {
      const at = lineColumn(parsed.text, offsetIn(parsed, [key]));
      throw new InputError(file, cliError('error.config.unknownKey', { key, keys: [...known].join(', ') }), at.line, at.column);
    }
  }
  return { ...(parsed.data as Static<typeof ConfigSchema>), root: dirname(file), file };
}
