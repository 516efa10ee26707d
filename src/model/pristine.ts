// The parse an editable document was copied from (update.ts, editableDocument), kept
// beside the copy so that the splice (splice.ts) reads the original text's nodes and
// source tokens without parsing that text a second time. Never edited: the edit is made
// in the copy.
import type { Document } from 'yaml';

const pristines = new WeakMap<Document, { source: string; pristine: Document.Parsed }>();

export function rememberPristine(edited: Document, source: string, pristine: Document.Parsed): void {
  pristines.set(edited, { source, pristine });
}

/** The parse `edited` was copied from, when it was copied from `source` and that parse has no error. */
export function pristineOf(edited: Document, source: string): Document.Parsed | undefined {
  const found = pristines.get(edited);
  return found && found.source === source && found.pristine.errors.length === 0 ? found.pristine : undefined;
}
