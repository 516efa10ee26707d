// Saving an edited document so that the user's own formatting survives: only the nodes
// that changed are printed and spliced into the original text (splice.ts), so every other
// line stays as the user wrote it, and an edit that changes nothing leaves the file
// untouched (byte-identical). Where a change cannot be spliced, the printer's rendering
// of the edit is merged line by line into the original text instead.
import { parseDocument, type Document } from 'yaml';
import { mergeLines } from './line-merge.ts';
import { spliceEdited } from './splice.ts';
import { serialise, stringifyOptions, writeFileAtomic } from './write.ts';

/**
 * The new text of `original` after the edits made to `edited`, a Document parsed from its
 * LF form, byte-order mark removed (editableDocument in update.ts, as every command opens one).
 */
export function renderEdited(original: string, edited: Document): string {
  const bom = original.charCodeAt(0) === 0xfeff ? '\ufeff' : '';
  const source = bom ? original.slice(1) : original;
  const crlf = source.includes('\r\n');
  const ours = source.replace(/\r\n/g, '\n');
  // Spliced in the LF text the document was parsed from, the line ends put back after.
  // (Spliced in CRLF text, every comment would carry a `\r` the edited one lacks, and an
  // unchanged neighbour of an edit would be printed again.)
  const spliced = spliceEdited(ours, edited, { stringify: stringifyOptions(ours) });
  const printed = () => serialise(edited, ours);
  if (spliced !== undefined && !dropsComments(ours, spliced, printed)) {
    return spliced === ours ? original : bom + (crlf ? spliced.replace(/\n/g, '\r\n') : spliced);
  }
  const before = serialise(parseDocument(ours), ours);
  const after = printed();
  if (before === after) return original;
  // Where an edit meets lines the user formatted differently, the printer's text wins.
  const merged = mergeLines(before, ours, after) ?? after;
  return bom + (crlf ? merged.replace(/\n/g, '\r\n') : merged);
}

/** The comment lines of a text, trimmed, with their counts. */
function comments(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (trimmed.startsWith('#')) counts.set(trimmed, (counts.get(trimmed) ?? 0) + 1);
  }
  return counts;
}

/**
 * Whether the splice lost a comment that the edit keeps: a comment line of the original
 * missing from the spliced text but still in the printer's rendering of the edit (a renamed
 * key's comment, for one). Checked only when the splice lost one, so a save pays nothing more.
 */
function dropsComments(original: string, spliced: string, printed: () => string): boolean {
  const after = comments(spliced);
  const lost = [...comments(original)].filter(([line, n]) => (after.get(line) ?? 0) < n);
  if (lost.length === 0) return false;
  const kept = comments(printed());
  return lost.some(([line]) => (kept.get(line) ?? 0) > (after.get(line) ?? 0));
}

/** Writes the edited document over `file` atomically; false when there was nothing to change. */
export function saveEdited(file: string, original: string, edited: Document): boolean {
  const text = renderEdited(original, edited);
  if (text === original) return false;
  writeFileAtomic(file, text);
  return true;
}
