// Markdown → HTML for the documents, then an allow-list sanitiser (sanitize-html) over
// the result, so nothing but plain document markup and the risk matrix SVG can reach
// the page: no script, no event handlers, no javascript: URLs, no external resources.
import { Marked, Renderer, type Tokens } from 'marked';
import sanitizeHtml from 'sanitize-html';

export interface Heading {
  depth: number;
  text: string;
  id: string;
}

export interface RenderedHtml {
  html: string;
  headings: Heading[];
}

const SVG_TAGS = ['svg', 'title', 'desc', 'defs', 'pattern', 'rect', 'circle', 'line', 'text', 'g'];
const SVG_PRESENTATION = ['fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-opacity', 'font-size', 'font-weight', 'text-anchor', 'transform'];

export const SANITIZE_OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [
    'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'br', 'hr', 'strong', 'b', 'em', 'i', 'del', 'code', 'pre', 'blockquote',
    'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'a', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'caption',
    'nav', 'div', 'span', 'figure', 'figcaption', 'section', 'header', 'mark', 'small',
    ...SVG_TAGS,
  ],
  allowedAttributes: {
    h1: ['id'], h2: ['id'], h3: ['id'], h4: ['id'],
    a: ['href'],
    th: ['scope', 'align'], td: ['align'],
    ol: ['start'],
    nav: ['aria-labelledby', 'class'], div: ['class', 'role', 'aria-labelledby'], span: ['class'], figure: ['class'], section: ['class', 'aria-labelledby'],
    svg: ['xmlns', 'viewBox', 'width', 'height', 'role', 'aria-labelledby', 'class'],
    title: ['id'], desc: ['id'],
    pattern: ['id', 'width', 'height', 'patternUnits', 'patternTransform'],
    rect: ['x', 'y', 'width', 'height', ...SVG_PRESENTATION],
    circle: ['cx', 'cy', 'r', ...SVG_PRESENTATION],
    line: ['x1', 'y1', 'x2', 'y2', ...SVG_PRESENTATION],
    text: ['x', 'y', ...SVG_PRESENTATION],
    g: [...SVG_PRESENTATION],
  },
  // The one class a link may carry: print its address after it (see printUrl).
  allowedClasses: { a: ['print-url'] },
  // Links may leave the page only to the web or to e-mail; anchors stay.
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  // SVG attribute names are case-sensitive (viewBox, patternUnits).
  parser: { lowerCaseAttributeNames: false, lowerCaseTags: true, decodeEntities: true },
};

export function sanitize(html: string): string {
  return sanitizeHtml(html, SANITIZE_OPTIONS);
}

export function slug(text: string): string {
  const base = text.toLowerCase().normalize('NFC').replace(/<[^>]*>/g, '').replace(/&[a-z0-9#]+;/g, '')
    .replace(/[^a-z0-9æøåäöü]+/g, '-').replace(/^-+|-+$/g, '');
  return `s-${base || 'section'}`;
}

/** Whether a printed page needs a link's address spelled out: a web or e-mail link whose text is not that address. */
function printUrl(token: Tokens.Link): boolean {
  const href = token.href.trim();
  if (!/^(https?:|mailto:)/i.test(href)) return false;
  const plain = (url: string): string => url.toLowerCase().replace(/^(https?:\/\/|mailto:)/, '').replace(/^www\./, '').replace(/\/$/, '');
  return plain(token.text.trim()) !== plain(href);
}

/** Markdown → sanitised HTML, with ids on headings (for the table of contents) and scoped table headers. */
export function markdownToHtml(markdown: string, decorate: (html: string, headings: Heading[]) => string = (html) => html): RenderedHtml {
  const headings: Heading[] = [];
  const used = new Map<string, number>();
  const marked = new Marked({ gfm: true, breaks: false, async: false });
  marked.use({
    renderer: {
      heading(this: { parser: { parseInline(tokens: Tokens.Generic[]): string } }, token: Tokens.Heading) {
        const inner = this.parser.parseInline(token.tokens);
        let id = slug(inner);
        const seen = used.get(id) ?? 0;
        used.set(id, seen + 1);
        if (seen > 0) id = `${id}-${seen + 1}`;
        headings.push({ depth: token.depth, text: inner, id });
        return `<h${token.depth} id="${id}">${inner}</h${token.depth}>\n`;
      },
      // A link whose words are not its address gets class="print-url": the print
      // stylesheet writes the address after it, so a printed page still says where it goes.
      link(this: Renderer, token: Tokens.Link) {
        const html = Renderer.prototype.link.call(this, token);
        return printUrl(token) ? html.replace(/^<a /, '<a class="print-url" ') : html;
      },
      tablecell(this: { parser: { parseInline(tokens: Tokens.Generic[]): string } }, token: Tokens.TableCell) {
        const inner = this.parser.parseInline(token.tokens);
        const align = token.align ? ` align="${token.align}"` : '';
        return token.header ? `<th scope="col"${align}>${inner}</th>\n` : `<td${align}>${inner}</td>\n`;
      },
    },
  });
  const raw = marked.parse(markdown) as string;
  return { html: sanitize(decorate(raw, headings)), headings };
}
