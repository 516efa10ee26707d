// What a value should have been and what it was, as codes with their data (the words are
// the labels catalogue's `schemaValue.*`): the validator's findings and the config's errors.
import type { TSchema } from '@sinclair/typebox';
import { catalogueLanguages } from '../i18n/catalogue.ts';
import { COUNTRY_PATTERN, DATE_PATTERN, DURATION_PATTERN, DURATION_TEXT_PATTERN, EMAIL_PATTERN, ID_PATTERN, VERSION_PATTERN } from './schema.ts';

const PATTERN_CODES: Record<string, string> = {
  [DATE_PATTERN]: 'date',
  [DURATION_PATTERN]: 'duration',
  [DURATION_TEXT_PATTERN]: 'duration',
  [ID_PATTERN]: 'id',
  [VERSION_PATTERN]: 'version',
  [COUNTRY_PATTERN]: 'country',
  [EMAIL_PATTERN]: 'email',
  '^sha256:[0-9a-f]{64}$': 'hash',
};


export function languages(): Record<string, string> {
  return { expected: 'one-of', values: catalogueLanguages().join(', ') };
}

export function expected(schema: TSchema): Record<string, string> {
  const s = schema as Record<string, unknown>;
  if (Array.isArray(s.anyOf)) {
    const literals = (s.anyOf as Record<string, unknown>[]).map((v) => v.const).filter((v) => v !== undefined);
    if (literals.length === (s.anyOf as unknown[]).length) return { expected: 'one-of', values: literals.join(', ') };
    return { expected: 'number-or-text' };
  }
  if (typeof s.pattern === 'string') return PATTERN_CODES[s.pattern] ? { expected: PATTERN_CODES[s.pattern] } : { expected: 'pattern', pattern: s.pattern };
  switch (s.type) {
    case 'integer': return s.minimum !== undefined && s.maximum !== undefined ? { expected: 'integer-range', min: String(s.minimum), max: String(s.maximum) } : { expected: 'integer' };
    case 'number': return { expected: 'number' };
    case 'string': return { expected: 'string' };
    case 'boolean': return { expected: 'boolean' };
    case 'array': return { expected: 'array' };
    case 'object': return { expected: 'object' };
    default: return { expected: 'valid' };
  }
}

/** The value found: a code for what has no text of its own, else the value, quoted and cut short. */
export function describe(value: unknown): { actual: string; found?: string } {
  if (value === null || value === undefined) return { actual: 'nothing' };
  if (Array.isArray(value)) return { actual: 'a-list' };
  if (typeof value === 'object') return { actual: 'a-map' };
  if (typeof value === 'string') return { actual: 'value', found: value.length > 40 ? `"${value.slice(0, 37)}..."` : `"${value}"` };
  return { actual: 'value', found: String(value) };
}

