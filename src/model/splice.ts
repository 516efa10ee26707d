// An edit touches only its own lines. The edited yaml Document is compared node by node
// with a fresh parse of the text it came from; only the nodes that differ are printed,
// and their lines are spliced into the user's text. Every other byte stays as written:
// comments, folded and literal blocks, quoting, blank lines, unknown keys, CRLF.
//
// The unit of change is a line range of the original text:
// - a list item or a map entry owns the lines from its head (the `-` or the key) to the
//   end of its value, plus comment lines indented deeper than it that follow;
// - the blank lines and comments between two entries (their "gap") belong to the entry
//   below, and go with it when it is removed or moved;
// - a changed scalar on one line is replaced in place, keeping the rest of the line.
// Where a change cannot be spliced (say the first key of a list item is removed, which
// would take the `-` with it), the enclosing entry is printed whole instead. The result is
// parsed again and must equal the edited document; otherwise the caller falls back.
import {
  Document, isAlias, isMap, isNode, isScalar, isSeq, parseDocument, Scalar, YAMLMap, YAMLSeq, type Node, type Pair,
} from 'yaml';
import { align } from './lcs.ts';
import { plainRead } from './plain-yaml.ts';
import { pristineOf } from './pristine.ts';

type Collection = YAMLMap | YAMLSeq;

/** Where a new folded paragraph is folded, counting its indentation. */
const DEFAULT_WIDTH = 80;

/** A change cannot be made by splicing lines here; the enclosing entry is printed whole. */
class Unspliceable extends Error {}

interface Edit {
  /** Lines [start, end) of the original are replaced by `lines` (each with its line end). */
  start: number;
  end: number;
  lines: string[];
}

interface Layout {
  column: number;
  /** Per entry: line of its head, text before its head on that line, end of its content, end of its own lines. */
  heads: number[];
  prefixes: string[];
  contentEnds: number[];
  ends: number[];
}

export interface SpliceOptions {
  /** Stringify options for printed nodes (indentation of sequences, line width). */
  stringify: { lineWidth: number; indentSeq: boolean };
}

class Text {
  readonly lines: string[];
  readonly starts: number[] = [];
  readonly eol: string;

  constructor(readonly source: string) {
    this.lines = source.split(/(?<=\n)/);
    let at = 0;
    for (const line of this.lines) {
      this.starts.push(at);
      at += line.length;
    }
    this.eol = source.includes('\r\n') ? '\r\n' : '\n';
  }

  lineOf(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** The line without its line end. */
  bare(line: number): string {
    return this.lines[line].replace(/\r?\n$/, '');
  }

  isBlank(line: number): boolean {
    return this.bare(line).trim() === '';
  }

  /** A comment line indented more than `column`. */
  isDeeperComment(line: number, column: number): boolean {
    const bare = this.bare(line);
    const indent = bare.length - bare.trimStart().length;
    return bare.trimStart().startsWith('#') && indent > column;
  }
}

const keyOf = (pair: Pair): string => String(isScalar(pair.key) ? pair.key.value : pair.key);

const asNode = (value: unknown): Node => (isNode(value) ? value : new Scalar(value));

/**
 * Whether a reader sees two nodes alike: values, key order, styles, comments. Compared
 * field by field, and each pair of collections once per splice (the splice asks again at
 * each level it descends; the trees do not change during a splice). No string is built:
 * signatures of every node were some 600 kB for the 67 kB chatbot example, for each of the
 * two documents of a splice, and half of a one-line edit's time.
 */
function likeness(): (x: unknown, y: unknown) => boolean {
  const known = new WeakMap<Node, Map<Node, boolean>>();
  const absent = (value: unknown): boolean => value === null || value === undefined;
  const alike = (x: unknown, y: unknown): boolean => {
    if (absent(x) || absent(y)) return absent(x) && absent(y);
    if (!isNode(x) || !isNode(y)) return !isNode(x) && !isNode(y) && sameValue(x, y);
    if (x === y) return true;
    if (isAlias(x) || isAlias(y)) return isAlias(x) && isAlias(y) && x.source === y.source;
    if (!sameNotes(x, y)) return false;
    if (isScalar(x) || isScalar(y)) {
      return isScalar(x) && isScalar(y) && (x.type ?? '') === (y.type ?? '') && sameValue(x.value, y.value);
    }
    let row = known.get(x);
    if (row === undefined) known.set(x, (row = new Map()));
    let found = row.get(y);
    if (found === undefined) row.set(y, (found = sameCollection(x, y)));
    return found;
  };
  const sameCollection = (x: Node, y: Node): boolean => {
    if (isMap(x) && isMap(y)) {
      return !!x.flow === !!y.flow && x.items.length === y.items.length && x.items.every((p, i) => alike(p.key, y.items[i].key) && alike(p.value, y.items[i].value));
    }
    if (isSeq(x) && isSeq(y)) return !!x.flow === !!y.flow && x.items.length === y.items.length && x.items.every((item, i) => alike(item, y.items[i]));
    return false;
  };
  return alike;
}

/** Two plain values (a scalar's, or a value not yet a node), alike in type and content. */
function sameValue(x: unknown, y: unknown): boolean {
  return typeof x === typeof y && JSON.stringify(x) === JSON.stringify(y);
}

/** The comments, blank line, tag and anchor of two nodes, alike. */
function sameNotes(x: Node, y: Node): boolean {
  return (x.commentBefore ?? '') === (y.commentBefore ?? '') && (x.comment ?? '') === (y.comment ?? '') && !!x.spaceBefore === !!y.spaceBefore && (x.tag ?? '') === (y.tag ?? '') && (x.anchor ?? '') === (y.anchor ?? '');
}

/** Plain data of a node, key order kept. */
function data(value: unknown): string {
  return JSON.stringify(isNode(value) ? value.toJSON() : value ?? null);
}

const isBlock = (value: unknown): value is Collection => (isMap(value) || isSeq(value)) && !value.flow && value.items.length > 0;

class Splicer {
  constructor(readonly text: Text, readonly options: SpliceOptions, readonly alike: (x: unknown, y: unknown) => boolean) {}

