// A semantic diff of two assessments: list items matched by id, sections in a fixed
// order, and the facts a reviewer must not miss (special categories, legal bases,
// third-country transfers, risk levels up or down) called out as notes. Data only;
// format.ts gives it words. Comments, key order and list order never show up here.
import { sameDuration } from '../model/dates.ts';
import { durationKeys } from '../model/duration-fields.ts';
import { canonicalJson } from '../model/hash.ts';
import { outsideEEA } from '../rules/facts.ts';

export interface FieldChange {
  /** Dotted path, relative to the item (or to the file for `other`). */
  path: string;
  from?: unknown;
  to?: unknown;
  /** For lists of plain values: what was added and removed. */
  added?: unknown[];
  removed?: unknown[];
}

export type Note =
  | { kind: 'special'; special: boolean }
  | { kind: 'legal-basis'; from?: string; to?: string }
  | { kind: 'transfer'; country: string; mechanism?: string }
  | { kind: 'level'; which: 'inherent' | 'residual'; from?: number; to?: number; direction?: 'up' | 'down' };

export interface ItemChange {
  kind: 'added' | 'removed' | 'changed';
  id: string;
  label?: string;
  notes: Note[];
  fields: FieldChange[];
}

export interface SectionChange {
  section: string;
  items: ItemChange[];
}

export interface Side {
  label: string;
  version?: string;
  status?: string;
}

export interface AssessmentDiff {
  file: string;
  id?: string;
  from: Side;
  to: Side;
  changed: boolean;
  version?: { from?: string; to?: string };
  status?: { from?: string; to?: string };
  sections: SectionChange[];
  other: FieldChange[];
}

type Data = Record<string, unknown>;

/** The lists compared item by item, in the order they are shown, with how items are keyed. */
const LIST_SECTIONS: { section: string; path: string[]; key: (item: Data, index: number) => string; ignore?: string[] }[] = [
  { section: 'purposes', path: ['purposes'], key: byId },
  { section: 'dataSubjects', path: ['dataSubjects'], key: byId },
  { section: 'dataCategories', path: ['dataCategories'], key: byId },
  { section: 'consents', path: ['consents'], key: byId },
  { section: 'recipients', path: ['recipients'], key: byId },
  { section: 'security.measures', path: ['security', 'measures'], key: byId },
  { section: 'fairness.tests', path: ['fairness', 'tests'], key: byId },
  { section: 'risks', path: ['risks'], key: byId },
  { section: 'openQuestions', path: ['openQuestions'], key: byId },
  { section: 'references', path: ['references'], key: byId },
  { section: 'signoffs', path: ['signoffs'], key: (item, i) => (typeof item.role === 'string' ? `${item.role}@${String(item.version ?? '?')}` : `#${i + 1}`), ignore: ['sections'] },
  { section: 'history', path: ['history'], key: (item, i) => (typeof item.version === 'string' ? item.version : `#${i + 1}`) },
  // Runs recorded by dpia fairness are appended: one item each, named by its test, date and place.
  { section: 'evidence.fairness', path: ['evidence', 'fairness'], key: (item, i) => `${typeof item.test === 'string' ? item.test : '?'} ${String(item.date ?? '?')} #${i + 1}` },
];

/** The sections of a diff, in order (each has a title in the CLI catalogue). */
export const DIFF_SECTIONS: readonly string[] = LIST_SECTIONS.map((spec) => spec.section);

function byId(item: Data, index: number): string {
  return typeof item.id === 'string' && item.id !== '' ? item.id : `#${index + 1}`;
}

export function diffAssessments(before: Data, after: Data, file: string, labels: { from: string; to: string }): AssessmentDiff {
  const result: AssessmentDiff = {
    file,
    id: str(after.id) ?? str(before.id),
    from: side(labels.from, before),
    to: side(labels.to, after),
    changed: false,
    sections: [],
    other: [],
  };
  if (!same(before.version, after.version)) result.version = { from: str(before.version), to: str(after.version) };
  if (!same(before.status, after.status)) result.status = { from: str(before.status), to: str(after.status) };

  for (const spec of LIST_SECTIONS) {
    const items = diffList(get(before, spec.path), get(after, spec.path), spec.key, spec.ignore ?? []);
    for (const item of items) item.notes = notesFor(spec.section, item, findItem(get(before, spec.path), spec.key, item.id), findItem(get(after, spec.path), spec.key, item.id));
    if (items.length > 0) result.sections.push({ section: spec.section, items });
  }

  // Everything else, reported by path.
  const handled = new Set(['version', 'status', ...LIST_SECTIONS.filter((s) => s.path.length === 1).map((s) => s.path[0])]);
  const strip = (data: Data): Data => {
    const copy: Data = {};
    for (const [key, value] of Object.entries(data)) {
      if (handled.has(key)) continue;
      if ((key === 'security' || key === 'fairness' || key === 'evidence') && isObject(value)) {
        const rest = { ...value };
        delete rest[key === 'security' ? 'measures' : key === 'fairness' ? 'tests' : 'fairness'];
        if (key !== 'evidence' || Object.keys(rest).length > 0) copy[key] = rest;
      } else {
        copy[key] = value;
      }
    }
    return copy;
  };
  result.other = diffValues(strip(before), strip(after), '');
  result.changed = Boolean(result.version || result.status || result.sections.length > 0 || result.other.length > 0);
  return result;
}

function side(label: string, data: Data): Side {
  return { label, version: str(data.version), status: str(data.status) };
}

