// Fields of data definitions written as YAML or JSON, read with the yaml library (which
// keeps every node's place in the text; JSON is read as the YAML it also is):
// OpenAPI 3 and Swagger 2 (schemas, definitions, parameters), JSON Schema (properties,
// $defs, definitions) and dbt's schema.yml (models, sources and their columns).
import { basename } from 'node:path';
import type { Document, Node, Pair, YAMLMap } from 'yaml';
import { isMap, isScalar, isSeq, yaml } from '../../model/yaml-lib.ts';
import type { Extracted, Field, FieldFormat } from '../field.ts';
import { Lines } from '../lines.ts';

/** What kind of data definition a YAML or JSON text is, by its top-level keys; undefined when none. */
export function documentKind(text: string, file: string): Exclude<FieldFormat, 'sql' | 'prisma' | 'graphql' | 'salesforce'> | undefined {
  // Cheap tests first: most YAML in a repository (CI, configs, assessments) is none of these.
  if (/^\s*["']?(openapi|swagger)["']?\s*:/m.test(text)) return 'openapi';
  if (/^\s*["']?\$schema["']?\s*:\s*["']?https?:\/\/json-schema\.org/m.test(text) || /\.schema\.(json|ya?ml)$/i.test(file)) return 'json-schema';
  if (/\.ya?ml$/i.test(file) && /^(models|sources|seeds|snapshots)\s*:/m.test(text) && /^[ \t-]*columns[ \t]*:/m.test(text)) return 'dbt';
  return undefined;
}

function pairs(node: unknown): Pair<Node, Node>[] {
  return isMap(node) ? (node as YAMLMap<Node, Node>).items : [];
}

function get(node: unknown, key: string): Node | undefined {
  return pairs(node).find((pair) => isScalar(pair.key) && String(pair.key.value) === key)?.value ?? undefined;
}

function text(node: unknown): string | undefined {
  return isScalar(node) && node.value !== null && node.value !== undefined ? String(node.value) : undefined;
}

export function extractDocument(source: string, file: string, kind: NonNullable<ReturnType<typeof documentKind>>): Extracted {
  const lines = new Lines(source);
  const doc = yaml().parseDocument(source, { uniqueKeys: false }) as Document;
  if (doc.errors.length > 0) {
    const error = doc.errors[0]!;
    const at = lines.at(error.pos[0]);
    return { fields: [], errors: [{ file, line: at.line, column: at.column, message: error.message.split('\n')[0]! }] };
  }
  const fields: Field[] = [];
  const add = (key: Node, container: string[], name: string, type: string | undefined, comment: string | undefined) => {
    const at = lines.at(key.range?.[0] ?? 0);
    fields.push({ file, line: at.line, column: at.column, format: kind, container, name, ...(type ? { type } : {}), ...(comment ? { comment: comment.trim() } : {}) });
  };

  /** A schema object's properties, nested objects and array items included; composed schemas (allOf, …) as one. */
  const schema = (node: unknown, container: string[], depth = 0) => {
    if (!isMap(node) || depth > 12) return;
    for (const pair of pairs(get(node, 'properties'))) {
      const name = text(pair.key);
      if (name === undefined) continue;
      const property = pair.value;
      const ref = text(get(property, '$ref'));
      const type = text(get(property, 'format')) ?? text(get(property, 'type')) ?? (ref ? ref.split('/').pop() : undefined);
      add(pair.key, container, name, type, text(get(property, 'description')) ?? text(get(property, 'title')));
      schema(property, [...container, name], depth + 1);
      schema(get(property, 'items'), [...container, name], depth + 1);
    }
    for (const key of ['allOf', 'oneOf', 'anyOf']) {
      const list = get(node, key);
      if (isSeq(list)) for (const item of list.items) schema(item, container, depth + 1);
    }
  };
  const named = (map: unknown) => {
    for (const pair of pairs(map)) {
      const name = text(pair.key);
      if (name !== undefined) schema(pair.value, [name]);
    }
  };
  const parameters = (map: unknown) => {
    for (const pair of pairs(map)) {
      const name = text(get(pair.value, 'name'));
      const key = get(pair.value, 'name');
      if (name === undefined || !key) continue;
      const inside = get(pair.value, 'schema');
      add(key, ['parameters', text(get(pair.value, 'in')) ?? ''].filter(Boolean), name, text(get(inside, 'format')) ?? text(get(inside, 'type')) ?? text(get(pair.value, 'type')), text(get(pair.value, 'description')));
    }
  };

  const root = doc.contents;
  if (kind === 'openapi') {
    named(get(get(root, 'components'), 'schemas'));
    named(get(root, 'definitions'));
    parameters(get(get(root, 'components'), 'parameters'));
    parameters(get(root, 'parameters'));
  } else if (kind === 'json-schema') {
    const title = text(get(root, 'title'));
    schema(root, [title ? title.replace(/\s+/g, '') : basename(file).replace(/(\.schema)?\.(json|ya?ml)$/i, '')]);
    named(get(root, '$defs'));
    named(get(root, 'definitions'));
  } else {
    for (const section of ['models', 'seeds', 'snapshots']) {
      const list = get(root, section);
      if (isSeq(list)) for (const model of list.items) dbtColumns(model, [text(get(model, 'name')) ?? '']);
    }
    const sources = get(root, 'sources');
    if (isSeq(sources)) {
      for (const source of sources.items) {
        const tables = get(source, 'tables');
        if (isSeq(tables)) for (const table of tables.items) dbtColumns(table, [text(get(source, 'name')) ?? '', text(get(table, 'name')) ?? '']);
      }
    }
  }

  function dbtColumns(model: unknown, container: string[]) {
    const columns = get(model, 'columns');
    if (!isSeq(columns)) return;
    for (const column of columns.items) {
      const key = get(column, 'name');
      const name = text(key);
      if (!key || name === undefined) continue;
      add(key, container.filter(Boolean), name, text(get(column, 'data_type')) ?? text(get(column, 'type')), text(get(column, 'description')));
    }
  }
  return { fields: fields.sort((a, b) => a.line - b.line || a.column - b.column), errors: [] };
}
