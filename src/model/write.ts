// Writing an assessment: edits go into the yaml Document (so comments, key order, styles
// and unknown keys survive), and the file is replaced atomically (write-file-atomic, see
// update.ts), so a crash or kill -9 leaves either the old file or the new one, never half of one.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { isCollection, isMap, isScalar, isSeq, type Document, type Node } from 'yaml';
import { cliError, InputError } from '../errors.ts';
import type { PathSegment } from './locate.ts';
import { describeFsError } from './source.ts';
import { writeAtomically } from './update.ts';

/** Keys of an assessment in the order of DESIGN.md; new top-level keys are placed by it. */
export const TOP_LEVEL_ORDER = [
  'schemaVersion', 'id', 'title', 'version', 'status', 'language', 'owner', 'controller', 'system', 'screening',
  'purposes', 'dataSubjects', 'dataCategories', 'consents', 'recipients', 'dataModel', 'security', 'transparency', 'fairness',
  'risks', 'consultation', 'review', 'decision', 'evidence', 'signoffs', 'history',
];

/** Stringify options that reproduce our own files byte for byte (no folding of long lines). */
export function stringifyOptions(text?: string): { lineWidth: number; indentSeq: boolean } {
  // A file that writes `- item` flush under its key keeps that style.
  const flush = text !== undefined && /^( *)[^\s#-][^\n]*:\n\1- /m.test(text) && !/^( *)[^\s#-][^\n]*:\n\1 {2}- /m.test(text);
  return { lineWidth: 0, indentSeq: !flush };
}

export function serialise(doc: Document, original?: string): string {
  return doc.toString(stringifyOptions(original));
}

function plain(node: unknown): unknown {
  if (node === null || node === undefined) return undefined;
  if (isScalar(node)) return node.value;
  if (isCollection(node)) return (node as Node).toJSON();
  return node;
}

/** Structural equality of plain values (key order matters not). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
    const ka = Object.keys(a as object).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
    const kb = Object.keys(b as object).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
    return ka.length === kb.length && ka.every((k) => sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
  }
  return false;
}

export function getIn(doc: Document, path: readonly PathSegment[]): unknown {
  return plain(doc.getIn(path, true));
}

/**
 * Sets the value at `path`, touching only that node: a scalar keeps its node (and so its
 * comments and quoting). Returns false (and changes nothing) when the value is already there.
 */
export function setIn(doc: Document, path: readonly PathSegment[], value: unknown): boolean {
  if (value === undefined) return deleteIn(doc, path);
  if (sameValue(getIn(doc, path), value)) return false;
  const parentPath = path.slice(0, -1);
  const key = path[path.length - 1];
  const existing = doc.getIn(path, true);
  if (isScalar(existing) && (value === null || typeof value !== 'object')) {
    existing.value = value;
    return true;
  }
  const top = path[0];
  if (isMap(doc.contents) && !doc.has(top) && typeof top === 'string') {
    // A new top-level section goes where DESIGN.md puts it, not at the end.
    let nested: unknown = value;
    for (const segment of [...path.slice(1)].reverse()) nested = typeof segment === 'number' ? [nested] : { [segment]: nested };
    insertTopLevel(doc, top, nested !== null && typeof nested === 'object' ? doc.createNode(nested) : nested);
    return true;
  }
  const node = value !== null && typeof value === 'object' ? doc.createNode(value) : value;
  const parent = parentPath.length ? doc.getIn(parentPath, true) : doc.contents;
  if (isSeq(parent) && typeof key === 'number' && key === parent.items.length) {
    parent.items.push(isScalar(node) || isCollection(node) ? node : doc.createNode(node));
    return true;
  }
  doc.setIn(path, node);
  return true;
}

function insertTopLevel(doc: Document, key: string, node: unknown): void {
  const map = doc.contents as import('yaml').YAMLMap;
  const rank = TOP_LEVEL_ORDER.indexOf(key);
  const pair = doc.createPair(key, node);
  if (rank !== -1) {
    const at = map.items.findIndex((item) => {
      const other = TOP_LEVEL_ORDER.indexOf(String(isScalar(item.key) ? item.key.value : item.key));
      return other > rank;
    });
    if (at !== -1) {
      map.items.splice(at, 0, pair);
      return;
    }
  }
  map.items.push(pair);
}

export function deleteIn(doc: Document, path: readonly PathSegment[]): boolean {
  if (!doc.hasIn(path)) return false;
  doc.deleteIn(path);
  return true;
}

/** Replaces `file` with `text` atomically, keeping its mode, owner and symlink (update.ts). */
export function writeFileAtomic(file: string, text: string): void {
  try {
    mkdirSync(dirname(file), { recursive: true });
  } catch (error) {
    throw new InputError(file, cliError('error.file.cannotBeWritten', { reason: describeFsError(error) }));
  }
  writeAtomically(file, text);
}

/** Serialises and writes the document; returns the text written. */
export function saveDocument(file: string, doc: Document, original?: string): string {
  const text = serialise(doc, original);
  writeFileAtomic(file, text);
  return text;
}
