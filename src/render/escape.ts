// Every string from the YAML is escaped once, before any template sees it, so no
// template (bundled or overridden, {{x}} or {{{x}}}) can let raw HTML through. The
// result is still Markdown: **bold** and [links](https://...) in free-text answers work,
// while `<`, `>` and entity-looking `&` become text, and a line cannot turn itself into
// a heading that would break the document's outline.

/** One YAML string made safe to place in the Markdown of a document. */
export function escapeText(value: string): string {
  return value
    .replace(/\r\n?/g, '\n')
    .replace(/&(?=#?[a-zA-Z0-9]+;)/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    // ATX headings, and lines that would make the line above a setext heading.
    .replace(/^([ \t]*)(#{1,6})(?=\s|$)/gm, (_, space: string, hashes: string) => `${space}${hashes.replace(/#/g, '\\#')}`)
    .replace(/^([ \t]*)(=+|-{2,})[ \t]*$/gm, (_, space: string, rule: string) => `${space}\\${rule}`);
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

/** Text for one table cell: one line, no column breaks. */
export function tableCell(value: string): string {
  return value.replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|').trim();
}

/** Text for one line (a list item, a label): newlines become spaces. */
export function oneLine(value: string): string {
  return value.replace(/\s*\n\s*/g, ' ').trim();
}
