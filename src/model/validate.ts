// Runtime validation against the one schema: wrong types are `schema/invalid` findings
// with their paths; unknown keys are `schema/unknown-key` warnings that suggest the
// nearest known key. Keys that start with `x-` are the user's own and never reported.
import { checkAssessment } from './generated/check-assessment.ts';
import { KEY_SHAPE } from './generated/schema-shape-data.ts';
import { assessmentSchema } from './lazy-schema.ts';
import { schemaErrors } from './lazy-typebox.ts';
import type { KeyShape } from './schema-shape.ts';
import { describe, expected, languages } from './schema-words.ts';
import type { PathSegment } from './locate.ts';
import { nearest } from './nearest.ts';
import { catalogueLanguages } from '../i18n/catalogue.ts';

export { describe } from './schema-words.ts';

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
    for (const error of schemaErrors(assessmentSchema(), data)) {
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
  unknownKeys(KEY_SHAPE, data, [], problems);
  return problems;
}

function pointerToPath(pointer: string): PathSegment[] {
  if (pointer === '' || pointer === '/') return [];
  return pointer.slice(1).split('/').map((part) => {
    const key = part.replace(/~1/g, '/').replace(/~0/g, '~');
    return /^\d+$/.test(key) ? Number(key) : key;
  });
}

function unknownKeys(shape: KeyShape, value: unknown, path: PathSegment[], out: SchemaProblem[]): void {
  if (shape === 0 || !value || typeof value !== 'object') return;
  if (Array.isArray(shape)) {
    if (Array.isArray(value)) value.forEach((item, index) => unknownKeys(shape[0], item, [...path, index], out));
    return;
  }
  if (Array.isArray(value)) return;
  const known = shape as { readonly [key: string]: KeyShape };
  for (const key of Object.keys(value)) {
    if (Object.hasOwn(known, key)) {
      unknownKeys(known[key], (value as Record<string, unknown>)[key], [...path, key], out);
    } else if (!key.startsWith('x-')) {
      const suggestion = nearest(key, Object.keys(known));
      out.push({ rule: 'schema/unknown-key', path: [...path, key], args: { key, suggestion: suggestion ?? '' } });
    }
  }
}

export { nearest };
