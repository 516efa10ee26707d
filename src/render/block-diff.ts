// Two renderings of a document (blocks.ts) as one, with what changed marked: the blocks
// of the older and the newer in order (jsdiff's diffArrays), a changed paragraph, heading
// or table row paired with its older self and compared word by word, a new one marked
// inserted and a removed one deleted. Unchanged blocks carry no mark. The Word writer
// turns the marks into tracked changes (w:ins, w:del).
import { diffArrays } from 'diff';
import { merge, plainText, sameMarks, type Block, type Change, type Inline, type Row } from './blocks.ts';

/** What identifies a block when the two renderings are laid side by side. */
function key(block: Block): string {
  switch (block.kind) {
    case 'heading': return `h${block.depth}:${plainText(block.inlines)}`;
    case 'paragraph': return `p${block.quote}.${block.indent}:${marked(block.inlines)}`;
    case 'item': return `i${block.ordered ? 'o' : 'u'}${block.level}.${block.quote}:${marked(block.inlines)}`;
    case 'code': return `c:${block.text}`;
    case 'rule': return 'r';
    case 'toc': return 't';
    case 'table': return `t${block.matrix ? 'm' : ''}:${[block.header, ...block.rows].map(rowKey).join('\n')}`;
  }
}

/** Words and their marks: a word set in bold where it was plain is a change too. */
function marked(list: readonly Inline[]): string {
  return list.map((i) => `${i.bold ? '*' : ''}${i.italic ? '_' : ''}${i.code ? '`' : ''}${i.href ? `[${i.href}]` : ''}${i.br ? '\n' : i.text}`).join('\u0001');
}

function rowKey(row: Row): string {
  return row.cells.map(marked).join('\u0002');
}

/** The kind of block another can be a changed version of. */
function shape(block: Block): string {
  switch (block.kind) {
    case 'heading': return `h${block.depth}`;
    case 'paragraph': return `p${block.quote}.${block.indent}`;
    case 'item': return `i${block.ordered ? 'o' : 'u'}${block.level}.${block.quote}`;
    case 'table': return `t${block.matrix ? 'm' : ''}${block.header.cells.length}`;
    default: return block.kind;
  }
}

function words(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
}

function blockText(block: Block): string {
  switch (block.kind) {
    case 'heading': case 'paragraph': case 'item': return plainText(block.inlines);
    case 'code': return block.text;
    case 'table': return [block.header, ...block.rows].map((r) => r.cells.map(plainText).join(' ')).join(' ');
    default: return '';
  }
}

/** Whether `b` reads as a changed version of `a`: the same kind of block, sharing at least half of the smaller one's words (a heading, a matrix or a table with the same header always does). */
function akin(a: Block, b: Block): boolean {
  if (shape(a) !== shape(b)) return false;
  if (a.kind === 'table' && b.kind === 'table') return a.matrix || rowKey(a.header) === rowKey(b.header) || similar(blockText(a), blockText(b));
  if (a.kind === 'heading') return true;
  return similar(blockText(a), blockText(b));
}

function similar(x: string, y: string): boolean {
  const a = words(x);
  const b = words(y);
  if (a.size === 0 || b.size === 0) return a.size === b.size;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / Math.min(a.size, b.size) >= 0.5;
}

/** The newer rendering with the older one's removed blocks and words in their places, marked. */
export function diffBlocks(before: readonly Block[], after: readonly Block[]): Block[] {
  return diffRuns(before, after, (a, b) => key(a) === key(b), akin, (old, now) => (old && now ? changed(old, now) : old ? [whole(old, 'del')] : [whole(now!, 'ins')]));
}

/**
 * The newer list with the older one's changes in place: items equal by `same` are the newer
 * ones as they are; each run of removed items and the run of added ones after it are
 * aligned by `alike` (pairs()) and given to `change`, an item removed or added alone too.
 */
function diffRuns<T>(olds: readonly T[], news: readonly T[], same: (a: T, b: T) => boolean, alike: (a: T, b: T) => boolean, change: (old: T | undefined, now: T | undefined) => T[]): T[] {
  const out: T[] = [];
  let o = 0;
  let n = 0;
  let removed: T[] = [];
  let added: T[] = [];
  const flush = (): void => {
    for (const [old, now] of pairs(removed, added, alike)) out.push(...change(old, now));
    removed = [];
    added = [];
  };
  for (const part of diffArrays(olds as T[], news as T[], { comparator: same })) {
    const count = part.value.length;
    if (part.removed) removed.push(...olds.slice(o, (o += count)));
    else if (part.added) added.push(...news.slice(n, (n += count)));
    else {
      flush();
      // Equal items: the newer ones (a list's number may differ, its words do not).
      out.push(...news.slice(n, (n += count)));
      o += count;
    }
  }
  flush();
  return out;
}

/**
 * Two runs aligned by `alike`, in order: [older, newer] for a pair, [older, undefined] for
 * one removed and [undefined, newer] for one added. Positions are counted here, not taken
 * from the diff's values (which hold one side's items only).
 */
function pairs<T>(olds: T[], news: T[], alike: (a: T, b: T) => boolean): [T | undefined, T | undefined][] {
  const out: [T | undefined, T | undefined][] = [];
  let o = 0;
  let n = 0;
  for (const part of diffArrays(olds, news, { comparator: alike })) {
    const count = part.value.length;
    if (part.removed) for (let k = 0; k < count; k++) out.push([olds[o++], undefined]);
    else if (part.added) for (let k = 0; k < count; k++) out.push([undefined, news[n++]]);
    else for (let k = 0; k < count; k++) out.push([olds[o++], news[n++]]);
  }
  return out;
}

/** A block inserted or deleted whole. */
function whole(block: Block, change: Change): Block {
  const mark = (list: Inline[]): Inline[] => list.map((i) => ({ ...i, change }));
  switch (block.kind) {
    case 'heading': case 'paragraph': case 'item': return { ...block, inlines: mark(block.inlines), change };
    case 'code': return { ...block, change };
    case 'table': return { ...block, header: { cells: block.header.cells.map(mark), change }, rows: block.rows.map((r) => ({ cells: r.cells.map(mark), change })) };
    default: return block;
  }
}

/** An older block and its newer version, as one block with the words that changed marked. */
function changed(before: Block, after: Block): Block[] {
  if ((before.kind === 'heading' || before.kind === 'paragraph' || before.kind === 'item') && after.kind === before.kind) {
    return [{ ...after, inlines: diffInlines(before.inlines, (after as typeof before).inlines) }];
  }
  if (before.kind === 'table' && after.kind === 'table') return [diffTable(before, after)];
  // A code block that changed: the older one deleted, the newer inserted.
  return key(before) === key(after) ? [after] : [whole(before, 'del'), whole(after, 'ins')];
}

function diffTable(before: Extract<Block, { kind: 'table' }>, after: Extract<Block, { kind: 'table' }>): Block {
  const header: Row = { cells: after.header.cells.map((cell, c) => diffInlines(before.header.cells[c] ?? [], cell)) };
  // A row of the older table and one of the newer that share most of their words are the
  // same row changed (a risk whose score moved); the rest were added or removed.
  const mark = (row: Row, change: Change): Row => ({ cells: row.cells.map((cell) => cell.map((x) => ({ ...x, change }))), change });
  const sameRow = (a: Row, b: Row): boolean => similar(a.cells.map(plainText).join(' '), b.cells.map(plainText).join(' '));
  const rows = diffRuns(before.rows, after.rows, (a, b) => rowKey(a) === rowKey(b), sameRow, (old, now) =>
    [old && now ? { cells: now.cells.map((cell, c) => diffInlines(old.cells[c] ?? [], cell)) } : old ? mark(old, 'del') : mark(now!, 'ins')]);
  return { ...after, header, rows };
}

interface Word { text: string; from: Inline }

/** Words and the spaces between them, each with the marks of its inline. */
function tokens(list: readonly Inline[]): Word[] {
  return list.flatMap((inline) => (inline.br ? [{ text: '\n', from: inline }] : (inline.text.match(/\s+|[\p{L}\p{N}_'’-]+|[^\s\p{L}\p{N}_'’-]/gu) ?? []).map((text) => ({ text, from: inline }))));
}

/** Two versions of a paragraph's inlines as one: removed words marked deleted, new ones inserted. */
export function diffInlines(before: readonly Inline[], after: readonly Inline[]): Inline[] {
  const a = tokens(before);
  const b = tokens(after);
  const parts = diffArrays(a, b, { comparator: (x, y) => x.text === y.text && sameMarks({ ...x.from, change: undefined }, { ...y.from, change: undefined }) });
  const out: Inline[] = [];
  const put = (word: Word, change?: Change): void => {
    out.push(word.text === '\n' ? { ...word.from, text: '', br: true, change } : { ...word.from, br: undefined, text: word.text, change });
  };
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    if (!part.added && !part.removed) {
      // A lone space between two changes reads better inside them: "old words" → "new words", not "old" → "new" twice.
      const between = i > 0 && i < parts.length - 1 && part.value.every((w) => /^\s+$/.test(w.text)) && (parts[i - 1].added || parts[i - 1].removed) && (parts[i + 1].added || parts[i + 1].removed);
      if (between) {
        for (const w of part.value) put(w, 'del');
        for (const w of part.value) put(w, 'ins');
      } else for (const w of part.value) put(w);
    } else for (const w of part.value) put(w, part.added ? 'ins' : 'del');
  }
  return merge(regroup(out));
}

