// A rendered document's Markdown as a flat list of blocks (headings, paragraphs, list
// items, tables) with their inline formatting: what the Word writer (docx.ts) lays out
// and what the tracked-changes diff (block-diff.ts) compares. Marked's lexer reads the
// Markdown, so the document says in Word exactly what it says in Markdown and HTML.
import { decodeHTML } from 'entities';
import { Lexer, type Token, type Tokens } from 'marked';
import { DOCX_MATRIX_MARK, DOCX_TOC_MARK } from './docx-marks.ts';

export type Change = 'ins' | 'del';

export interface Inline {
  text: string;
  bold?: boolean;
  italic?: boolean;
  code?: boolean;
  strike?: boolean;
  href?: string;
  /** A line break inside the paragraph (text is ''). */
  br?: boolean;
  change?: Change;
  /** Which of the diff's later versions made the change (1 = the first after the older one): block-diff.ts's attribute(). */
  by?: number;
}

export interface Row {
  cells: Inline[][];
  change?: Change;
  by?: number;
}

export type Block =
  | { kind: 'heading'; depth: number; inlines: Inline[]; change?: Change; by?: number }
  /** `indent`: a further paragraph of a list item, at the item's level + 1. */
  | { kind: 'paragraph'; inlines: Inline[]; quote: number; indent: number; change?: Change; by?: number }
  /** A list item's first paragraph; `list` numbers the lists of the document, so each ordered list starts again at `start`. */
  | { kind: 'item'; ordered: boolean; start: number; level: number; list: number; inlines: Inline[]; quote: number; change?: Change; by?: number }
  | { kind: 'code'; text: string; change?: Change; by?: number }
  | { kind: 'rule' }
  /** `matrix`: the risk matrix (rows severity 4 → 1, columns likelihood 1 → 4 after the heading column). */
  | { kind: 'table'; align: ('left' | 'right' | 'center' | null)[]; header: Row; rows: Row[]; matrix: boolean }
  | { kind: 'toc' };


interface Marks { bold?: boolean; italic?: boolean; code?: boolean; strike?: boolean; href?: string }

function inlines(tokens: readonly Token[] | undefined, marks: Marks = {}): Inline[] {
  const out: Inline[] = [];
  for (const token of tokens ?? []) {
    switch (token.type) {
      case 'strong': out.push(...inlines((token as Tokens.Strong).tokens, { ...marks, bold: true })); break;
      case 'em': out.push(...inlines((token as Tokens.Em).tokens, { ...marks, italic: true })); break;
      case 'del': out.push(...inlines((token as Tokens.Del).tokens, { ...marks, strike: true })); break;
      case 'link': out.push(...inlines((token as Tokens.Link).tokens, { ...marks, href: (token as Tokens.Link).href })); break;
      case 'codespan': out.push({ ...marks, code: true, text: decodeHTML((token as Tokens.Codespan).text) }); break;
      case 'br': out.push({ ...marks, text: '', br: true }); break;
      case 'escape': out.push({ ...marks, text: (token as Tokens.Escape).text }); break;
      case 'text': {
        const t = token as Tokens.Text;
        if (t.tokens && t.tokens.length > 0) out.push(...inlines(t.tokens, marks));
        else out.push({ ...marks, text: decodeHTML(t.text) });
        break;
      }
      // Inline HTML comes only from a template (answers are escaped): its words, without tags.
      case 'html': {
        const text = decodeHTML((token as Tokens.HTML).text.replace(/<[^>]*>/g, ''));
        if (text !== '') out.push({ ...marks, text });
        break;
      }
      default: {
        const raw = (token as { text?: string }).text ?? token.raw;
        out.push({ ...marks, text: decodeHTML(raw) });
      }
    }
  }
  return merge(out);
}

/** Neighbours with the same marks become one inline; empty ones go. */
export function merge(list: Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const item of list) {
    if (item.text === '' && !item.br) continue;
    const last = out.at(-1);
    if (last && !last.br && !item.br && sameMarks(last, item)) last.text += item.text;
    else out.push({ ...item });
  }
  return out;
}

export function sameMarks(a: Inline, b: Inline): boolean {
  return a.bold === b.bold && a.italic === b.italic && a.code === b.code && a.strike === b.strike && a.href === b.href && a.change === b.change && a.by === b.by;
}

/** The document's blocks, in reading order. */
export function markdownBlocks(markdown: string): Block[] {
  const blocks: Block[] = [];
  let lists = 0;
  let matrixNext = false;

  const walk = (tokens: readonly Token[], quote: number, item?: { ordered: boolean; start: number; level: number; list: number }): void => {
    let first = true;
    for (const token of tokens) {
      switch (token.type) {
        case 'space': break;
        case 'heading': blocks.push({ kind: 'heading', depth: (token as Tokens.Heading).depth, inlines: inlines((token as Tokens.Heading).tokens) }); break;
        case 'paragraph':
        case 'text': {
          const found = inlines((token as Tokens.Paragraph).tokens ?? [{ type: 'text', raw: token.raw, text: (token as Tokens.Text).text } as Tokens.Text]);
          if (item && first) blocks.push({ kind: 'item', ...item, inlines: found, quote });
          else blocks.push({ kind: 'paragraph', inlines: found, quote, indent: item ? item.level + 1 : 0 });
          first = false;
          break;
        }
        case 'blockquote': walk((token as Tokens.Blockquote).tokens, quote + 1); break;
        case 'list': {
          const list = token as Tokens.List;
          const id = ++lists;
          const level = item ? item.level + 1 : 0;
          for (const entry of list.items) {
            walk(entry.tokens, quote, { ordered: list.ordered, start: typeof list.start === 'number' ? list.start : 1, level, list: id });
          }
          break;
        }
        case 'code': blocks.push({ kind: 'code', text: (token as Tokens.Code).text }); break;
        case 'hr': blocks.push({ kind: 'rule' }); break;
        case 'table': {
          const table = token as Tokens.Table;
          blocks.push({
            kind: 'table',
            align: table.align,
            header: { cells: table.header.map((cell) => inlines(cell.tokens)) },
            rows: table.rows.map((row) => ({ cells: row.map((cell) => inlines(cell.tokens)) })),
            matrix: matrixNext,
          });
          matrixNext = false;
          break;
        }
        case 'html': {
          const raw = (token as Tokens.HTML).raw.trim();
          if (raw === DOCX_TOC_MARK) blocks.push({ kind: 'toc' });
          else if (raw === DOCX_MATRIX_MARK) matrixNext = true;
          else {
            // Other HTML comes from a template override: its words, as a paragraph.
            const text = decodeHTML(raw.replace(/<!--[\s\S]*?-->/g, '').replace(/<[^>]*>/g, '')).trim();
            if (text !== '') blocks.push({ kind: 'paragraph', inlines: [{ text }], quote, indent: 0 });
          }
          break;
        }
        default: {
          const text = decodeHTML((token as { text?: string }).text ?? token.raw).trim();
          if (text !== '') blocks.push({ kind: 'paragraph', inlines: [{ text }], quote, indent: 0 });
        }
      }
    }
  };
  walk(new Lexer({ gfm: true, breaks: false }).lex(markdown), 0);
  return blocks;
}

/** A block's words, for comparing blocks. */
export function plainText(list: readonly Inline[]): string {
  return list.map((i) => (i.br ? '\n' : i.text)).join('');
}
