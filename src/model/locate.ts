// From dotted paths (`risks.2.residual`) to line:column in the source, through the
// ranges that the yaml library keeps on every node.
import type { Document, Node } from 'yaml';
import { isMap, isPair, isScalar, isSeq } from './yaml-lib.ts';

export { lineColumn, parsePath, pathToString, type Path, type PathSegment, type Position } from './position.ts';
import type { Path } from './position.ts';

/** offsetOf for a parsed file: from the plain reading's positions when it has them, else from the Document (made then). */
export function offsetIn(parsed: { doc: Document; offsetAt?: (path: Path) => number | undefined }, path: Path): number {
  return parsed.offsetAt?.(path) ?? offsetOf(parsed.doc, path);
}

/**
 * The offset where `path` is written. For a path that does not exist (a missing key),
 * the deepest existing ancestor: its key when it is a map entry, so the user is sent to
 * the block where the key belongs.
 */
export function offsetOf(doc: Document, path: Path): number {
  let node: unknown = doc.contents;
  let best = (doc.contents as Node | null)?.range?.[0] ?? 0;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment));
      if (!pair) break;
      const key = pair.key as Node;
      best = key.range?.[0] ?? best;
      node = pair.value;
      if (node && (node as Node).range && !isMap(node) && !isSeq(node)) best = (node as Node).range![0];
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment] as Node | undefined;
      if (!item) break;
      best = item.range?.[0] ?? best;
      node = item;
    } else {
      break;
    }
  }
  return best;
}