  /** Where the entries of a block collection of the original sit in the text. */
  layout(node: Collection): Layout {
    const t = this.text;
    let headOffsets: number[];
    let contentOffsets: number[];
    if (isMap(node)) {
      headOffsets = node.items.map((p) => (isScalar(p.key) && p.key.range ? p.key.range[0] : -1));
      contentOffsets = node.items.map((p) => pairEnd(p));
    } else {
      const token = node.srcToken;
      if (!token || token.type !== 'block-seq') throw new Unspliceable();
      headOffsets = token.items.map((item) => item.start.find((s) => s.type === 'seq-item-ind')?.offset ?? -1);
      contentOffsets = node.items.map((x, i) => Math.max(contentEnd(x), headOffsets[i] + 1));
    }
    if (headOffsets.length !== node.items.length || headOffsets.some((h) => h < 0) || contentOffsets.some((c) => c < 0)) throw new Unspliceable();
    const heads = headOffsets.map((h) => t.lineOf(h));
    const column = headOffsets[0] - t.starts[heads[0]];
    const prefixes = heads.map((line, i) => t.lines[line].slice(0, headOffsets[i] - t.starts[line]));
    if (headOffsets.some((h, i) => h - t.starts[heads[i]] !== column)) throw new Unspliceable();
    const contentEnds = contentOffsets.map((c) => t.lineOf(c - 1) + 1);
    const ends = contentEnds.map((end, i) => {
      const limit = i + 1 < heads.length ? heads[i + 1] : t.lines.length;
      let line = end;
      while (line < limit && t.isDeeperComment(line, column)) line++;
      return line;
    });
    for (let i = 0; i < heads.length; i++) {
      if (contentEnds[i] <= heads[i] || (i + 1 < heads.length && ends[i] > heads[i + 1])) throw new Unspliceable();
    }
    return { column, heads, prefixes, contentEnds, ends };
  }

