// An edit touches only its own lines (issue 11, point 3): on every example and for every
// list section, removing, adding, editing and reordering items through the save path of
// `dpia edit` (setIn/deleteIn on the parsed Document, then renderEdited) changes no line
// outside that section, and inside it only the lines of the items concerned. Also on the
// same files with CRLF line ends and a byte-order mark (two sections of each: see variants()).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { isMap, isScalar, isSeq, parseDocument, type Document, type YAMLMap, type YAMLSeq } from 'yaml';
import { parseAssessment } from '../../src/model/parse.ts';
import { renderEdited } from '../../src/model/save-edited.ts';
import { spliceEdited } from '../../src/model/splice.ts';
import { editableDocument } from '../../src/model/update.ts';
import { deleteIn, getIn, setIn, stringifyOptions } from '../../src/model/write.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const EXAMPLES = ['lead-scoring', 'kundeservice-chatbot', 'personlige-tilbud', 'churn-prediction'].map((name) => join(ROOT, 'examples', name, `${name}.dpia.yaml`));
const SECTIONS = ['purposes', 'dataSubjects', 'dataCategories', 'recipients', 'security.measures', 'risks', 'fairness.tests'];

type Path = Array<string | number>;

/** Lines of the original that were removed, and the places (original line index) where lines were inserted. */
function lineChanges(before: string[], after: string[]): { removed: number[]; insertedAt: number[] } {
  let head = 0;
  while (head < before.length && head < after.length && before[head] === after[head]) head++;
  let tail = 0;
  while (tail < before.length - head && tail < after.length - head && before[before.length - 1 - tail] === after[after.length - 1 - tail]) tail++;
  const a = before.slice(head, before.length - tail);
  const b = after.slice(head, after.length - tail);
  const width = b.length + 1;
  const table = new Uint32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) table[i * width + j] = a[i] === b[j] ? table[(i + 1) * width + j + 1] + 1 : Math.max(table[(i + 1) * width + j], table[i * width + j + 1]);
  }
  const removed: number[] = [];
  const insertedAt: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      i++;
      j++;
    } else if (j >= b.length || (i < a.length && table[(i + 1) * width + j] >= table[i * width + j + 1])) {
      removed.push(head + i++);
    } else {
      insertedAt.push(head + i);
      j++;
    }
  }
  return { removed, insertedAt };
}

/** Line index of an offset. */
const lineAt = (text: string, offset: number) => text.slice(0, offset).split('\n').length - 1;

interface Extent {
  /** Lines [start, end) of the section: from its key to the next key of its map, less the blank lines and comments above that key. */
  section: [number, number];
  /** The first of the blank lines and comments right above the section's key (they go with it when it goes). */
  lead: number;
  /** The next key of the map (or the map's end). */
  tail: number;
  /** Per item: lines [start, end) from its `-` to the next item or the section's end. */
  items: Array<[number, number]>;
}

const extents = new Map<string, Extent>();

/** Where a list section and its items are in the text, found independently of splice.ts (once per text and path). */
function extent(text: string, path: Path): Extent {
  const key = `${path.join('.')}\u0000${text}`;
  let found = extents.get(key);
  if (!found) extents.set(key, (found = findExtent(text, path)));
  return found;
}

function findExtent(text: string, path: Path): Extent {
  const doc = parseDocument(text);
  const parent = path.length > 1 ? doc.getIn(path.slice(0, -1), true) as YAMLMap : doc.contents as YAMLMap;
  const at = parent.items.findIndex((p) => isScalar(p.key) && p.key.value === path[path.length - 1]);
  const pair = parent.items[at];
  const start = lineAt(text, (pair.key as { range: number[] }).range[0]);
  const lines = text.split('\n');
  const column = lines[start].length - lines[start].trimStart().length;
  // Blank lines, and comments not indented into the section, are the gap above the next key.
  const gap = (line: number) => lines[line].trim() === '' || (lines[line].trimStart().startsWith('#') && lines[line].length - lines[line].trimStart().length <= column);
  const next = parent.items[at + 1];
  const tail = next ? lineAt(text, (next.key as { range: number[] }).range[0]) : lineAt(text, (parent.range as number[])[1] - 1) + 1;
  let end = tail;
  while (end > start && gap(end - 1)) end--;
  let lead = start;
  while (lead > 0 && gap(lead - 1)) lead--;
  const seq = pair.value as YAMLSeq;
  // An item starts at the comment lines right above it, indented as its dash: YAML gives
  // them to the item (its commentBefore), and an edit moves or removes them with it.
  const heads = seq.items.map((item, i) => {
    let head = lineAt(text, (item as { range: number[] }).range[0]);
    const dash = lines[head].length - lines[head].trimStart().length;
    while (i > 0 && lines[head - 1].trimStart().startsWith('#') && lines[head - 1].length - lines[head - 1].trimStart().length === dash) head--;
    return head;
  });
  const items = heads.map((h, i): [number, number] => [h, i + 1 < heads.length ? heads[i + 1] : end]);
  return { section: [start, end], lead, tail, items };
}

