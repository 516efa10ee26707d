// Fields of a GraphQL schema (SDL), read with the graphql package's parser: object, input
// and interface types and their extensions; a field's line is its name's.
import { Kind, parse, print, type DocumentNode, type FieldDefinitionNode, type InputValueDefinitionNode } from 'graphql';
import type { Extracted, Field } from '../field.ts';
import { Lines } from '../lines.ts';

const HOLDERS = new Set<string>([
  Kind.OBJECT_TYPE_DEFINITION, Kind.OBJECT_TYPE_EXTENSION,
  Kind.INPUT_OBJECT_TYPE_DEFINITION, Kind.INPUT_OBJECT_TYPE_EXTENSION,
  Kind.INTERFACE_TYPE_DEFINITION, Kind.INTERFACE_TYPE_EXTENSION,
]);

export function extractGraphql(source: string, file: string): Extracted {
  const lines = new Lines(source);
  let document: DocumentNode;
  try {
    document = parse(source, { noLocation: false });
  } catch (error) {
    const located = error as { locations?: { line: number; column: number }[]; message?: string };
    const at = located.locations?.[0];
    return { fields: [], errors: [{ file, ...(at ? { line: at.line, column: at.column } : {}), message: String(located.message ?? error).split('\n')[0]! }] };
  }
  const fields: Field[] = [];
  for (const definition of document.definitions) {
    if (!HOLDERS.has(definition.kind)) continue;
    const holder = definition as { name: { value: string }; fields?: readonly (FieldDefinitionNode | InputValueDefinitionNode)[] };
    for (const field of holder.fields ?? []) {
      const at = lines.at(field.name.loc?.start ?? 0);
      fields.push({
        file, line: at.line, column: at.column, format: 'graphql',
        container: [holder.name.value], name: field.name.value, type: print(field.type),
        ...(field.description ? { comment: field.description.value.trim() } : {}),
      });
    }
  }
  return { fields, errors: [] };
}