  /** The edits that turn collection `a` (original) into `b` (edited), both block style. */
  collection(a: Collection, b: Collection): Edit[] {
    const layout = this.layout(a);
    const map = isMap(a);
    const aItems = a.items as unknown[];
    const bItems = b.items as unknown[];
    const byOffset = new Map<number, number>();
    if (!map) aItems.forEach((x, i) => { if (isNode(x) && x.range) byOffset.set(x.range[0], i); });
    const same = (x: unknown, y: unknown): boolean => {
      if (map) return keyOf(x as Pair) === keyOf(y as Pair);
      if (isNode(y) && y.range) return isNode(x) && x.range?.[0] === y.range[0];
      return data(x) === data(y);
    };
    const matches = align(aItems, bItems, same);
    const edits: Edit[] = [];
    const matchedA = new Set(matches.map(([i]) => i));
    const matchedB = new Map(matches.map(([i, j]) => [j, i]));

    for (const [i, j] of matches) {
      const x = aItems[i];
      const y = bItems[j];
      if (this.alike(x, y)) continue;
      edits.push(...this.entry(a, layout, i, y));
    }

    // Removed entries take their gap (the blank lines and comments above them) along.
    for (let i = 0; i < aItems.length; i++) {
      if (matchedA.has(i)) continue;
      if (layout.prefixes[i].trim() !== '') throw new Unspliceable();
      if (i > 0) {
        edits.push({ start: layout.ends[i - 1], end: layout.ends[i], lines: [] });
      } else {
        // The first entry: its own lines, and the blank lines under it when the next one stays.
        let end = layout.ends[0];
        if (aItems.length > 1 && matchedA.has(1)) while (end < layout.heads[1] && this.text.isBlank(end)) end++;
        edits.push({ start: layout.heads[0], end, lines: [] });
      }
    }

    // Added (or moved) entries go after the entry before them, or before the first one.
    const separator = this.separator(layout);
    const inserts = new Map<number, { lines: string[]; atStart: boolean }>();
    for (let j = 0; j < bItems.length; j++) {
      if (matchedB.has(j)) continue;
      let previous = -1;
      for (let k = j - 1; k >= 0; k--) {
        if (matchedB.has(k)) {
          previous = matchedB.get(k)!;
          break;
        }
      }
      const atStart = previous === -1;
      if (atStart && layout.prefixes[0].trim() !== '') throw new Unspliceable();
      const position = atStart ? layout.heads[0] : layout.ends[previous];
      const slot = inserts.get(position) ?? { lines: [], atStart };
      const y = bItems[j];
      // A moved entry keeps its lines and its gap when it is unchanged.
      const from = map ? aItems.findIndex((x) => keyOf(x as Pair) === keyOf(y as Pair)) : isNode(y) && y.range ? byOffset.get(y.range[0]) ?? -1 : -1;
      let own: string[];
      let gap: string[] = separator;
      if (from !== -1 && this.alike(aItems[from], y) && layout.prefixes[from].trim() === '') {
        own = this.text.lines.slice(layout.heads[from], layout.ends[from]);
        if (from > 0) gap = this.text.lines.slice(layout.ends[from - 1], layout.heads[from]);
      } else {
        own = this.render(y, map, layout.column, ' '.repeat(layout.column), isNode(y) && y.range ? this.widthOf(y) : undefined);
      }
      if (atStart) slot.lines.push(...own, ...separator);
      else slot.lines.push(...gap, ...own);
      inserts.set(position, slot);
    }
    for (const [position, slot] of inserts) edits.push({ start: position, end: position, lines: slot.lines });
    return edits;
  }

  /** The edits for an entry that is in both: its value compared in depth, or the entry printed anew. */
  private entry(parent: Collection, layout: Layout, i: number, y: unknown): Edit[] {
    const map = isMap(parent);
    const x = parent.items[i] as unknown;
    try {
      if (map) {
        const px = x as Pair;
        const py = y as Pair;
        if (!this.alike(px.key, py.key)) throw new Unspliceable();
        return this.value(px.value, py.value);
      }
      return this.value(x, y);
    } catch (error) {
      if (!(error instanceof Unspliceable)) throw error;
      // Printed whole; the deeper comments that follow it in the text stay where they are.
      const old = map ? (x as Pair).value : x;
      const lines = this.render(y, map, layout.column, layout.prefixes[i], this.widthOf(old), old);
      return [{ start: layout.heads[i], end: layout.contentEnds[i], lines }];
    }
  }

  private value(x: unknown, y: unknown): Edit[] {
    if (isBlock(x) && isBlock(y) && isMap(x) === isMap(y) && withoutItems(x) === withoutItems(y)) return this.collection(x, y);
    const inline = isScalar(x) || ((isMap(x) || isSeq(x)) && x.flow);
    if (inline && x.range && (!isNode(y) || isScalar(y) || isMap(y) || isSeq(y))) return [this.inline(x, asNode(y))];
    throw new Unspliceable();
  }

  /** A scalar or flow collection on one line replaced where it stands; the rest of the line (spacing, comment) kept. */
  private inline(x: Node, y: Node): Edit {
    const t = this.text;
    const [start, end] = x.range!;
    const line = t.lineOf(start);
    if (end <= start || t.source.slice(start, end).includes('\n') || (x.comment ?? '') !== (y.comment ?? '') || (x.commentBefore ?? '') !== (y.commentBefore ?? '')) throw new Unspliceable();
    const printed = new Document(this.styled(x, y)).toString(this.stringifyFor(x)).replace(/\r/g, '').replace(/\n$/, '');
    if (printed.includes('\n') || /^[|>]/.test(printed)) throw new Unspliceable();
    const from = start - t.starts[line];
    const to = end - t.starts[line];
    const old = t.lines[line];
    return { start: line, end: line + 1, lines: [old.slice(0, from) + printed + old.slice(to)] };
  }