const eolOf = (text: string) => (text.includes('\r\n') ? '\r\n' : '\n');

const opened = new Map<string, { doc: Document; original: string }>();

/**
 * Opens the text as every command does (editableDocument: byte-order mark removed, edited
 * with LF line ends): parsed once per text, each edit on a copy of the document.
 */
function open(text: string): { doc: Document; original: string } {
  let found = opened.get(text);
  if (!found) opened.set(text, (found = { doc: editableDocument(text), original: parseAssessment(text, 'test.dpia.yaml').text }));
  return { doc: found.doc.clone(), original: found.original };
}

/**
 * Applies `change` through the save path and checks that nothing outside the lines
 * [from, to) changed; every byte before the section and after it is identical.
 */
function check(text: string, path: Path, change: (doc: Document) => void, allowed: (e: Extent) => [number, number], label: string): string {
  const { doc, original } = open(text);
  change(doc);
  const saved = renderEdited(text, doc);
  const bom = text.startsWith('\ufeff') ? '\ufeff' : '';
  assert.ok(saved.startsWith(bom), `${label}: byte-order mark kept`);
  const eol = eolOf(text);
  const body = saved.slice(bom.length);
  if (eol === '\r\n') assert.doesNotMatch(body.replace(/\r\n/g, ''), /[\r\n]/, `${label}: only CRLF line ends`);
  // It reads back as the edited data (read as check reads it: js-yaml where the file is
  // plain, another parser than the one that wrote it), and through the splice, not the
  // printer's fallback.
  assert.deepEqual(parseAssessment(body, `${label}.dpia.yaml`).data, doc.toJSON(), `${label}: data`);
  const lf = original.replace(/\r\n/g, '\n');
  // (The CRLF variant splices the same LF text with the same edit: asked once, in the LF variant.)
  if (lf === text) assert.ok(spliceEdited(lf, doc, { stringify: stringifyOptions(lf) }) !== undefined, `${label}: spliced`);
  const e = extent(lf, path);
  const [from, to] = allowed(e);
  const before = lf.split('\n');
  const after = body.replace(/\r\n/g, '\n').split('\n');
  // Every line outside the section, byte for byte (a section removed whole takes the blank line above it).
  const top = Math.min(from, e.section[0]);
  assert.deepEqual(after.slice(0, top), before.slice(0, top), `${label}: lines above the section`);
  const below = before.length - e.section[1];
  assert.deepEqual(after.slice(after.length - below), before.slice(before.length - below), `${label}: lines below the section`);
  const { removed, insertedAt } = lineChanges(before, after);
  assert.ok(removed.length + insertedAt.length > 0, `${label}: something changed`);
  const outside = [...removed.filter((l) => l < from || l >= to), ...insertedAt.filter((l) => l < from || l > to)];
  assert.deepEqual(outside, [], `${label}: changed lines outside ${from + 1}-${to} (lines ${[...removed, ...insertedAt].map((l) => l + 1).join(', ')})\n${body}`);
  return body;
}

/** A string field of the item to edit: a folded paragraph if it has one. */
function fieldToEdit(doc: Document, path: Path): string {
  const item = doc.getIn(path, true) as YAMLMap;
  const strings = item.items.filter((p) => isScalar(p.value) && typeof p.value.value === 'string' && isScalar(p.key) && p.key.value !== 'id');
  const folded = strings.find((p) => isScalar(p.value) && p.value.type === 'BLOCK_FOLDED');
  return String(((folded ?? strings[0]).key as { value: unknown }).value);
}

