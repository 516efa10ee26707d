// What `check` needs of the schema on every run, apart from the validator: the keys each
// object knows (for schema/unknown-key) and where durations are (for the signed content's
// hash). scripts/build.mjs writes both from the schema into generated/schema-shape-data.ts,
// so no run loads the schema itself unless a file is invalid (validate.ts then walks it for
// the errors); test/model/generated.test.ts holds the generated file to the schema.
import type { TSchema } from '@sinclair/typebox';
import { DURATION_TEXT_PATTERN } from './dates.ts';

/** The keys of an object with their own shapes, an array's item shape, or 0 (nothing to look into). */
export type KeyShape = { readonly [key: string]: KeyShape } | readonly [KeyShape] | 0;

/** A path to a duration field, `[]` standing for any item of a list: `dataCategories.[].retention`. */
export type DurationPath = ReadonlyArray<string>;

export function keyShapeOf(schema: TSchema): KeyShape {
  const s = schema as Record<string, unknown>;
  if (s.type === 'object' && s.properties) {
    return Object.fromEntries(Object.entries(s.properties as Record<string, TSchema>).map(([key, child]) => [key, keyShapeOf(child)]));
  }
  if (s.type === 'array' && s.items) return [keyShapeOf(s.items as TSchema)];
  return 0;
}

export function durationPathsOf(schema: TSchema, path: string[] = [], out: string[][] = []): string[][] {
  const s = schema as Record<string, unknown>;
  if (s.type === 'string' && s.pattern === DURATION_TEXT_PATTERN) out.push(path);
  if (s.type === 'object' && s.properties) for (const [key, child] of Object.entries(s.properties as Record<string, TSchema>)) durationPathsOf(child, [...path, key], out);
  if (s.type === 'array' && s.items) durationPathsOf(s.items as TSchema, [...path, '[]'], out);
  for (const branch of [...((s.anyOf as TSchema[] | undefined) ?? []), ...((s.oneOf as TSchema[] | undefined) ?? [])]) durationPathsOf(branch, path, out);
  return out;
}