  /** A copy of `y` to print without its notes; a new collection in place of a flow one is flow too. */
  private styled(x: unknown, y: Node): Node {
    const copy = y.clone() as Node;
    copy.comment = undefined;
    copy.commentBefore = undefined;
    copy.spaceBefore = false;
    if ((isMap(copy) || isSeq(copy)) && (isMap(x) || isSeq(x)) && x.flow && !y.range) copy.flow = true;
    return copy;
  }

  /** Flow collections written `[a, b]` stay without padding, `[ a, b ]` with. */
  private stringifyFor(x?: unknown): SpliceOptions['stringify'] & { flowCollectionPadding: boolean } {
    const range = isNode(x) ? x.range : undefined;
    const own = (isMap(x) || isSeq(x)) && x.flow && range ? this.text.source.slice(range[0], range[1]) : undefined;
    return { ...this.options.stringify, flowCollectionPadding: own === undefined ? this.padded : !/^[[{][^\s\]}]/.test(own) };
  }

  /** Whether the file pads its flow collections: `[ a ]` rather than `[a]`. */
  private get padded(): boolean {
    return !/: [[{][^\s\]}]/.test(this.text.source) || /: [[{] [^\]}]/.test(this.text.source);
  }

  /** The most common gap between entries when it is only blank lines: new entries get it too. */
  private separator(layout: Layout): string[] {
    const counts = new Map<number, number>();
    for (let i = 1; i < layout.heads.length; i++) {
      let blank = 0;
      let only = true;
      for (let line = layout.ends[i - 1]; line < layout.heads[i]; line++) {
        if (this.text.isBlank(line)) blank++;
        else only = false;
      }
      if (only) counts.set(blank, (counts.get(blank) ?? 0) + 1);
    }
    let best = 0;
    let seen = 0;
    for (const [blank, count] of counts) if (count > seen) [best, seen] = [blank, count];
    return Array.from({ length: best }, () => this.text.eol);
  }

  /** Folded paragraphs are folded again at the width they had (or at 80 when new). */
  private widthOf(value: unknown): number | undefined {
    if (!isScalar(value) || !value.range) return undefined;
    if (value.type !== Scalar.BLOCK_FOLDED) return undefined;
    const t = this.text;
    const first = t.lineOf(value.range[0]) + 1;
    const last = t.lineOf(Math.max(value.range[0], value.range[1] - 1));
    // A paragraph on one line says nothing about the width it was folded at; nor does a short one.
    if (last - first < 1) return undefined;
    let width = DEFAULT_WIDTH;
    for (let line = first; line <= last; line++) width = Math.max(width, t.bare(line).length);
    return width;
  }

