// The quick reading of a plain YAML file: js-yaml's event parser and constructor, about
// three times faster than the yaml library's Document on a cold start, which is most of
// what `dpia check` of one file costs. It gives the data, and where each node is written
// (the offset the Document's range would start at, for a finding's line:column); what
// needs a Document (a migration, an edit, a position the events do not tell) asks parse.ts
// for one, which the yaml library makes then.
//
// Both libraries pass the YAML test suite and read plain scalars by the same core schema
// (test/model/plain-yaml.test.ts holds them to the same data). What they could read
// differently, or what parse.ts refuses with a message of its own, is left to the yaml
// library: this returns undefined for any file that is not plainly one mapping of
// untagged, unanchored nodes with plain keys, and for any file js-yaml cannot read (the
// yaml library then says what is wrong, and where).
import type { Event } from 'js-yaml';
import { lazyModule } from '../lazy-module.ts';

// js-yaml is required on first use (js-yaml-api.ts, in dist/ dist/vendor/js-yaml.cjs):
// `check` answered from its result cache, without a config file, reads no YAML.
declare const require: (id: string) => unknown;
const jsYaml = lazyModule<typeof import('./js-yaml-api.ts')>(import.meta.url, './js-yaml-api.ts', () => require('./js-yaml-api.ts'));
/** js-yaml, set by plainRead() before anything here reads it. */
let Y: typeof import('./js-yaml-api.ts');

/** Keys parse.ts refuses with a message of its own: prototype keys, and `<<` (a merge key in YAML 1.1). */
const REFUSED_KEYS = new Set(['__proto__', 'constructor', 'prototype', '<<']);
/** A plain key that the core schema reads as a null, a boolean or a number, which the two libraries turn into a string differently. */
const NON_STRING_KEY = /^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE|[-+.0-9].*)?$/;
/** A core-schema float with an exponent (the one kind of number that can overflow). */
const EXPONENT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
/** The nesting parse.ts's yaml library reads before it reports the file as too deep. */
const MAX_DEPTH = 100;

/** The data of a plain YAML mapping and where each of its nodes is written (`offsetAt`); undefined when it is not plain. */
export function plainRead(text: string): { data: Record<string, unknown>; offsetAt: (path: readonly (string | number)[]) => number | undefined } | undefined {
  // A directive (%YAML, %TAG, an unknown one the yaml library warns about) starts a line.
  if (text.charCodeAt(0) === 37 || text.includes('\n%')) return undefined;
  Y = jsYaml();
  let events: Event[];
  try {
    events = Y.parseEvents(text, { maxDepth: MAX_DEPTH });
  } catch {
    return undefined;
  }
  if (!isPlain(text, events)) return undefined;
  let data: Record<string, unknown>;
  try {
    data = Y.constructFromEvents(events, { source: text, schema: Y.CORE_SCHEMA, maxAliases: 0 })[0] as Record<string, unknown>;
  } catch {
    return undefined; // a duplicate key, for one
  }
  let tree: Located | undefined;
  return {
    data,
    offsetAt: (path) => {
      tree ??= locatedTree(text, events);
      return offsetAt(tree, path);
    },
  };
}

/** A node with the offset the yaml library gives as its range's start; undefined where this does not know it (the Document then answers). */
type Located =
  | { kind: 'map'; start: number; keys: string[]; keyStarts: number[]; values: Located[] }
  | { kind: 'seq'; start: number; items: Located[] }
  | { kind: 'scalar'; start: number | undefined };

function locatedTree(text: string, events: Event[]): Located {
  const stack: Located[] = [];
  let root: Located | undefined;
  let pendingKey: { key: string; start: number } | undefined;
  const add = (node: Located) => {
    const parent = stack.at(-1);
    if (!parent) root = node;
    else if (parent.kind === 'seq') parent.items.push(node);
    else if (parent.kind === 'map') {
      parent.keys.push(pendingKey!.key);
      parent.keyStarts.push(pendingKey!.start);
      parent.values.push(node);
      pendingKey = undefined;
    }
  };
  for (const event of events) {
    if (event.type === Y.EVENT_ID.DOCUMENT) continue;
    if (event.type === Y.EVENT_ID.POP) {
      stack.pop();
      continue;
    }
    if (event.type === Y.EVENT_ID.MAPPING || event.type === Y.EVENT_ID.SEQUENCE) {
      const node: Located = event.type === Y.EVENT_ID.MAPPING
        ? { kind: 'map', start: event.start, keys: [], keyStarts: [], values: [] }
        : { kind: 'seq', start: event.start, items: [] };
      add(node);
      stack.push(node);
      continue;
    }
    if (event.type !== Y.EVENT_ID.SCALAR) continue;
    const parent = stack.at(-1);
    if (parent?.kind === 'map' && pendingKey === undefined) {
      pendingKey = { key: Y.getScalarValue(text, event), start: scalarStart(text, event) ?? -1 };
      continue;
    }
    add({ kind: 'scalar', start: scalarStart(text, event) });
  }
  return root ?? { kind: 'scalar', start: undefined };
}

