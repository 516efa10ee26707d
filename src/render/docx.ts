// A document's blocks (blocks.ts) as a Word document, written with the docx library:
// Word's own heading styles (so the navigation pane and the table of contents field work),
// tables whose header rows repeat on every page, the risk matrix as a shaded table whose
// cells say their band and score in words, document properties, page numbers in the
// footer, and, for `dpia diff --format docx`, the changes as tracked changes (w:ins and
// w:del with author and date). The same blocks give the same bytes: the library's dates
// and random ids are replaced by fixed ones and the package is zipped again with fixed times.
import {
  AlignmentType, Bookmark, BorderStyle, Document, InternalHyperlink, LineRuleType, ExternalHyperlink, Footer, HeadingLevel, InsertedTextRun, DeletedTextRun, LevelFormat,
  Packer, PageNumber, Paragraph, ShadingType, Table, TableCell, TableOfContents, TableRow, TextRun, WidthType,
  type IRunOptions, type ParagraphChild,
} from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { riskBand, type RiskBand } from '../rules/facts.ts';
import { markdownAnchor } from './anchor.ts';
import { plainText, type Block, type Change, type Inline, type Row } from './blocks.ts';

export interface DocxProperties {
  title: string;
  subject: string;
  /** BCP 47, e.g. nb-NO. */
  language: string;
  /** The assessment's version, status and the like: custom document properties, in this order. */
  custom: { name: string; value: string }[];
  keywords?: string;
  description?: string;
  /** The date the content is of (YYYY-MM-DD): the package's created and modified dates. */
  date: string;
}

export interface DocxWords {
  /** "Page {page} of {pages}" split at the numbers: [before, between, after]. */
  page: [string, string, string];
  contents: string;
}

/** Who made the changes a diff marks, and when (ISO 8601). */
export interface Reviser { author: string; date: string }

export interface DocxInput {
  blocks: readonly Block[];
  properties: DocxProperties;
  words: DocxWords;
  /** Who made the changes: `reviser`, or for a change with `by` (block-diff.ts's attribute()), `revisers[by - 1]`. */
  reviser?: Reviser;
  revisers?: readonly Reviser[];
}

/** A tracked change's id, author and date (the docx library's IChangedAttributesProperties, which it does not export). */
interface IChangedAttributesProperties { id: number; author: string; date: string }

const FONT = 'Calibri';
const MONO = 'Consolas';
const INK = '1F2933';
const RULE = '9AA5B1';
const HEAD_FILL = 'E8EDF2';
const BAND_FILL: Record<RiskBand, string> = { low: 'E3F1E0', medium: 'FBE8B8', high: 'F6C9C3' };
// A4 with 2 cm margins: the width text and tables have, in twentieths of a point.
const PAGE = { width: 11906, height: 16838, margin: 1134 };
const TEXT_WIDTH = PAGE.width - 2 * PAGE.margin;
const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5, HeadingLevel.HEADING_6];
const FIXED_TIME = 'T00:00:00Z';

