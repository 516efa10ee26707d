// dpia scan's work, shared by `dpia scan` and by `dpia check` where the config sets
// scan.check: find each assessment's schemas and migrations, extract their fields once,
// classify each field once, match the assessments' declarations, and run the
// data/*-field rules with those facts. Findings stay data (src/rules/types.ts); a finding
// about a field carries the field's place, so CI annotates the migration's line.
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import type { Config } from '../config.ts';
import { cliError, InputError } from '../errors.ts';
import { lineColumn, offsetIn } from '../model/locate.ts';
import { parseAssessment, type Parsed } from '../model/parse.ts';
import { findOtherFiles, repositoryRoot, type FoundFile } from '../model/find-files.ts';
import { readSource } from '../model/source.ts';
import { runRules } from '../rules/engine.ts';
import { OWN_TYPE_LABELS } from '../rules/data/field-words.ts';
import type { Finding } from '../rules/types.ts';
import { BUNDLED_CATALOGUE, classify, compileCatalogue, extensionProblems, MIN_CONFIDENCE, mergeCatalogue, type CatalogueExtension, type CompiledCatalogue } from './classify.ts';
import { extractFile, mayDefineData } from './extract/index.ts';
import { loadPrismaParser } from './extract/prisma.ts';
import { loadSqlParser, type ExtractedSql, type SchemaChange, type SqlDialect } from './extract/sql.ts';
import { FieldCache, type CachedFields } from './field-cache.ts';
import type { FieldKind, ScanFacts, ScannedField } from './facts.ts';
import { qualifiedName, type ExtractError, type Field } from './field.ts';
import { matchesField, parsePattern, type FieldPattern } from './patterns.ts';

import { SCAN_RULES } from '../rules/scan-rules.ts';

export interface ScanAssessment {
  file: FoundFile;
  parsed: Parsed;
}

export interface ScanInput {
  assessments: readonly ScanAssessment[];
  /** Schemas named on the command line: the scope of every assessment without dataModel.paths of its own. */
  paths?: readonly string[];
  config: Config;
  cwd: string;
  today: string;
  /** The field cache (src/scan/field-cache.ts): off when absent. */
  cache?: { enabled: boolean; location?: string; env: NodeJS.ProcessEnv };
}

/** A field as the scan found and classified it, whoever declares it. */
export interface FoundField extends Field {
  qualified: string;
  fromRoot: string;
  kinds: FieldKind[];
  /** The assessments (their display paths) whose declarations name it. */
  declaredBy: string[];
  /** The assessments that judged it not personal. */
  notPersonalBy: string[];
}

export interface ScanOutput {
  fields: FoundField[];
  /** Files that could not be read or parsed: reported, never passed over in silence. */
  errors: (ExtractError | InputError)[];
  /** Each assessment's findings (by its display path). */
  findings: Map<string, Finding[]>;
  /** What the rules were told of each assessment's scope (by its display path), for --suggest. */
  facts: Map<string, ScanFacts>;
  /** Schema files read, by display path. */
  files: string[];
}

/** The bundled catalogue with the config's scan.catalogue; an extension it refuses is one error at its place in the config. */
function compiledCatalogue(config: Config): CompiledCatalogue {
  const extensions = (config.scan?.catalogue ?? []) as CatalogueExtension[];
  const problem = extensionProblems(BUNDLED_CATALOGUE, extensions)[0];
  if (problem && config.file) {
    const parsed = parseAssessment(readSource(config.file), config.file);
    const path = ['scan', 'catalogue', problem.index, ...(problem.field ? [problem.field] : problem.problem === 'bad-id' ? ['id'] : [])];
    const at = lineColumn(parsed.text, offsetIn(parsed, path));
    throw new InputError(config.file, cliError(`error.scan.catalogue.${problem.problem}`, { id: problem.id, field: problem.field ?? '' }), at.line, at.column);
  }
  return compileCatalogue(extensions.length > 0 ? mergeCatalogue(BUNDLED_CATALOGUE, extensions) : BUNDLED_CATALOGUE);
}

interface Declarations {
  /** dotted path of the pattern in the assessment → pattern */
  patterns: { path: string; pattern: FieldPattern; category?: number }[];
}

function declarations(data: Record<string, unknown>): Declarations {
  const patterns: Declarations['patterns'] = [];
  const strings = (value: unknown) => (Array.isArray(value) ? value : []).map((item, index) => [item, index] as const).filter(([item]) => typeof item === 'string' && item.trim() !== '') as [string, number][];
  const categories = Array.isArray(data.dataCategories) ? data.dataCategories as Record<string, unknown>[] : [];
  categories.forEach((category, index) => {
    for (const [source, j] of strings(category?.fields)) patterns.push({ path: `dataCategories.${index}.fields.${j}`, pattern: parsePattern(source), category: index });
  });
  const model = data.dataModel as { notPersonal?: unknown } | undefined;
  const notPersonal = Array.isArray(model?.notPersonal) ? model.notPersonal as Record<string, unknown>[] : [];
  notPersonal.forEach((entry, index) => {
    for (const [source, j] of strings(entry?.fields)) patterns.push({ path: `dataModel.notPersonal.${index}.fields.${j}`, pattern: parsePattern(source) });
  });
  return { patterns };
}