/** Where the yaml library's range of a scalar starts: its opening quote, its block header's indicator, or its first character. */
function scalarStart(text: string, event: Event & { type: typeof import('js-yaml').EVENT_ID.SCALAR }): number | undefined {
  if (event.valueStart < 0) return undefined;
  if (event.style === Y.SCALAR_STYLE.PLAIN) return event.valueStart;
  if (event.style === Y.SCALAR_STYLE.SINGLE_QUOTED || event.style === Y.SCALAR_STYLE.DOUBLE_QUOTED) return event.valueStart - 1;
  // A block scalar: the `|` or `>` of the header, on the line before its content.
  const lineStart = text.lastIndexOf('\n', event.valueStart - 1);
  if (lineStart <= 0) return undefined;
  const headerStart = text.lastIndexOf('\n', lineStart - 1) + 1;
  const header = /[|>][-+0-9]*[ \t]*(?:#.*)?$/.exec(text.slice(headerStart, lineStart).replace(/\r$/, ''));
  return header ? headerStart + header.index : undefined;
}

/** offsetOf (locate.ts) on the located tree; undefined wherever it would need what this does not know. */
function offsetAt(root: Located, path: readonly (string | number)[]): number | undefined {
  let node: Located = root;
  let best: number | undefined = root.start;
  for (const segment of path) {
    if (node.kind === 'map') {
      const index = node.keys.indexOf(String(segment));
      if (index < 0) break;
      best = node.keyStarts[index] < 0 ? undefined : node.keyStarts[index];
      node = node.values[index];
      if (node.kind === 'scalar') best = node.start;
    } else if (node.kind === 'seq' && typeof segment === 'number') {
      const item = node.items[segment];
      if (!item) break;
      best = item.start;
      node = item;
    } else {
      break;
    }
    if (best === undefined) return undefined;
  }
  return best;
}

interface Open {
  mapping: boolean;
  /** Children seen so far: in a mapping, the even ones are keys. */
  children: number;
  /** A flow collection's line end: it must close on the line it opens on. */
  flowLineEnd: number;
  /** Where its last child ended (a flow collection's closing bracket comes after it). */
  lastEnd: number;
}

function isPlain(text: string, events: Event[]): boolean {
  if (events.length < 3 || events[0].type !== Y.EVENT_ID.DOCUMENT || events[1].type !== Y.EVENT_ID.MAPPING) return false;
  let documents = 0;
  const open: Open[] = [];
  for (const event of events) {
    if (event.type === Y.EVENT_ID.DOCUMENT) {
      if (++documents > 1 || event.directives.length > 0) return false;
      continue;
    }
    if (event.type === Y.EVENT_ID.POP) {
      const closed = open.pop();
      // A flow collection over several lines: the yaml library warns when its end is not indented.
      if (closed && closed.flowLineEnd >= 0) {
        const bracket = closed.mapping ? '}' : ']';
        const rest = text.slice(closed.lastEnd, closed.flowLineEnd);
        if (!rest.includes(bracket)) return false;
      }
      continue;
    }
    if (event.type === Y.EVENT_ID.ALIAS || event.anchorStart !== -1 || event.tagStart !== -1) return false;
    const parent = open.at(-1);
    const start = event.type === Y.EVENT_ID.SCALAR ? event.valueStart : event.start;
    if (parent) {
      const isKey = parent.mapping && parent.children % 2 === 0;
      parent.children++;
      if (parent.flowLineEnd >= 0) {
        // Inside a flow collection: one line, and no collection nested in it.
        if (event.type !== Y.EVENT_ID.SCALAR || start > parent.flowLineEnd) return false;
        parent.lastEnd = Math.max(parent.lastEnd, event.valueEnd);
      }
      if (isKey) {
        // The yaml library refuses an implicit key longer than the spec's 1024 characters.
        if (event.type !== Y.EVENT_ID.SCALAR || event.valueStart < 0 || event.valueEnd - event.valueStart > 1000) return false;
        const key = Y.getScalarValue(text, event);
        if (REFUSED_KEYS.has(key)) return false;
        if (event.style === Y.SCALAR_STYLE.PLAIN && NON_STRING_KEY.test(key)) return false;
        continue;
      }
    }
    if (event.type === Y.EVENT_ID.SCALAR) {
      // A number beyond a double's range is Infinity to the yaml library, a string to js-yaml.
      if (event.style === Y.SCALAR_STYLE.PLAIN && event.valueStart >= 0 && isNumberStart(text.charCodeAt(event.valueStart)) && EXPONENT.test(text.slice(event.valueStart, event.valueEnd))) return false;
      continue;
    }
    const flow = event.style === Y.COLLECTION_STYLE.FLOW;
    const lineEnd = flow ? lineEndAfter(text, event.start) : -1;
    open.push({ mapping: event.type === Y.EVENT_ID.MAPPING, children: 0, flowLineEnd: lineEnd, lastEnd: event.start + 1 });
  }
  return documents === 1;
}

function lineEndAfter(text: string, offset: number): number {
  const end = text.indexOf('\n', offset);
  return end < 0 ? text.length : end;
}

/** A digit, a sign or a dot: how a plain number starts. */
function isNumberStart(code: number): boolean {
  return (code >= 48 && code <= 57) || code === 43 || code === 45 || code === 46;
}
