// Which files are data definitions, and the extractor of each: by name first (a migration
// is .sql, a Prisma schema .prisma, Salesforce metadata *.object-meta.xml and
// *.field-meta.xml), then, for YAML and JSON, by their top-level keys (documents.ts).
import { basename } from 'node:path';
import type { Extracted } from '../field.ts';
import { documentKind, extractDocument } from './documents.ts';
import { extractGraphql } from './graphql.ts';
import { extractPrisma } from './prisma.ts';
import { extractSalesforce } from './salesforce.ts';
import { extractSql, type SqlDialect } from './sql.ts';

/** Whether a file may be a data definition, by its name alone (YAML and JSON are read to tell). */
export function mayDefineData(path: string): boolean {
  const name = basename(path).toLowerCase();
  if (name.endsWith('.dpia.yaml') || name === 'dpia.config.yaml' || name === 'package.json' || name === 'package-lock.json' || name.startsWith('tsconfig')) return false;
  return /\.(sql|prisma|graphql|graphqls|gql|ya?ml|json|object)$/.test(name) || /\.(object|field)-meta\.xml$/.test(name);
}

/** The fields a file defines; undefined when it is not a data definition after all (YAML of another kind). */
export function extractFile(text: string, file: string, options: { dialect?: SqlDialect } = {}): Extracted | undefined {
  const name = basename(file).toLowerCase();
  if (name.endsWith('.sql')) return extractSql(text, file, options.dialect);
  if (name.endsWith('.prisma')) return extractPrisma(text, file);
  if (/\.(graphql|graphqls|gql)$/.test(name)) return extractGraphql(text, file);
  if (/\.(object|field)-meta\.xml$/.test(name) || name.endsWith('.object')) return extractSalesforce(text, file);
  const kind = documentKind(text, file);
  return kind ? extractDocument(text, file, kind) : undefined;
}
