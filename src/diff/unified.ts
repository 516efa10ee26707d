// A unified diff of two texts (the `diff -u` and `git diff` format), so that a change dpia
// proposes can be read, reviewed and applied with `git apply` or `patch -p1`.
import { align } from '../model/lcs.ts';

const CONTEXT = 3;

/** The diff of `before` and `after` as `path` (a path from the repository's top reads best); empty when they are the same. */
export function unifiedDiff(before: string, after: string, path: string): string {
  if (before === after) return '';
  const a = before.split('\n');
  const b = after.split('\n');
  // A text that ends with a newline has an empty last "line": not a line of the diff.
  if (a.at(-1) === '') a.pop();
  if (b.at(-1) === '') b.pop();
  const pairs = align(a, b, (x, y) => x === y);
  // Each line of either side: kept (in both), removed (a only) or added (b only), in order.
  const ops: { kind: ' ' | '-' | '+'; text: string; ai: number; bi: number }[] = [];
  let i = 0;
  let j = 0;
  for (const [pi, pj] of [...pairs, [a.length, b.length] as [number, number]]) {
    while (i < pi) ops.push({ kind: '-', text: a[i]!, ai: i++, bi: j });
    while (j < pj) ops.push({ kind: '+', text: b[j]!, ai: i, bi: j++ });
    if (pi < a.length) ops.push({ kind: ' ', text: a[i]!, ai: i++, bi: j++ });
  }
  const lines = [`--- a/${path}`, `+++ b/${path}`];
  let k = 0;
  while (k < ops.length) {
    if (ops[k]!.kind === ' ') {
      k++;
      continue;
    }
    // A hunk: from CONTEXT lines before this change to CONTEXT after the last change within 2×CONTEXT of the next.
    let start = k;
    while (start > 0 && ops[start - 1]!.kind === ' ' && k - start < CONTEXT) start--;
    let end = k;
    for (;;) {
      while (end < ops.length && ops[end]!.kind !== ' ') end++;
      let next = end;
      while (next < ops.length && ops[next]!.kind === ' ') next++;
      if (next < ops.length && next - end <= 2 * CONTEXT) end = next;
      else {
        end = Math.min(end + CONTEXT, next);
        break;
      }
    }
    const hunk = ops.slice(start, end);
    const oldCount = hunk.filter((op) => op.kind !== '+').length;
    const newCount = hunk.filter((op) => op.kind !== '-').length;
    const oldStart = oldCount === 0 ? hunk[0]!.ai : hunk[0]!.ai + 1;
    const newStart = newCount === 0 ? hunk[0]!.bi : hunk[0]!.bi + 1;
    lines.push(`@@ -${oldStart},${oldCount} +${newStart},${newCount} @@`, ...hunk.map((op) => `${op.kind}${op.text}`));
    k = end;
  }
  return `${lines.join('\n')}\n`;
}