/** The Word document's bytes. */
export async function writeDocx(input: DocxInput): Promise<Uint8Array> {
  let revision = 0;
  const mark = (change: Change | undefined, by?: number): IChangedAttributesProperties | undefined => {
    const who = (by !== undefined ? input.revisers?.[by - 1] : undefined) ?? input.reviser;
    return change && who ? { id: ++revision, author: who.author, date: who.date } : undefined;
  };

  // Each heading's Markdown anchor (as the notice's links write it) → its bookmark, in the
  // order the headings come (a later heading with the same words keeps the first's).
  const anchors = new Map<string, string>();
  input.blocks.filter((b) => b.kind === 'heading').forEach((b, i) => {
    const anchor = markdownAnchor(plainText((b as Extract<Block, { kind: 'heading' }>).inlines.filter((x) => x.change !== 'del')));
    if (!anchors.has(anchor)) anchors.set(anchor, `_dpia${i + 1}`);
  });

  /** A run of text: plain, or inserted or deleted by whoever `by` names. */
  const textRun = (options: IRunOptions, change: Change | undefined, by?: number): TextRun | InsertedTextRun | DeletedTextRun => {
    const m = mark(change, by);
    if (!m) return new TextRun(options);
    return change === 'ins' ? new InsertedTextRun({ ...options, ...m }) : new DeletedTextRun({ ...options, ...m });
  };

  const runs = (list: readonly Inline[], extra: { bold?: boolean } = {}): ParagraphChild[] => {
    const out: ParagraphChild[] = [];
    for (const inline of list) {
      const style = {
        bold: inline.bold || extra.bold || undefined,
        italics: inline.italic || undefined,
        strike: inline.strike || undefined,
        font: inline.code ? MONO : undefined,
        style: inline.href ? 'Hyperlink' : undefined,
      };
      const run = textRun(inline.br ? { text: '', break: 1 } : { ...style, text: inline.text }, inline.change, inline.by);
      const internal = inline.href?.startsWith('#') ? anchors.get(decodeURIComponent(inline.href.slice(1)).replace(/^s-/, '')) : undefined;
      out.push(inline.href && /^(https?:|mailto:)/i.test(inline.href)
        ? new ExternalHyperlink({ link: inline.href, children: [run] })
        : internal ? new InternalHyperlink({ anchor: internal, children: [run] }) : run);
    }
    return out;
  };

  /** A paragraph inserted or deleted whole has its paragraph mark tracked too, so rejecting the change leaves no empty line. */
  const paragraphMark = (change: Change | undefined, by?: number) => {
    const m = mark(change, by);
    return m ? { run: change === 'ins' ? { insertion: m } : { deletion: m } } : {};
  };

  const children: (Paragraph | Table | TableOfContents)[] = [];
  let heading = 0;
  for (const block of input.blocks) {
    switch (block.kind) {
      case 'heading': {
        // A bookmark the document's own links ("[the full section](#…)") lead to.
        const name = `_dpia${++heading}`;
        children.push(new Paragraph({ heading: HEADINGS[Math.min(block.depth, 6) - 1], children: [new Bookmark({ id: name, children: runs(block.inlines) })], keepNext: true, ...paragraphMark(block.change, block.by) }));
        break;
      }
      case 'paragraph':
        children.push(new Paragraph({
          children: runs(block.inlines),
          ...(block.quote > 0 ? { style: 'Quote' } : {}),
          ...(block.indent > 0 ? { indent: { left: 360 * block.indent + 360 } } : {}),
          ...paragraphMark(block.change, block.by),
        }));
        break;
      case 'item':
        children.push(new Paragraph({
          children: runs(block.inlines),
          ...(block.ordered
            ? { numbering: { reference: `ordered-${block.start}`, level: Math.min(block.level, 8), instance: block.list } }
            : { numbering: { reference: 'bullets', level: Math.min(block.level, 8) } }),
          ...paragraphMark(block.change, block.by),
        }));
        break;
      case 'code':
        for (const line of block.text.split('\n')) {
          children.push(new Paragraph({ style: 'Code', children: [textRun({ text: line, font: MONO }, block.change, block.by)], ...paragraphMark(block.change, block.by) }));
        }
        break;
      case 'rule':
        children.push(new Paragraph({ border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: RULE, space: 1 } }, children: [] }));
        break;
      case 'toc':
        children.push(new Paragraph({ style: 'TOCHeading', children: [new TextRun(input.words.contents)] }));
        children.push(new TableOfContents(input.words.contents, { hyperlink: true, headingStyleRange: '2-2' }));
        break;
      case 'table':
        children.push(table(block, runs, mark));
        // Word joins two tables in a row into one: a paragraph keeps them apart.
        children.push(new Paragraph({ children: [], spacing: { after: 0 } }));
        break;
    }
  }

  const doc = new Document({
    title: input.properties.title,
    subject: input.properties.subject,
    creator: 'dpia',
    lastModifiedBy: input.reviser?.author ?? 'dpia',
    keywords: input.properties.keywords,
    description: input.properties.description,
    revision: 1,
    customProperties: input.properties.custom,
    features: { updateFields: false },
    styles: styles(input.properties.language),
    numbering: numbering(input.blocks),
    sections: [{
      properties: { page: { size: { width: PAGE.width, height: PAGE.height }, margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin } } },
      footers: {
        default: new Footer({
          children: [new Paragraph({
            alignment: AlignmentType.CENTER,
            style: 'Footer',
            children: [
              new TextRun({ children: [input.words.page[0], PageNumber.CURRENT, input.words.page[1], PageNumber.TOTAL_PAGES, input.words.page[2]] }),
            ],
          })],
        }),
      },
      children,
    }],
  });
  return fixPackage(await Packer.toBuffer(doc), input.properties.date);
}

type Runs = (list: readonly Inline[], extra?: { bold?: boolean }) => ParagraphChild[];
type Mark = (change: Change | undefined, by?: number) => IChangedAttributesProperties | undefined;