/** Where an assessment's schemas are: the command line's paths, else its own dataModel.paths (from its folder), else the config's scan.paths, else the config's folder. */
function scopeTargets(assessment: ScanAssessment, input: ScanInput): { targets: string[]; base: string } {
  if (input.paths && input.paths.length > 0) return { targets: [...input.paths], base: input.cwd };
  const own = (assessment.parsed.data as { dataModel?: { paths?: unknown } }).dataModel?.paths;
  if (Array.isArray(own) && own.some((p) => typeof p === 'string')) return { targets: own.filter((p): p is string => typeof p === 'string'), base: dirname(assessment.file.path) };
  if (input.config.scan?.paths && input.config.scan.paths.length > 0) return { targets: input.config.scan.paths, base: input.config.root };
  return { targets: ['.'], base: input.config.root };
}

export async function scan(input: ScanInput): Promise<ScanOutput> {
  const catalogue = compiledCatalogue(input.config);
  const entries = new Map(catalogue.types.map((type) => [type.entry.id, type.entry]));
  for (const entry of entries.values()) if (entry.label) OWN_TYPE_LABELS.set(entry.id, entry.label);
  const minConfidence = input.config.scan?.minConfidence ?? MIN_CONFIDENCE;
  const root = repositoryRoot(input.cwd) ?? input.config.root;
  const errors: ScanOutput['errors'] = [];
  const byPath = new Map<string, FoundField[] | undefined>();
  const fromRoot = (path: string) => relative(root, path).split(sep).join('/');

  const changesOf = new Map<string, ExtractedSql['changes']>();
  const failed = new Set<string>();
  const dialect = input.config.scan?.dialect as SqlDialect | undefined;
  const extractedOf = new Map<string, CachedFields | InputError>();
  const fieldsOf = (file: FoundFile): FoundField[] => {
    if (byPath.has(file.path)) return byPath.get(file.path) ?? [];
    let fields: FoundField[] = [];
    const extracted = extractedOf.get(file.path);
    if (extracted instanceof InputError) {
      errors.push(extracted);
      failed.add(file.path);
    } else if (extracted && !('none' in extracted)) {
      errors.push(...extracted.errors);
      if (extracted.errors.length > 0) failed.add(file.path);
      if (extracted.changes) changesOf.set(file.path, extracted.changes);
      const where = fromRoot(file.path);
      fields = extracted.fields.map((field) => ({
        ...field,
        qualified: qualifiedName(field),
        fromRoot: where,
        kinds: classify(field, catalogue).filter((match) => match.confidence >= minConfidence).map((match) => {
          const entry = entries.get(match.type)!;
          return { type: match.type, group: entry.group, special: entry.special === true, criminal: entry.criminal === true, nationalId: entry.nationalId === true, confidence: match.confidence, term: match.term };
        }),
        declaredBy: [],
        notPersonalBy: [],
      }));
    }
    byPath.set(file.path, fields);
    return fields;
  };

  // Each assessment's schema files; the SQL parser's WebAssembly is loaded only where there is SQL.
  const filesOf = input.assessments.map((assessment) => {
    const { targets, base } = scopeTargets(assessment, input);
    // Named as the user sees them: relative to the working directory, where they are in it.
    const named = targets.map((t) => { const rel = relative(input.cwd, resolve(base, t)); return rel === '' ? '.' : rel.startsWith('..') || isAbsolute(rel) ? resolve(base, t) : rel; });
    const found = findOtherFiles(named, input.cwd, { patterns: input.config.ignore, root: input.config.root }, mayDefineData);
    errors.push(...found.errors);
    return { files: found.files, complete: found.errors.length === 0 };
  });
  // Each file read once; its fields from the cache where its bytes are known, else parsed
  // (the parsers loaded only for a file the cache cannot answer).
  const cache = input.cache ? FieldCache.open(input.cache.enabled, { location: input.cache.location, cwd: input.cwd, env: input.cache.env }) : undefined;
  const misses: { file: FoundFile; text: string; key: string }[] = [];
  for (const file of new Map(filesOf.flatMap(({ files }) => files.map((f) => [f.path, f] as const))).values()) {
    let text: string;
    try {
      text = readSource(file.path, file.display);
    } catch (error) {
      if (error instanceof InputError) {
        extractedOf.set(file.path, error);
        continue;
      }
      throw error;
    }
    const key = cache ? FieldCache.key(file.display, dialect, text) : '';
    const known = cache?.get(key);
    if (known) extractedOf.set(file.path, known);
    else misses.push({ file, text, key });
  }
  if (misses.some(({ file }) => file.path.toLowerCase().endsWith('.sql'))) await loadSqlParser();
  if (misses.some(({ file }) => file.path.toLowerCase().endsWith('.prisma'))) await loadPrismaParser();
  for (const { file, text, key } of misses) {
    const extracted: CachedFields = extractFile(text, file.display, { dialect }) ?? { none: true };
    extractedOf.set(file.path, extracted);
    cache?.set(key, extracted);
  }

  // Each assessment's fields in scope, and which of its patterns name which field.
  const scopes = input.assessments.map((assessment, index) => {
    const errorsBefore = errors.length;
    const fields = live(filesOf[index]!.files.map((file) => ({ fields: fieldsOf(file), changes: changesOf.get(file.path) ?? [] })));
    // Every schema in scope was found and read: only then does a pattern that matches nothing mean the field is gone.
    const complete = filesOf[index]!.complete && errors.length === errorsBefore && !filesOf[index]!.files.some((file) => failed.has(file.path));
    const { patterns } = declarations(assessment.parsed.data);
    const hits = new Map<string, number>();
    const categoriesOf = new Map<FoundField, number[]>();
    const notPersonal = new Set<FoundField>();
    for (const { path, pattern, category } of patterns) {
      let count = 0;
      for (const field of fields) {
        if (!matchesField(pattern, field, field.fromRoot)) continue;
        count++;
        if (category === undefined) notPersonal.add(field);
        else categoriesOf.set(field, [...new Set([...(categoriesOf.get(field) ?? []), category])]);
      }
      hits.set(path, count);
    }
    for (const field of categoriesOf.keys()) field.declaredBy.push(assessment.file.display);
    for (const field of notPersonal) field.notPersonalBy.push(assessment.file.display);
    return { assessment, fields, hits, categoriesOf, notPersonal, complete };
  });

  const findings = new Map<string, Finding[]>();
  const factsOf = new Map<string, ScanFacts>();
  for (const { assessment, fields, hits, categoriesOf, notPersonal, complete } of scopes) {
    const me = assessment.file.display;
    const facts: ScanFacts = {
      fields: fields.map((field): ScannedField => ({
        ...field,
        categories: categoriesOf.get(field) ?? [],
        notPersonal: notPersonal.has(field),
        declaredElsewhere: field.declaredBy.some((by) => by !== me) || field.notPersonalBy.some((by) => by !== me),
      })),
      patternHits: hits,
      complete,
    };
    factsOf.set(me, facts);
    findings.set(me, runRules(assessment.parsed.data, { today: input.today, config: input.config, scan: facts, only: (rule) => SCAN_RULES.has(rule.id) }));
  }
  const files = [...byPath.keys()].map((path) => relative(input.cwd, path).split(sep).join('/')).sort();
  const fields = [...byPath.values()].flatMap((list) => list ?? []);
  return { fields, errors, findings, files, facts: factsOf };
}

