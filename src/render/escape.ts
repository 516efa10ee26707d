// Every string from the YAML is contained once, before any template sees it, so no
// template (bundled or overridden, {{x}} or {{{x}}}) can let raw HTML through and no
// answer can reach outside its own field. The result is still Markdown: **bold**,
// _italics_, lists and [links](https://...) in free-text answers work, while
// - `<`, `>` and entity-looking `&` become text (no HTML, no autolink, no blockquote);
// - line and paragraph separators (U+2028, U+2029, NEL, vertical tab, form feed, CR)
//   become ordinary newlines, which the helpers then keep (block) or join (inline, cell);
// - a line cannot become a heading (ATX `#`, or a setext `===`/`---` under the line
//   above), a thematic break or a link reference definition: its first mark is escaped;
// - a code fence the answer opens is closed at its end, so it cannot swallow the document;
// - an image becomes a link (nothing loads from a file's answer), and a link that goes
//   anywhere but the web (http, https), e-mail (mailto) or a relative address is text.
// The helpers (helpers.ts) then fit the text to its place: `block` keeps its lines but
// uses its own list bullet (so it never continues a list of the template), `inline`
// and its kin join it to one line, `cell` also escapes the column bars.

/** Every way to end a line that some reader of the text honours; U+2029 ends a paragraph. */
// eslint-disable-next-line no-control-regex
const LINE_BREAKS = /\r\n?|[\n\u000b\u000c\u0085\u2028]/g;
const PARAGRAPH_BREAK = /\u2029/g;

/** Link schemes an answer may use; the same list as the HTML sanitiser's (markdown.ts). */
const SAFE_SCHEMES = new Set(['http', 'https', 'mailto']);