function table(block: Extract<Block, { kind: 'table' }>, runs: Runs, mark: Mark): Table {
  const columns = block.header.cells.length;
  const widths = columnWidths(block, columns);
  const border = { style: BorderStyle.SINGLE, size: 4, color: RULE };
  const borders = { top: border, bottom: border, left: border, right: border };
  const cell = (content: Inline[], c: number, header: boolean, fill?: string): TableCell => new TableCell({
    width: { size: widths[c], type: WidthType.DXA },
    borders,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    ...(fill ? { shading: { type: ShadingType.CLEAR, fill, color: 'auto' } } : {}),
    children: [new Paragraph({
      style: 'TableText',
      alignment: block.align[c] === 'right' ? AlignmentType.RIGHT : block.align[c] === 'center' ? AlignmentType.CENTER : undefined,
      children: runs(content, { bold: header || (block.matrix && c === 0) }),
    })],
  });
  const rowOptions = (row: Row) => {
    const m = mark(row.change, row.by);
    return m ? (row.change === 'ins' ? { insertion: m } : { deletion: m }) : {};
  };
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: block.header.cells.map((content, c) => cell(content, c, true, HEAD_FILL)),
    ...rowOptions(block.header),
  });
  const rows = block.rows.map((row, r) => new TableRow({
    cantSplit: true,
    children: Array.from({ length: columns }, (_, c) => {
      // The risk matrix: severity 4 → 1 down, likelihood 1 → 4 across; each cell shaded by
      // its band, whose name and score its text says (colour is never the only signal).
      const fill = block.matrix && c > 0 ? BAND_FILL[riskBand(c, 4 - r)] : block.matrix ? HEAD_FILL : undefined;
      return cell(row.cells[c] ?? [], c, false, fill);
    }),
    ...rowOptions(row),
  }));
  return new Table({ width: { size: TEXT_WIDTH, type: WidthType.DXA }, columnWidths: widths, rows: [header, ...rows] });
}

/** Columns as wide as their words need, within the text width: long answers get room, short codes do not take it. */
function columnWidths(block: Extract<Block, { kind: 'table' }>, columns: number): number[] {
  if (block.matrix) {
    const first = Math.round(TEXT_WIDTH * 0.2);
    return [first, ...Array.from({ length: columns - 1 }, () => Math.floor((TEXT_WIDTH - first) / (columns - 1)))];
  }
  // Some 115 twentieths of a point a character at the table's 9.5 pt (Calibri, or the
  // wider font a reader without it uses). A column is at least as wide as its longest word
  // (Word breaks a line after a hyphen, so an id's parts count apart), up to a quarter of
  // the width; the rest is shared by how much text each column has.
  const CHAR = 115;
  const texts = (c: number) => [block.header, ...block.rows].map((row) => (row.cells[c] ?? []).map((i) => i.text).join(''));
  const floor = Array.from({ length: columns }, (_, c) => Math.min(Math.max(...texts(c).flatMap((t) => t.split(/[\s\-/]+/).map((w) => w.length)), 3) * CHAR + 260, Math.floor(TEXT_WIDTH / 4)));
  const need = Array.from({ length: columns }, (_, c) => Math.min(Math.max(...texts(c).map((t) => t.length), 4), 60));
  const total = need.reduce((a, b) => a + b, 0);
  let widths = need.map((n, c) => Math.max(Math.floor((TEXT_WIDTH * n) / total), floor[c]));
  const sum = (list: number[]) => list.reduce((a, b) => a + b, 0);
  if (sum(widths) > TEXT_WIDTH) {
    const room = TEXT_WIDTH - sum(floor);
    const excess = widths.map((w, c) => w - floor[c]);
    widths = room > 0
      ? floor.map((f, c) => f + Math.floor((excess[c] * room) / sum(excess)))
      : floor.map((f) => Math.floor((f * TEXT_WIDTH) / sum(floor)));
  }
  return widths;
}