const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((part, i) => part.toLowerCase() === b[i]!.toLowerCase());
/** A table named in a migration is the field's table when the names agree from the end (a schema may be left out). */
const sameTable = (container: readonly string[], table: readonly string[]) => {
  const n = Math.min(container.length, table.length);
  return n > 0 && same(container.slice(-n), table.slice(-n));
};

/**
 * The fields that are still there after the files' changes, in the files' order (paths
 * sorted, as migration tools number them): a column dropped or renamed in a later
 * migration is no longer the CRM's, a renamed table's columns carry its new name.
 */
function live(files: readonly { fields: FoundField[]; changes: readonly { change: SchemaChange }[] }[]): FoundField[] {
  let fields: FoundField[] = [];
  for (const file of files) {
    fields.push(...file.fields);
    for (const { change } of file.changes) {
      if (change.kind === 'drop-table') fields = fields.filter((f) => f.format !== 'sql' || !sameTable(f.container, change.table));
      else if (change.kind === 'drop-column') fields = fields.filter((f) => f.format !== 'sql' || !sameTable(f.container, change.table) || f.name.toLowerCase() !== change.column.toLowerCase());
      else if (change.kind === 'rename-column') {
        fields = fields.map((f) => (f.format === 'sql' && sameTable(f.container, change.table) && f.name.toLowerCase() === change.column.toLowerCase() ? renamed(f, f.container, change.to) : f));
      } else {
        fields = fields.map((f) => (f.format === 'sql' && sameTable(f.container, change.table) ? renamed(f, [...f.container.slice(0, f.container.length - Math.min(f.container.length, change.table.length)), ...change.to], f.name) : f));
      }
    }
  }
  return fields;
}

/** The same field under its new name (its place stays where it was defined). */
function renamed(field: FoundField, container: string[], name: string): FoundField {
  const moved = { ...field, container, name, declaredBy: field.declaredBy, notPersonalBy: field.notPersonalBy };
  return { ...moved, qualified: qualifiedName(moved) };
}
