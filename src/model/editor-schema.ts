// The JSON Schemas editors load (`dpia schema [--config]`, schema/*.json): the TypeBox
// schemas the tool validates with, in the shape an editor reports best. Only this copy for
// editors changes: the validator `check` runs (src/model/generated/check-assessment.ts)
// stays open, so a misspelt key is still a `schema/unknown-key` warning with the nearest
// key, not a type error; and only `dpia schema` loads this module, not `check`.
import { ConfigSchema } from '../config.ts';
import { catalogueLanguages } from '../i18n/catalogue.ts';
import { AssessmentSchema } from './schema.ts';

const DRAFT_07 = 'http://json-schema.org/draft-07/schema#';

/** Keys of the user's own (README: "prefix them with x-"): accepted at every level, never checked. */
export const OWN_KEY_PATTERN = '^x-';

type Node = Record<string, unknown>;

/** The schema of an assessment: closed objects that still take `x-` keys, enumerations as `enum`. */
export function jsonSchema(): Node {
  const schema = forEditors(AssessmentSchema, { closeObjects: true }) as { properties: Record<string, Node> };
  // The languages are this installation's catalogues, as check's language test (src/model/validate.ts).
  const { pattern: _pattern, ...language } = schema.properties.language;
  schema.properties.language = { ...language, type: 'string', enum: catalogueLanguages() };
  return { $schema: DRAFT_07, ...schema };
}

/** The schema of dpia.config.yaml: as the loader, an unknown top-level key is refused (a typo never passes silently); nested objects stay open, as the loader leaves them. */
export function configJsonSchema(): Node {
  return {
    $schema: DRAFT_07,
    title: 'dpia.config.yaml',
    description: 'Configuration of dpia for a repository: where assessments live, the language, the shared controller, the authority, rule settings, templates and sign-off roles',
    ...forEditors(ConfigSchema, { closeObjects: false }),
    additionalProperties: false,
  };
}

/**
 * A copy of `schema` for editors:
 * - a union of string literals (TypeBox's `anyOf` of `const`s) becomes one `enum`, so a
 *   wrong value is one message ("must be equal to one of the allowed values"), not one per
 *   value;
 * - with `closeObjects`, every object with named properties refuses other keys except
 *   `x-` ones, as `check` reports them (src/model/validate.ts walks the same objects).
 */
export function forEditors(schema: unknown, options: { closeObjects: boolean }): Node {
  return transform(JSON.parse(JSON.stringify(schema)) as Node, options.closeObjects);
}

function transform(node: Node, closeObjects: boolean): Node {
  // Objects are closed along the walk check's unknown-key search takes (properties and
  // items); a map's values (`patternProperties`) are not searched, so they stay open.
  const child = (value: unknown, close = closeObjects) => (isNode(value) ? transform(value, close) : value);
  const each = (map: unknown, close = closeObjects) => (isNode(map) ? Object.fromEntries(Object.entries(map).map(([k, v]) => [k, child(v, close)])) : map);
  const out: Node = { ...node };
  if ('properties' in out) out.properties = each(out.properties);
  if ('items' in out) out.items = child(out.items);
  if ('patternProperties' in out) out.patternProperties = each(out.patternProperties, false);
  if ('additionalProperties' in out) out.additionalProperties = child(out.additionalProperties, false);
  const literals = enumOf(out.anyOf);
  if (literals) {
    delete out.anyOf;
    out.type = 'string';
    out.enum = literals;
  }
  if (closeObjects && out.type === 'object' && isNode(out.properties) && out.additionalProperties === undefined) {
    out.patternProperties = { [OWN_KEY_PATTERN]: {} };
    out.additionalProperties = false;
  }
  return out;
}

/** The values of an `anyOf` whose members are all string `const`s, else undefined. */
function enumOf(anyOf: unknown): string[] | undefined {
  if (!Array.isArray(anyOf) || anyOf.length === 0) return undefined;
  const values = anyOf.map((member) => (isNode(member) && typeof member.const === 'string' ? member.const : undefined));
  return values.every((v) => v !== undefined) ? values as string[] : undefined;
}

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