function styles(language: string) {
  return {
    default: {
      document: { run: { font: FONT, size: 21, color: INK, language: { value: language } }, paragraph: { spacing: { after: 120, line: 264, lineRule: LineRuleType.AUTO } } },
      heading1: { run: { font: FONT, size: 36, bold: true, color: '102A43' }, paragraph: { spacing: { before: 0, after: 240 }, keepNext: true } },
      heading2: { run: { font: FONT, size: 28, bold: true, color: '102A43' }, paragraph: { spacing: { before: 360, after: 120 }, keepNext: true } },
      heading3: { run: { font: FONT, size: 24, bold: true, color: '243B53' }, paragraph: { spacing: { before: 240, after: 80 }, keepNext: true } },
      heading4: { run: { font: FONT, size: 22, bold: true, color: '243B53' }, paragraph: { spacing: { before: 200, after: 60 }, keepNext: true } },
      heading5: { run: { font: FONT, size: 21, bold: true, italics: true }, paragraph: { keepNext: true } },
      heading6: { run: { font: FONT, size: 21, italics: true }, paragraph: { keepNext: true } },
      hyperlink: { run: { color: '0B5CAD', underline: {} } },
    },
    paragraphStyles: [
      { id: 'Quote', name: 'Quote', basedOn: 'Normal', next: 'Normal', quickFormat: true, run: { italics: true, color: '52606D' }, paragraph: { indent: { left: 567 }, border: { left: { style: BorderStyle.SINGLE, size: 12, color: RULE, space: 8 } } } },
      { id: 'Code', name: 'Code', basedOn: 'Normal', run: { font: MONO, size: 18 }, paragraph: { spacing: { after: 0 }, indent: { left: 284 } } },
      { id: 'TableText', name: 'Table Text', basedOn: 'Normal', run: { size: 19 }, paragraph: { spacing: { after: 0, line: 240 } } },
      { id: 'TOCHeading', name: 'TOC Heading', basedOn: 'Normal', next: 'Normal', run: { size: 28, bold: true, color: '102A43' }, paragraph: { spacing: { before: 240, after: 120 } } },
      { id: 'Footer', name: 'footer', basedOn: 'Normal', run: { size: 18, color: '52606D' }, paragraph: { spacing: { after: 0 } } },
    ],
  };
}

/** Bullets, and one numbering per start number an ordered list uses (each list an instance of it, so it starts again). */
function numbering(blocks: readonly Block[]) {
  const starts = [...new Set(blocks.flatMap((b) => (b.kind === 'item' && b.ordered ? [b.start] : [])))].sort((a, b) => a - b);
  const levels = (format: 'bullet' | 'decimal', start = 1) => Array.from({ length: 9 }, (_, level) => ({
    level,
    format: format === 'bullet' ? LevelFormat.BULLET : LevelFormat.DECIMAL,
    text: format === 'bullet' ? ['•', '◦', '▪'][level % 3] : `%${level + 1}.`,
    start: level === 0 ? start : 1,
    alignment: AlignmentType.LEFT,
    style: { paragraph: { indent: { left: 360 * (level + 1) + 360, hanging: 360 } } },
  }));
  return {
    config: [
      { reference: 'bullets', levels: levels('bullet') },
      ...starts.map((start) => ({ reference: `ordered-${start}`, levels: levels('decimal', start) })),
    ],
  };
}

/**
 * The package made reproducible: the created and modified dates are the content's date,
 * the library's random relationship ids become numbered ones in the order they appear, and
 * every file is zipped again in the same order with the same fixed time.
 */
function fixPackage(bytes: Uint8Array, date: string): Uint8Array {
  const files = unzipSync(bytes);
  const names = Object.keys(files).sort(packageOrder);
  const stamp = `${date}${FIXED_TIME}`;
  const texts = new Map(names.map((name) => [name, strFromU8(files[name])]));
  // nanoid ids: 21 characters of [a-z0-9_-], lower-cased by the library.
  const random = /rId([a-z0-9_-]{21})(?=")/g;
  const ids = new Map<string, string>();
  for (const name of names) {
    for (const match of texts.get(name)!.matchAll(random)) if (!ids.has(match[1])) ids.set(match[1], `rIdL${ids.size + 1}`);
  }
  const out: Zippable = {};
  const mtime = new Date(`${date}T12:00:00Z`);
  for (const name of names) {
    let text = texts.get(name)!;
    if (/\.(xml|rels)$/.test(name)) {
      text = text.replace(random, (_, id: string) => ids.get(id)!);
      if (name === 'docProps/core.xml') text = text.replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:)/g, `$1${stamp}$2`);
      // The library counts bookmarks (the table of contents' _Toc anchors) across every
      // document of a process: numbered again from 1 in the order they appear.
      if (name === 'word/document.xml') text = renumber(renumber(text, /(?<=_Toc)\d+/g), /(?<=<w:bookmark(?:Start|End)\b[^>]*\bw:id=")\d+/g);
      out[name] = [strToU8(text), { mtime, level: 6 }];
    } else out[name] = [files[name], { mtime, level: 6 }];
  }
  return zipSync(out, { mtime });
}

/** Each number `pattern` finds replaced by its rank among the distinct ones, in order of first appearance. */
function renumber(text: string, pattern: RegExp): string {
  const seen = new Map<string, number>();
  return text.replace(pattern, (n) => {
    if (!seen.has(n)) seen.set(n, seen.size + 1);
    return String(seen.get(n));
  });
}

/** [Content_Types].xml first, as Word and the standard expect; the rest by name. */
function packageOrder(a: string, b: string): number {
  const rank = (name: string): number => (name === '[Content_Types].xml' ? 0 : name === '_rels/.rels' ? 1 : 2);
  return rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0);
}
