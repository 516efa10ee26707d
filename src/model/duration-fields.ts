// Where the file holds durations: the schema's fields with the duration pattern, found by
// walking the one schema at build time (schema-shape.ts), so a new duration field needs no
// list kept by hand. `dpia
// migrate` writes those values in their ISO form; `dpia diff` shows them in words.
import type { Document, Node } from 'yaml';
import { isMap, isScalar, isSeq } from './yaml-lib.ts';
import { DURATION_PATTERN, parseDuration } from './dates.ts';
import { DURATION_PATHS } from './generated/schema-shape-data.ts';

const ISO_DURATION = new RegExp(DURATION_PATTERN);

/** The paths of the duration fields, `[]` standing for any item of a list: `dataCategories.[].retention` (from the schema, at build time: schema-shape.ts). */
export function durationPaths(): ReadonlyArray<ReadonlyArray<string>> {
  return DURATION_PATHS;
}

/** The names of the duration fields (`retention`, `cadence`…): a field so named holds a duration. */
export function durationKeys(): Set<string> {
  return new Set(durationPaths().map((p) => String(p[p.length - 1])));
}

/** What canonicalDurations changed: the dotted path, the value as written and its ISO form. */
export interface CanonicalNote { path: string; from: string; to: string }

/** Writes every duration in words at a duration field of the Document in its ISO form, in place (comments and position kept). */
export function canonicalDurations(doc: Document): CanonicalNote[] {
  const notes: CanonicalNote[] = [];
  const visit = (node: Node | null | undefined, rest: ReadonlyArray<string>, at: string[]): void => {
    if (!node) return;
    if (rest.length === 0) {
      if (isScalar(node) && typeof node.value === 'string') {
        const iso = parseDuration(node.value);
        if (iso !== undefined && iso !== node.value) {
          notes.push({ path: at.join('.'), from: node.value, to: iso });
          node.value = iso;
          node.type = 'PLAIN';
        }
      }
      return;
    }
    const [head, ...tail] = rest;
    if (head === '[]') {
      if (isSeq(node)) node.items.forEach((item, i) => visit(item as Node, tail, [...at, String(i)]));
    } else if (isMap(node)) {
      visit(node.get(head, true) as Node | undefined, tail, [...at, head]);
    }
  };
  for (const path of durationPaths()) visit(doc.contents as Node, path, []);
  return notes;
}

/**
 * Plain data with every duration in words at a duration field in its ISO form, as
 * canonicalDurations writes a Document: the signed content (hash.ts) reads "2 years" as P2Y,
 * so writing one as the other is formatting, like key order, and never makes a sign-off stale.
 */
export function isoDurationsIn(content: Record<string, unknown>): Record<string, unknown> {
  const at = (node: unknown, path: readonly string[]): unknown => {
    if (path.length === 0) {
      // A value already in ISO form is kept as written (P24M stays P24M): only words are converted.
      if (typeof node !== 'string' || ISO_DURATION.test(node)) return node;
      return parseDuration(node) ?? node;
    }
    const [head, ...rest] = path;
    if (head === '[]') return Array.isArray(node) ? node.map((item) => at(item, rest)) : node;
    if (node === null || typeof node !== 'object' || Array.isArray(node) || !(head in node)) return node;
    return { ...(node as Record<string, unknown>), [head]: at((node as Record<string, unknown>)[head], rest) };
  };
  let out: unknown = content;
  for (const path of durationPaths()) out = at(out, path.map(String));
  return out as Record<string, unknown>;
}
