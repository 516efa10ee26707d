// The enumerations of the file format, read from the TypeBox schema itself (not from a
// hand list): every union of literals, and the known values (`examples`) of free-text
// fields, with the path where each is found.
import type { TSchema } from '@sinclair/typebox';
import { AssessmentSchema } from '../../src/model/schema.ts';

export interface SchemaEnum {
  /** Dotted path, `[]` for the items of a list: `risks[].event`. */
  path: string;
  values: string[];
  /** `enum` for a closed set, `examples` for the known values of free text. */
  kind: 'enum' | 'examples';
}

/** Fields whose `examples` are not words for a reader: the language codes of the catalogues. */
const NOT_WORDS = new Set(['language']);

export function schemaEnums(schema: TSchema = AssessmentSchema): SchemaEnum[] {
  const out: SchemaEnum[] = [];
  const walk = (node: TSchema, path: string): void => {
    if (Array.isArray(node.anyOf)) {
      const literals = (node.anyOf as TSchema[]).filter((s) => typeof s.const === 'string').map((s) => s.const as string);
      if (literals.length > 0 && literals.length === node.anyOf.length) out.push({ path, values: literals, kind: 'enum' });
      for (const option of node.anyOf as TSchema[]) if (typeof option.const !== 'string') walk(option, path);
    }
    if (typeof node.const === 'string') out.push({ path, values: [node.const], kind: 'enum' });
    if (node.type === 'string' && Array.isArray(node.examples) && !NOT_WORDS.has(path)) out.push({ path, values: node.examples as string[], kind: 'examples' });
    if (node.properties) for (const [key, child] of Object.entries(node.properties as Record<string, TSchema>)) walk(child, path ? `${path}.${key}` : key);
    if (node.items) walk(node.items as TSchema, `${path}[]`);
    if (node.additionalProperties && typeof node.additionalProperties === 'object') walk(node.additionalProperties as TSchema, `${path}.*`);
  };
  walk(schema, '');
  return out;
}

/** Every value of every enumeration and free-text field's known values, once. */
export function schemaValues(): string[] {
  return [...new Set(schemaEnums().flatMap((e) => e.values))].sort();
}
