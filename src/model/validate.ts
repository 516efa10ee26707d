// Runtime validation against the one schema: wrong types are `schema/invalid` findings
// with their paths; unknown keys are `schema/unknown-key` warnings that suggest the
// nearest known key. Keys that start with `x-` are the user's own and never reported.
import { Errors } from '@sinclair/typebox/errors';
import type { TSchema } from '@sinclair/typebox';
import { checkAssessment } from './generated/check-assessment.ts';
import { AssessmentSchema, DATE_PATTERN, DURATION_PATTERN, ID_PATTERN, VERSION_PATTERN } from './schema.ts';
import type { PathSegment } from './locate.ts';
import { catalogueLanguages } from '../i18n/catalogue.ts';

export interface SchemaProblem {
  rule: 'schema/invalid' | 'schema/unknown-key';
  path: PathSegment[];
  args: Record<string, string>;
}

export function validate(data: unknown): SchemaProblem[] {
  const problems: SchemaProblem[] = [];
  // The ahead-of-time validator answers the common case fast; only an invalid file
  // pays for walking the schema to collect every error with its path.
  if (!checkAssessment(data)) {
    const seen = new Set<string>();
    for (const error of Errors(AssessmentSchema, data)) {
      const path = pointerToPath(error.path);
      const key = path.join('.');
      if (seen.has(key) || [...seen].some((p) => key.startsWith(`${p}.`))) continue;
      seen.add(key);
      problems.push({ rule: 'schema/invalid', path, args: { ...(key === 'language' ? languages() : expected(error.schema)), ...describe(error.value) } });
    }
  }
  // The languages are the catalogues this installation has, known only at run time.
  const language = (data as Record<string, unknown> | null)?.language;
  if (typeof language === 'string' && !problems.some((p) => p.path.join('.') === 'language') && !catalogueLanguages().includes(language)) {
    problems.push({ rule: 'schema/invalid', path: ['language'], args: { ...languages(), ...describe(language) } });
  }
  unknownKeys(AssessmentSchema, data, [], problems);
  return problems;
}

function pointerToPath(pointer: string): PathSegment[] {
  if (pointer === '' || pointer === '/') return [];
  return pointer.slice(1).split('/').map((part) => {
    const key = part.replace(/~1/g, '/').replace(/~0/g, '~');
    return /^\d+$/.test(key) ? Number(key) : key;
  });
}

// What a value should have been and what it was, as codes with their data: the words
// are the labels catalogue's `schemaValue.*`, added when the finding is printed.
const PATTERN_CODES: Record<string, string> = {
  [DATE_PATTERN]: 'date',
  [DURATION_PATTERN]: 'duration',
  [ID_PATTERN]: 'id',
  [VERSION_PATTERN]: 'version',
  '^[A-Z]{2}$': 'country',
  '^sha256:[0-9a-f]{64}$': 'hash',
};


function languages(): Record<string, string> {
  return { expected: 'one-of', values: catalogueLanguages().join(', ') };
}

function expected(schema: TSchema): Record<string, string> {
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

function unknownKeys(schema: TSchema, value: unknown, path: PathSegment[], out: SchemaProblem[]): void {
  const s = schema as Record<string, unknown>;
  if (s.type === 'object' && s.properties && value && typeof value === 'object' && !Array.isArray(value)) {
    const properties = s.properties as Record<string, TSchema>;
    for (const key of Object.keys(value)) {
      const child = properties[key];
      if (child) {
        unknownKeys(child, (value as Record<string, unknown>)[key], [...path, key], out);
      } else if (!key.startsWith('x-')) {
        const suggestion = nearest(key, Object.keys(properties));
        out.push({ rule: 'schema/unknown-key', path: [...path, key], args: { key, suggestion: suggestion ?? '' } });
      }
    }
  } else if (s.type === 'array' && s.items && Array.isArray(value)) {
    value.forEach((item, index) => unknownKeys(s.items as TSchema, item, [...path, index], out));
  }
}

/** The known key closest to a mistyped one, if it is close enough to be a typo. */
export function nearest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  const lower = word.toLowerCase();
  for (const candidate of candidates) {
    const distance = candidate.toLowerCase() === lower ? 0 : levenshtein(lower, candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  const limit = Math.max(2, Math.floor(word.length / 3));
  return bestDistance <= limit ? best : undefined;
}

function levenshtein(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length];
}