/** Deletions before insertions within each run of changes, so a replaced phrase reads old, then new. */
function regroup(list: Inline[]): Inline[] {
  const out: Inline[] = [];
  let run: Inline[] = [];
  const flush = (): void => {
    out.push(...run.filter((x) => x.change === 'del'), ...run.filter((x) => x.change === 'ins'));
    run = [];
  };
  for (const item of list) {
    if (item.change) run.push(item);
    else {
      flush();
      out.push(item);
    }
  }
  flush();
  return out;
}

/**
 * Who made each change, when the older and the newer version have versions between them
 * (the commits that changed the file): `versions` are the renderings after the older one,
 * oldest first, the last the newer one. A block, or a table's row, is credited to the
 * version in which it took its final form: the first of the last run of versions that
 * hold it word for word. A block removed is credited to the version after the last that
 * held it. Its `by` (and its inlines' and rows') is that version's number, from 1.
 */
export function attribute(diffed: Block[], older: readonly Block[], versions: readonly (readonly Block[])[]): void {
  if (versions.length < 2) return;
  const sets = [older, ...versions].map(keysOf);
  const last = versions.length;
  /** The version in which `k` last appeared, from a run that lasts to the newest. */
  const arrived = (k: string): number => {
    let v = last;
    while (v > 1 && sets[v - 1].has(k)) v--;
    return v;
  };
  /** The version after the last one that held `k`. */
  const removed = (k: string): number => {
    let v = last;
    while (v > 1 && !sets[v - 1].has(k)) v--;
    return v;
  };
  const credit = (list: Inline[], by: number): void => {
    for (const inline of list) if (inline.change) inline.by = by;
  };
  for (const block of diffed) {
    if (block.kind === 'table') {
      for (const row of [block.header, ...block.rows]) {
        if (!row.change && !row.cells.some((cell) => cell.some((i) => i.change))) continue;
        const by = row.change === 'del' ? removed(tableRowKey(block, side(row, 'del'))) : arrived(tableRowKey(block, side(row, 'ins')));
        row.by = row.change ? by : undefined;
        for (const cell of row.cells) credit(cell, by);
      }
      continue;
    }
    if (block.kind === 'code') {
      if (block.change) block.by = block.change === 'del' ? removed(key(block)) : arrived(key(block));
      continue;
    }
    if (block.kind !== 'heading' && block.kind !== 'paragraph' && block.kind !== 'item') continue;
    if (!block.inlines.some((i) => i.change)) continue;
    const by = block.change === 'del'
      ? removed(key({ ...block, inlines: keep(block.inlines, 'del') }))
      : arrived(key({ ...block, inlines: keep(block.inlines, 'ins') }));
    block.by = block.change ? by : undefined;
    credit(block.inlines, by);
  }
}

/** A block's or row's words on one side of the diff: `ins` the newer's (deletions left out), `del` the older's. */
function keep(list: readonly Inline[], sideOf: Change): Inline[] {
  return merge(list.filter((i) => !i.change || i.change === sideOf).map((i) => ({ ...i, change: undefined, by: undefined })));
}

function side(row: Row, sideOf: Change): Row {
  return { cells: row.cells.map((cell) => keep(cell, sideOf)) };
}

function tableRowKey(table: Extract<Block, { kind: 'table' }>, row: Row): string {
  return `${table.matrix ? 'm' : ''}${table.header.cells.length}|${rowKey(row)}`;
}

/** Every block's key and every table row's, of one version. */
function keysOf(blocks: readonly Block[]): Set<string> {
  const keys = new Set<string>();
  for (const block of blocks) {
    if (block.kind === 'table') for (const row of [block.header, ...block.rows]) keys.add(tableRowKey(block, row));
    else keys.add(key(block));
  }
  return keys;
}