  /** An entry printed on its own at `column`, its first line starting with `prefix`. */
  private render(entry: unknown, map: boolean, column: number, prefix: string, width?: number, original?: unknown): string[] {
    const replaced = map ? (entry as Pair).value : entry;
    if ((isMap(original) || isSeq(original)) && original.flow && (isMap(replaced) || isSeq(replaced)) && !replaced.range) {
      // A new list in place of a flow list is a flow list too.
      replaced.flow = true;
      try {
        return this.render(entry, map, column, prefix, width);
      } finally {
        replaced.flow = false;
      }
    }
    const doc = new Document();
    const node = map ? (entry as Pair) : entry;
    const value = map ? (node as Pair).value : node;
    const folded = isScalar(value) && value.type === Scalar.BLOCK_FOLDED;
    // Comments above an entry are part of the gap, not of the entry; a collection's trailing comment may be the next entry's.
    const restore: Array<() => void> = [];
    const clear = (target: unknown, keys: Array<'commentBefore' | 'spaceBefore' | 'comment'>) => {
      if (!isNode(target)) return;
      for (const key of keys) {
        const saved = target[key];
        restore.push(() => { (target as unknown as Record<string, unknown>)[key] = saved; });
        (target as unknown as Record<string, unknown>)[key] = undefined;
      }
    };
    if (map) {
      clear((node as Pair).key, ['commentBefore', 'spaceBefore']);
      if (isMap(value) || isSeq(value)) clear(value, ['comment']);
    } else {
      clear(node, isMap(node) || isSeq(node) ? ['commentBefore', 'spaceBefore', 'comment'] : ['commentBefore', 'spaceBefore']);
    }
    let text: string;
    try {
      if (map) {
        const holder = new YAMLMap();
        holder.items.push(node as Pair);
        doc.contents = holder as never;
      } else {
        const holder = new YAMLSeq();
        holder.items.push(asNode(node));
        doc.contents = holder as never;
      }
      const lineWidth = folded ? Math.max(40, (width ?? DEFAULT_WIDTH) - column) : this.options.stringify.lineWidth;
      text = doc.toString({ ...this.stringifyFor(), lineWidth });
    } finally {
      for (const undo of restore.reverse()) undo();
    }
    const lines = text.replace(/\r/g, '').replace(/\n$/, '').split('\n');
    const indent = ' '.repeat(column);
    return lines.map((line, k) => `${k === 0 ? prefix : line === '' ? '' : indent}${line}${this.text.eol}`);
  }
}

/** Where the content of a node ends in the text: a collection's range also takes in the comments after it. */
function contentEnd(value: unknown): number {
  if (isMap(value) && !value.flow && value.items.length > 0) return pairEnd(value.items[value.items.length - 1]);
  if (isSeq(value) && !value.flow && value.items.length > 0) return contentEnd(value.items[value.items.length - 1]);
  const range = isNode(value) ? value.range : undefined;
  return range && range[1] > range[0] ? range[1] : -1;
}

function pairEnd(pair: Pair): number {
  const key = isScalar(pair.key) && pair.key.range ? pair.key.range[1] : -1;
  return key === -1 ? -1 : Math.max(key, contentEnd(pair.value));
}

/** A collection's own notes and style, without its entries. */
function withoutItems(node: Collection): string {
  return JSON.stringify([isMap(node), node.flow ?? false, node.commentBefore ?? '', node.comment ?? '', !!node.spaceBefore, node.tag ?? '', node.anchor ?? '']);
}


function apply(text: Text, edits: Edit[]): string | undefined {
  // From the end backwards; at one line, a removal before an insertion so the insertion lands first.
  const sorted = [...edits].sort((p, q) => q.start - p.start || q.end - p.end);
  for (let k = 1; k < sorted.length; k++) {
    const later = sorted[k - 1];
    const earlier = sorted[k];
    if (earlier.end > later.start && !(earlier.start === earlier.end && earlier.start === later.start)) return undefined;
  }
  const lines = [...text.lines];
  for (const { start, end, lines: replacement } of sorted) lines.splice(start, end - start, ...replacement);
  return lines.join('');
}

/**
 * The text of `source` (no byte-order mark) after the edits made to `edited`, a Document
 * parsed from it; undefined when the change cannot be spliced and the caller must print.
 */
export function spliceEdited(source: string, edited: Document, options: SpliceOptions): string | undefined {
  const original = pristineOf(edited, source) ?? parseDocument(source, { keepSourceTokens: true, prettyErrors: false, uniqueKeys: false });
  if (original.errors.length > 0) return undefined;
  const a = original.contents;
  const b = edited.contents;
  if ((original.commentBefore ?? '') !== (edited.commentBefore ?? '') || (original.comment ?? '') !== (edited.comment ?? '')) return undefined;
  const alike = likeness();
  if (alike(a, b)) return source;
  if (!isBlock(a) || !isBlock(b) || !isMap(a) || !isMap(b)) return undefined;
  // A last line without a line end gets one while editing, and loses it again after.
  const open = !source.endsWith('\n');
  const eol = source.includes('\r\n') ? '\r\n' : '\n';
  const text = new Text(open ? source + eol : source);
  let result: string | undefined;
  try {
    result = apply(text, new Splicer(text, options, alike).collection(a, b));
  } catch {
    // Unspliceable, or a node the printer refuses on its own (an alias whose anchor is elsewhere): the caller prints.
    return undefined;
  }
  if (result === undefined) return undefined;
  if (open && result.endsWith(eol)) result = result.slice(0, -eol.length);
  // The spliced text must read back as exactly the edited data: by the quick reader where
  // the text is plain YAML (plain-yaml.ts, held to the yaml library's data), else parsed.
  const expected = JSON.stringify(edited.toJSON());
  const plain = plainRead(result);
  if (plain !== undefined) return JSON.stringify(plain.data) === expected ? result : undefined;
  const check = parseDocument(result, { prettyErrors: false, uniqueKeys: false });
  if (check.errors.length > 0 || JSON.stringify(check.toJSON()) !== expected) return undefined;
  return result;
}