/**
 * The file as written, and for two sections also with CRLF line ends and a byte-order mark.
 * renderEdited splices the LF form of a CRLF file and puts the line ends back, the same
 * for every edit, and the LF variant holds every edit to the splice (check() asks): the
 * CRLF variant of every section of every example would run the same path again.
 */
function variants(text: string, section: string): Array<[string, string]> {
  const lf: [string, string] = ['LF', text];
  return CRLF_SECTIONS.has(section) ? [lf, ['CRLF and byte-order mark', `\ufeff${text.replace(/\n/g, '\r\n')}`]] : [lf];
}
const CRLF_SECTIONS = new Set(['purposes', 'risks']);

describe('an edit touches only its own lines', () => {
  for (const file of EXAMPLES) {
    const name = file.split('/').pop()!;
    const text = readFileSync(file, 'utf8');
    const data = parseDocument(text).toJS() as Record<string, unknown>;
    for (const dotted of SECTIONS) {
      const list: Path = dotted.split('.');
      const items = list.reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key as string], data) as unknown[] | undefined;
      if (!Array.isArray(items) || items.length === 0) continue;
      const n = items.length;
      for (const [kind, input] of variants(text, dotted)) {
        const label = (what: string) => `${name} ${dotted} (${kind}): ${what}`;

        it(`${name}: ${dotted}, ${kind}: removing each item changes only that item's lines`, () => {
          for (let i = 0; i < n; i++) {
            check(input, list, (doc) => {
              deleteIn(doc, [...list, i]);
              // As the interview does: an emptied list goes.
              if ((getIn(doc, list) as unknown[]).length === 0) deleteIn(doc, list);
            }, (e) => (n === 1 ? [e.lead, e.tail] : e.items[i]), label(`remove ${i + 1}`));
          }
        });

        it(`${name}: ${dotted}, ${kind}: adding an item changes only lines after the last one`, () => {
          const saved = check(input, list, (doc) => {
            // As the interview does: one answer at a time, id first.
            setIn(doc, [...list, n, 'id'], 'added-item');
            setIn(doc, [...list, n, 'name'], 'An added item');
            setIn(doc, [...list, n, 'description'], 'Added through the same save path as dpia edit.');
          }, (e) => [e.items[n - 1][1], e.items[n - 1][1]], label('add'));
          assert.match(saved, /- id: added-item\r?\n +name: An added item\r?\n +description: Added through the same save path as dpia edit\.\r?\n/);
        });

        it(`${name}: ${dotted}, ${kind}: editing a field of an item changes only that field's lines`, () => {
          const i = Math.min(1, n - 1);
          const { doc } = open(input);
          const field = fieldToEdit(doc, [...list, i]);
          const lf = input.replace(/^\ufeff/, '').replace(/\r\n/g, '\n');
          const item = parseDocument(lf).getIn([...list, i], true) as YAMLMap;
          const key = item.items.find((p) => isScalar(p.key) && p.key.value === field)!.key as { range: number[] };
          // From the field's key to the next item: the field's lines and nothing before them.
          check(input, list, (d) => setIn(d, [...list, i, field], `${String(getIn(d, [...list, i, field]))} Edited.`), (e) => [lineAt(lf, key.range[0]), e.items[i][1]], label(`edit ${field} of item ${i + 1}`));
        });

        if (n >= 2) {
          it(`${name}: ${dotted}, ${kind}: reordering two items changes only their lines`, () => {
            const saved = check(input, list, (doc) => {
              const seq = doc.getIn(list, true) as YAMLSeq;
              [seq.items[0], seq.items[1]] = [seq.items[1], seq.items[0]];
            }, (e) => [e.items[0][0], e.items[1][1]], label('swap 1 and 2'));
            // The moved item keeps its own text, folded paragraphs and all.
            const lf = input.replace(/^\ufeff/, '').replace(/\r\n/g, '\n');
            const e = extent(lf, list);
            const second = lf.split('\n').slice(e.items[1][0], e.items[1][1]).join('\n').trimEnd();
            assert.ok(saved.replace(/\r\n/g, '\n').includes(second), label('the moved item is as written'));
          });
        }
      }
    }
  }
});

