// A small three-way line merge. `base` is the printer's rendering of the original,
// `ours` the user's own text (same data, their formatting), `theirs` the printer's
// rendering after an edit. The edit's hunks (base → theirs) are applied to ours where
// the lines around them are untouched by formatting; otherwise there is no safe merge.
import { align } from './lcs.ts';

/** Above this many lines the quadratic diff is not worth it; callers fall back. */
const MAX_LINES = 4000;

/** For each line of `a`, the index of the matching line in `b` (longest common subsequence), or -1. */
function matchLines(a: string[], b: string[]): Int32Array {
  const match = new Int32Array(a.length).fill(-1);
  for (const [i, j] of align(a, b, (x, y) => x === y)) match[i] = j;
  return match;
}

interface Hunk {
  /** base lines [start, end) are replaced by `lines`. */
  start: number;
  end: number;
  lines: string[];
}

function hunks(base: string[], theirs: string[]): Hunk[] {
  const match = matchLines(base, theirs);
  const out: Hunk[] = [];
  let i = 0;
  let j = 0;
  while (i <= base.length) {
    const start = i;
    const from = j;
    while (i < base.length && match[i] === -1) i++;
    const to = i < base.length ? match[i] : theirs.length;
    if (i > start || to > from) out.push({ start, end: i, lines: theirs.slice(from, to) });
    if (i === base.length) break;
    i++;
    j = to + 1;
  }
  return out;
}

/** The merged text, or undefined when an edit touches lines the user formatted differently. */
export function mergeLines(baseText: string, oursText: string, theirsText: string): string | undefined {
  const base = baseText.split('\n');
  const ours = oursText.split('\n');
  const theirs = theirsText.split('\n');
  if (base.length > MAX_LINES || ours.length > MAX_LINES || theirs.length > MAX_LINES) return undefined;
  const inOurs = matchLines(base, ours);
  const result = [...ours];
  const edits = hunks(base, theirs);
  // From the end backwards, so earlier indices stay valid.
  for (let k = edits.length - 1; k >= 0; k--) {
    const { start, end, lines } = edits[k];
    let at: number;
    if (end > start) {
      // Replaced lines must appear in ours exactly as printed, one after the other.
      at = inOurs[start];
      for (let b = start; b < end; b++) if (at === -1 || inOurs[b] !== at + (b - start)) return undefined;
    } else if (start > 0 && inOurs[start - 1] !== -1) {
      at = inOurs[start - 1] + 1;
    } else if (start < base.length && inOurs[start] !== -1) {
      at = inOurs[start];
    } else if (start === 0) {
      at = 0;
    } else {
      return undefined;
    }
    result.splice(at, end - start, ...lines);
  }
  return result.join('\n');
}
