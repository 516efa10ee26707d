// Saving an edited document so that the user's own formatting survives: the printer's
// rendering of the edit is merged line by line into the original text, and an edit
// that changes nothing leaves the file untouched (byte-identical).
import { parseDocument, type Document } from 'yaml';
import { mergeLines } from './line-merge.ts';
import { serialise, writeFileAtomic } from './write.ts';

/** The new text of `original` after the edits made to `edited` (a Document parsed from it). */
export function renderEdited(original: string, edited: Document): string {
  const bom = original.charCodeAt(0) === 0xfeff ? '\ufeff' : '';
  const crlf = original.includes('\r\n');
  const ours = (bom ? original.slice(1) : original).replace(/\r\n/g, '\n');
  const before = serialise(parseDocument(ours), ours);
  const after = serialise(edited, ours);
  if (before === after) return original;
  // Where an edit meets lines the user formatted differently, the printer's text wins.
  const merged = mergeLines(before, ours, after) ?? after;
  return bom + (crlf ? merged.replace(/\n/g, '\r\n') : merged);
}

/** Writes the edited document over `file` atomically; false when there was nothing to change. */
export function saveEdited(file: string, original: string, edited: Document): boolean {
  const text = renderEdited(original, edited);
  if (text === original) return false;
  writeFileAtomic(file, text);
  return true;
}
