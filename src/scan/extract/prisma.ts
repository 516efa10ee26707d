// Fields of a Prisma schema (models, views and composite types), read with
// @mrleebo/prisma-ast (a Chevrotain parser of Prisma's schema language) with full node
// locations; a field's comment is its `///` documentation and its trailing `//` comment,
// and its type as written (String?, DateTime @db.Date). The column a field maps to
// (@map) is in its comment, so a pattern may name either.
import type { Extracted, Field } from '../field.ts';

type PrismaAst = typeof import('@mrleebo/prisma-ast');
declare const require: ((id: string) => unknown) | undefined;
let loaded: PrismaAst | undefined;
const ESM_ENTRY = '@mrleebo/prisma-ast/dist/prisma-ast.esm.js';

/**
 * Loads the parser, once, before the first extractPrisma. In dist/ it is a bundle of its
 * own (dist/vendor/prisma-ast.cjs, required here); run from source it is imported, as its
 * parser (Chevrotain) is published as ES modules only.
 */
export async function loadPrismaParser(): Promise<void> {
  // (Its ES module entry, whose imports of Chevrotain resolve as ES modules under any loader.)
  loaded ??= typeof require === 'function' ? require('@mrleebo/prisma-ast') as PrismaAst : await import(ESM_ENTRY) as PrismaAst;
}

function prismaAst(): PrismaAst {
  if (!loaded) throw new Error('loadPrismaParser() first');
  return loaded;
}

interface Attribute { name: string; group?: string; args?: { value: unknown }[] }
interface Property {
  type: string;
  name?: string;
  text?: string;
  fieldType?: string | { name: string };
  array?: boolean;
  optional?: boolean;
  attributes?: Attribute[];
  comment?: string;
  location?: { startLine?: number; startColumn?: number };
}

const unquote = (value: unknown) => (typeof value === 'string' ? value.replace(/^"(.*)"$/s, '$1') : undefined);

export function extractPrisma(source: string, file: string): Extracted {
  const { getSchema, PrismaParser, VisitorClassFactory } = prismaAst();
  // A parser of our own: the package's default one reads a config file from the working directory.
  const parser = new PrismaParser({ nodeLocationTracking: 'full' });
  const Visitor = VisitorClassFactory(parser);
  let schema: { list: { type: string; name?: string; properties?: Property[] }[] };
  try {
    schema = getSchema(source, { parser, visitor: new Visitor(parser) }) as unknown as typeof schema;
  } catch (error) {
    const token = (error as { token?: { startLine?: number; startColumn?: number } }).token;
    const message = String((error as Error).message).split('\n')[0]!;
    return { fields: [], errors: [{ file, ...(token?.startLine ? { line: token.startLine, column: token.startColumn ?? 1 } : {}), message }] };
  }
  const fields: Field[] = [];
  // A field whose type is a model is a relation, the other side of a foreign key: no column of its own.
  const models = new Set(schema.list.filter((block) => block.type === 'model' || block.type === 'view').map((block) => block.name));
  for (const block of schema.list) {
    if (!['model', 'view', 'type'].includes(block.type) || !block.name) continue;
    let docs: string[] = [];
    for (const property of block.properties ?? []) {
      if (property.type === 'comment') {
        if (property.text?.startsWith('///')) docs.push(property.text.replace(/^\/\/\/\s?/, ''));
        continue;
      }
      if (property.type !== 'field' || !property.name || !property.location?.startLine) {
        docs = [];
        continue;
      }
      const map = unquote(property.attributes?.find((a) => a.name === 'map' && !a.group)?.args?.[0]?.value);
      const db = property.attributes?.find((a) => a.group === 'db');
      const base = typeof property.fieldType === 'string' ? property.fieldType : property.fieldType?.name ?? '';
      if (models.has(base)) {
        docs = [];
        continue;
      }
      const type = `${base}${property.array ? '[]' : ''}${property.optional ? '?' : ''}${db ? ` @db.${db.name}${db.args?.length ? `(${db.args.map((a) => String(a.value)).join(',')})` : ''}` : ''}`;
      const comment = [...docs, property.comment?.replace(/^\/\/\s?/, ''), map ? `column ${map}` : undefined].filter((text): text is string => !!text && text.trim() !== '').join(' — ');
      fields.push({ file, line: property.location.startLine, column: property.location.startColumn ?? 1, format: 'prisma', container: [block.name], name: property.name, type, ...(comment ? { comment } : {}) });
      docs = [];
    }
  }
  return { fields, errors: [] };
}