describe('splicing keeps what it does not own', () => {
  const TEXT = [
    '# head comment',
    'schemaVersion: 1',
    'id: x   # id comment',
    "version: '1.0'",
    'x-team: payments',
    'purposes:',
    '  # the first purpose',
    '  - id: a',
    '    name: "A"',
    '    description: >-',
    '      A folded',
    '      paragraph.',
    '    kinds: [profiling, direct-marketing]',
    '    # a note at the end of a',
    '',
    '  - id: b',
    '    name: B',
    '    description: |',
    '      literal',
    '      text',
    '',
    '  - id: c',
    '    name: C',
    'risks: []',
    '',
  ].join('\n');

  it('removing the middle item removes its lines and the blank line above it', () => {
    const { doc } = open(TEXT);
    deleteIn(doc, ['purposes', 1]);
    assert.equal(renderEdited(TEXT, doc), TEXT.replace('\n  - id: b\n    name: B\n    description: |\n      literal\n      text\n', ''));
  });

  it('an added item gets the blank line the others have', () => {
    const { doc } = open(TEXT);
    setIn(doc, ['purposes', 3, 'id'], 'd');
    assert.equal(renderEdited(TEXT, doc), TEXT.replace('    name: C\n', '    name: C\n\n  - id: d\n'));
  });

  it('a changed scalar keeps its quotes and its comment', () => {
    const { doc } = open(TEXT);
    setIn(doc, ['id'], 'y');
    setIn(doc, ['version'], '1.1');
    setIn(doc, ['purposes', 0, 'name'], 'A2');
    assert.equal(renderEdited(TEXT, doc), TEXT.replace('id: x ', 'id: y ').replace("'1.0'", "'1.1'").replace('"A"', '"A2"'));
  });

  it('a changed flow list stays a flow list on its line', () => {
    const { doc } = open(TEXT);
    setIn(doc, ['purposes', 0, 'kinds'], ['profiling']);
    assert.equal(renderEdited(TEXT, doc), TEXT.replace('[profiling, direct-marketing]', '[profiling]'));
  });

  it('a changed folded paragraph is folded again; the comment after it stays', () => {
    const { doc } = open(TEXT);
    setIn(doc, ['purposes', 0, 'description'], 'A folded paragraph that is now much longer than it was, long enough to be folded over two lines.');
    const saved = renderEdited(TEXT, doc);
    const paragraph = /description: >-\n((?: {6}.*\n)+) {4}kinds:/.exec(saved)?.[1].split('\n').filter(Boolean) ?? [];
    assert.ok(paragraph.length >= 2 && paragraph.every((line) => line.length <= 80), saved);
    assert.equal(saved.replace(/ {4}description: >-\n(?: {6}.*\n)+/, ''), TEXT.replace(/ {4}description: >-\n(?: {6}.*\n)+/, ''));
  });

  it('a new top-level section goes to its place with a blank line, the rest untouched', () => {
    const { doc } = open(TEXT);
    setIn(doc, ['status'], 'draft');
    const saved = renderEdited(TEXT, doc);
    assert.deepEqual(lineChanges(TEXT.split('\n'), saved.split('\n')).removed, []);
    assert.equal(saved.split('\n').length - TEXT.split('\n').length, 1);
  });

  it('moving a key of a map keeps its lines', () => {
    const { doc } = open(TEXT);
    const item = doc.getIn(['purposes', 2], true) as YAMLMap;
    item.items.reverse();
    assert.equal(renderEdited(TEXT, doc), TEXT.replace('  - id: c\n    name: C\n', '  - name: C\n    id: c\n'));
  });

  it('removing the first key of a list item prints that item only', () => {
    const { doc } = open(TEXT);
    deleteIn(doc, ['purposes', 2, 'id']);
    assert.equal(renderEdited(TEXT, doc), TEXT.replace('  - id: c\n    name: C\n', '  - name: C\n'));
  });

  it('a file without a last line end keeps it so', () => {
    const text = 'schemaVersion: 1\nlist:\n  - a\n  - b';
    const doc = parseDocument(text);
    (doc.getIn(['list'], true) as YAMLSeq).items.push(doc.createNode('c'));
    assert.equal(renderEdited(text, doc), 'schemaVersion: 1\nlist:\n  - a\n  - b\n  - c');
    assert.ok(isSeq(doc.get('list', true)) && isMap(doc.contents));
  });
});