function diffList(before: unknown, after: unknown, key: (item: Data, i: number) => string, ignore: string[]): ItemChange[] {
  const a = keyed(before, key);
  const b = keyed(after, key);
  const out: ItemChange[] = [];
  // Order of the new file, then what was removed in the order of the old one.
  for (const [id, item] of b) {
    const old = a.get(id);
    if (!old) {
      out.push({ kind: 'added', id, label: labelOf(item), notes: [], fields: [] });
      continue;
    }
    const fields = diffValues(without(old, ignore), without(item, ignore), '');
    if (fields.length > 0) out.push({ kind: 'changed', id, label: labelOf(item), notes: [], fields });
  }
  for (const [id, item] of a) {
    if (!b.has(id)) out.push({ kind: 'removed', id, label: labelOf(item), notes: [], fields: [] });
  }
  return out;
}

function keyed(list: unknown, key: (item: Data, i: number) => string): Map<string, Data> {
  const map = new Map<string, Data>();
  if (!Array.isArray(list)) return map;
  list.forEach((item, i) => {
    const value = isObject(item) ? item : { value: item };
    let id = key(value, i);
    // A duplicate id (a ref/duplicate-id finding) still gets compared, by position.
    if (map.has(id)) id = `${id}#${i + 1}`;
    map.set(id, value);
  });
  return map;
}

function findItem(list: unknown, key: (item: Data, i: number) => string, id: string): Data | undefined {
  return keyed(list, key).get(id);
}

function labelOf(item: Data): string | undefined {
  for (const field of ['name', 'title', 'metric', 'summary', 'description']) {
    const value = item[field];
    if (typeof value === 'string' && value.trim()) return value.trim();
  }
  return undefined;
}

function without(item: Data, keys: string[]): Data {
  if (keys.length === 0) return item;
  const copy = { ...item };
  for (const key of keys) delete copy[key];
  return copy;
}

/** Leaf-level differences; lists of plain values compare as sets, other lists by position. */
export function diffValues(before: unknown, after: unknown, path: string): FieldChange[] {
  if (same(before, after)) return [];
  // A map that appears or disappears is shown key by key, like any other change inside it.
  if ((isObject(before) || before === undefined) && (isObject(after) || after === undefined)) {
    const a = (before ?? {}) as Data;
    const b = (after ?? {}) as Data;
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
    return keys.flatMap((key) => diffValues(a[key], b[key], path ? `${path}.${key}` : key));
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    if ([...before, ...after].every((v) => !isObject(v) && !Array.isArray(v))) {
      const had = new Set(before.map((v) => canonicalJson(v)));
      const has = new Set(after.map((v) => canonicalJson(v)));
      const added = after.filter((v) => !had.has(canonicalJson(v)));
      const removed = before.filter((v) => !has.has(canonicalJson(v)));
      // Same values in another order is no change.
      if (added.length === 0 && removed.length === 0) return [];
      return [{ path, added, removed }];
    }
    const length = Math.max(before.length, after.length);
    const out: FieldChange[] = [];
    for (let i = 0; i < length; i++) out.push(...diffValues(before[i], after[i], path ? `${path}.${i}` : String(i)));
    return out;
  }
  // "2 år", "24 months" and P2Y are the same duration: rewriting one as another changes nothing.
  if (durationKeys().has(path.split('.').pop() ?? '') && sameDuration(before, after)) return [];
  const change: FieldChange = { path };
  if (before !== undefined) change.from = before;
  if (after !== undefined) change.to = after;
  return [change];
}

function notesFor(section: string, change: ItemChange, before: Data | undefined, after: Data | undefined): Note[] {
  const notes: Note[] = [];
  if (section === 'dataCategories') {
    const was = before?.special === true;
    const is = after?.special === true;
    if (change.kind === 'added' && is) notes.push({ kind: 'special', special: true });
    else if (change.kind === 'removed' && was) notes.push({ kind: 'special', special: true });
    else if (change.kind === 'changed' && was !== is) notes.push({ kind: 'special', special: is });
  }
  if (section === 'purposes') {
    const from = str(before?.legalBasis);
    const to = str(after?.legalBasis);
    if (change.kind === 'added' && to) notes.push({ kind: 'legal-basis', to });
    else if (change.kind === 'changed' && from !== to) notes.push({ kind: 'legal-basis', from, to });
  }
  if (section === 'recipients' && after && change.kind !== 'removed') {
    const country = str(after.country);
    const transferChanged = change.kind === 'added' || change.fields.some((f) => f.path === 'country' || f.path.startsWith('transfer'));
    if (outsideEEA(country) && transferChanged) {
      const mechanism = isObject(after.transfer) ? str(after.transfer.mechanism) : undefined;
      notes.push(mechanism ? { kind: 'transfer', country, mechanism } : { kind: 'transfer', country });
    }
  }
  if (section === 'risks') {
    for (const which of ['inherent', 'residual'] as const) {
      const from = level(before, which);
      const to = level(after, which);
      if (from === to) continue;
      const note: Note = { kind: 'level', which };
      if (from !== undefined) note.from = from;
      if (to !== undefined) note.to = to;
      if (from !== undefined && to !== undefined) note.direction = to > from ? 'up' : 'down';
      notes.push(note);
    }
  }
  return notes;
}

/** Likelihood × severity, before measures (inherent) or after (residual). */
function level(risk: Data | undefined, which: 'inherent' | 'residual'): number | undefined {
  const source = which === 'inherent' ? risk : risk?.residual;
  if (!isObject(source)) return undefined;
  const { likelihood, severity } = source;
  return typeof likelihood === 'number' && typeof severity === 'number' ? likelihood * severity : undefined;
}

function get(data: Data, path: string[]): unknown {
  let node: unknown = data;
  for (const key of path) node = isObject(node) ? node[key] : undefined;
  return node;
}

function isObject(value: unknown): value is Data {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function same(a: unknown, b: unknown): boolean {
  return canonicalJson(a ?? null) === canonicalJson(b ?? null);
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;
}