/** One YAML string made safe to place in the Markdown of a document. */
export function escapeText(value: string): string {
  const text = value
    .replace(LINE_BREAKS, '\n')
    .replace(PARAGRAPH_BREAK, '\n\n')
    .replace(/&(?=#?[a-zA-Z0-9]+;)/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
  return closeFences(neutraliseLinks(containLines(text)));
}

/** Lines that would change the document's structure lose that power, and show the same words. */
function containLines(text: string): string {
  return text
    // ATX headings.
    .replace(/^([ \t]*)(#{1,6})(?=[ \t]|$)/gm, (_, space: string, hashes: string) => `${space}${hashes.replace(/#/g, '\\#')}`)
    // A line of only = - * _ (and blanks): a setext underline that would make the line
    // above a heading, or a thematic break.
    .replace(/^([ \t]*)([-=*_])(?=[-=*_ \t]*$)/gm, (_, space: string, mark: string) => `${space}\\${mark}`)
    // Link reference definitions `[label]: url` (the label may span lines): they would
    // vanish from the page and could give a meaning to `[label]` anywhere in the document.
    .replace(/^([ \t]*)\[(?=(?:[^\]\\]|\\.)*\]:)/gm, (_, space: string) => `${space}\\[`);
}

/** Whether the character at `index` is escaped by an odd run of backslashes before it. */
function escaped(text: string, index: number): boolean {
  let count = 0;
  for (let i = index - 1; i >= 0 && text[i] === '\\'; i--) count++;
  return count % 2 === 1;
}

/** What a browser would read as the scheme of a link destination, however it is written. */
export function linkScheme(destination: string): string | undefined {
  let text = destination;
  // Entities (with or without their semicolon, as an HTML attribute decodes them),
  // percent-escapes and backslashes, decoded twice for double encodings.
  for (let round = 0; round < 2; round++) {
    text = text
      .replace(/&amp;?/gi, '&')
      .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => String.fromCodePoint(Math.min(parseInt(hex, 16), 0x10ffff)))
      .replace(/&#(\d+);?/g, (_, dec: string) => String.fromCodePoint(Math.min(parseInt(dec, 10), 0x10ffff)))
      .replace(/&colon;?/gi, ':')
      .replace(/&(tab|newline|nbsp|lt|gt);?/gi, ' ')
      .replace(/%([0-9a-f]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
      .replace(/\\/g, '');
  }
  // Browsers drop white space and control characters inside a URL's scheme.
  // eslint-disable-next-line no-control-regex
  const compact = text.replace(/[\s\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2060<>]/g, '').toLowerCase();
  return /^([a-z][a-z0-9+.-]*):/.exec(compact)?.[1];
}

/**
 * Images become links (`\![alt](url)`), and an inline link whose destination has a
 * scheme other than http, https or mailto loses its link (`[text]\(javascript:…)`):
 * its words and address stay visible as text.
 */
function neutraliseLinks(text: string): string {
  let out = '';
  let last = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '!' && text[i + 1] === '[' && !escaped(text, i)) {
      out += `${text.slice(last, i)}\\`;
      last = i;
    } else if (text[i] === ']' && text[i + 1] === '(' && !escaped(text, i)) {
      const destination = /^[ \t]*\n?[ \t]*(\S{0,200})/.exec(text.slice(i + 2))?.[1] ?? '';
      const scheme = linkScheme(destination);
      if (scheme !== undefined && !SAFE_SCHEMES.has(scheme)) {
        out += `${text.slice(last, i + 1)}\\`;
        last = i + 1;
      }
    }
  }
  return out + text.slice(last);
}

/** A fenced code block the text opens and does not close is closed at its end, at the opening fence's indentation. */
function closeFences(text: string): string {
  let open: { indent: string; fence: string } | undefined;
  for (const line of text.split('\n')) {
    if (!open) {
      const m = /^([ \t]*)(`{3,}(?!`)|~{3,}(?!~))(.*)$/.exec(line);
      // A backtick fence's info string holds no backtick (```a``` is code in a line).
      if (m && !(m[2][0] === '`' && m[3].includes('`'))) open = { indent: m[1], fence: m[2] };
    } else {
      const m = /^[ \t]*(`{3,}|~{3,})[ \t]*$/.exec(line);
      if (m && m[1][0] === open.fence[0] && m[1].length >= open.fence.length) open = undefined;
    }
  }
  return open ? `${text}\n${open.indent}${open.fence}` : text;
}

/** A deep copy of YAML data with every string escaped; keys stay as they are. */
export function escapeDeep<T>(value: T): T {
  if (typeof value === 'string') return escapeText(value) as T;
  if (Array.isArray(value)) return value.map((item) => escapeDeep(item)) as T;
  if (value && typeof value === 'object') {
    const copy: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) copy[key] = escapeDeep(item);
    return copy as T;
  }
  return value;
}

/** A trailing backslash would escape the template's next character (`**name\**`): it is doubled. */
function endFree(text: string): string {
  return escaped(text, text.length) ? `${text}\\` : text;
}

/** Text for one line (a list item, a sentence, a heading): line breaks become spaces. */
export function oneLine(value: string): string {
  const line = value.replace(/\s*\n\s*/g, ' ').trim()
    // A run of # at the end would be taken for the closing marks of a heading.
    .replace(/(^|[ \t])#+$/, (m, space: string) => `${space}\\${m.slice(space.length)}`)
    // A run of ``` or ~~~ at the start would open a code fence where the line begins a
    // paragraph (a {{sentence}} on its own line), and swallow the rest of the document.
    .replace(/^(`{3,}|~{3,})/, (run: string) => `\\${run}`);
  return endFree(line);
}

/** Text for one table cell: one line, every column bar escaped. */
export function tableCell(value: string): string {
  const line = value.replace(/\s*\n\s*/g, ' ').trim();
  let out = '';
  for (let i = 0; i < line.length; i++) out += line[i] === '|' && !escaped(line, i) ? '\\|' : line[i];
  return endFree(out);
}

/**
 * Free text as its own paragraph(s): trimmed, and every `-` bullet of its lists written
 * `*`, so a list in the answer never continues (or is continued by) a list of the
 * template, which uses `-`. Code blocks are left as written. Only blank lines are
 * trimmed at the start: the first line keeps its indentation, so an indented code block
 * (four spaces, then ```) does not become a fence that its indented closer cannot close.
 */
export function ownBlock(value: string): string {
  let fence: string | undefined;
  return value.replace(/^(?:[ \t]*\n)+/, '').trimEnd().split('\n').map((line) => {
    const marker = /^[ \t]*(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence !== undefined) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length && /^[ \t]*[`~]+[ \t]*$/.test(line)) fence = undefined;
      return line;
    }
    if (marker && !(marker[0] === '`' && line.slice(line.indexOf(marker) + marker.length).includes('`'))) {
      fence = marker;
      return line;
    }
    return line.replace(/^([ \t]*)-(?=[ \t]|$)/, '$1*');
  }).join('\n');
}
