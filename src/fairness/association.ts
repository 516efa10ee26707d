// How strongly a feature the model uses (a possible proxy: postcode, first-name language,
// company size) goes with a protected attribute: Cramér's V of their contingency table,
// V = √(χ² / (n · (min(r, c) − 1))), from 0 (independent) to 1 (one determines the other):
// H. Cramér (1946), Mathematical Methods of Statistics (scipy's
// scipy.stats.contingency.association, method "cramer", computes the same).
//
// Its interval is a percentile bootstrap: the table is resampled (a multinomial draw of n
// with the observed cell shares) 2,000 times with a fixed seed, so the same data give the
// same interval on every run and machine.
import { seeded } from './random.ts';

/** Counts by attribute value, then by feature value. */
export type Contingency = Map<string, Map<string, number>>;

export function addPair(table: Contingency, attribute: string, feature: string, weight = 1): void {
  let row = table.get(attribute);
  if (row === undefined) table.set(attribute, (row = new Map()));
  row.set(feature, (row.get(feature) ?? 0) + weight);
}

/** The cells as a matrix (rows: attribute values; columns: feature values), both in sorted order. */
function matrix(table: Contingency): number[][] {
  const columns = [...new Set([...table.values()].flatMap((row) => [...row.keys()]))].sort();
  return [...table.keys()].sort().map((key) => columns.map((column) => table.get(key)!.get(column) ?? 0));
}

/** Cramér's V of a matrix of counts; NaN where it is undefined (fewer than two values on a side, or no rows). */
export function cramersV(cells: number[][]): number {
  const rowTotals = cells.map((row) => row.reduce((a, b) => a + b, 0));
  const columnTotals = cells[0]?.map((_, j) => cells.reduce((sum, row) => sum + row[j], 0)) ?? [];
  const n = rowTotals.reduce((a, b) => a + b, 0);
  const r = rowTotals.filter((t) => t > 0).length;
  const c = columnTotals.filter((t) => t > 0).length;
  if (n === 0 || Math.min(r, c) < 2) return NaN;
  let chi2 = 0;
  cells.forEach((row, i) => row.forEach((observed, j) => {
    const expected = (rowTotals[i] * columnTotals[j]) / n;
    if (expected > 0) chi2 += ((observed - expected) ** 2) / expected;
  }));
  return Math.sqrt(chi2 / (n * (Math.min(r, c) - 1)));
}

/** A binomial draw: by inversion where n·p is small, else the normal approximation (continuity-corrected, kept within 0..n). */
function binomial(n: number, p: number, next: () => number): number {
  if (n <= 0 || p <= 0) return 0;
  if (p >= 1) return n;
  const mean = n * p;
  if (mean < 30 || n * (1 - p) < 30) {
    if (p > 0.5) return n - binomial(n, 1 - p, next);
    // Inversion: step through the probabilities until the uniform is used up.
    const u = next();
    let k = 0;
    let probability = Math.exp(n * Math.log1p(-p));
    let cumulative = probability;
    while (u > cumulative && k < n) {
      probability *= ((n - k) / (k + 1)) * (p / (1 - p));
      k++;
      cumulative += probability;
    }
    return k;
  }
  // Box–Muller from two uniforms.
  const z = Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());
  return Math.min(n, Math.max(0, Math.round(mean + z * Math.sqrt(mean * (1 - p)))));
}

export const REPLICATES = 2000;
const SEED = 20261201;

/**
 * Cramér's V of the table with its percentile bootstrap interval at `confidence`
 * (Bonferroni over `comparisons`, as the other metrics' intervals are).
 */
export function association(table: Contingency, confidence: number, comparisons = 1): { estimate: number; lower: number; upper: number; n: number } {
  const cells = matrix(table);
  const flat = cells.flat();
  const n = flat.reduce((a, b) => a + b, 0);
  const estimate = cramersV(cells);
  if (Number.isNaN(estimate)) return { estimate, lower: NaN, upper: NaN, n };
  const next = seeded(SEED);
  const width = cells[0].length;
  const values: number[] = [];
  for (let b = 0; b < REPLICATES; b++) {
    // A multinomial draw of n over the cells, as a chain of binomials.
    let left = n;
    let mass = 1;
    const last = flat.findLastIndex((count) => count > 0);
    const drawn = flat.map((count, index) => {
      const share = count / n;
      const x = index === last ? left : count === 0 || mass <= 0 ? 0 : binomial(left, Math.min(1, share / mass), next);
      left -= x;
      mass -= share;
      return x;
    });
    const resampled = cells.map((_, i) => drawn.slice(i * width, (i + 1) * width));
    const v = cramersV(resampled);
    if (!Number.isNaN(v)) values.push(v);
  }
  values.sort((a, b) => a - b);
  const alpha = (1 - confidence) / Math.max(1, comparisons);
  const at = (q: number) => values[Math.min(values.length - 1, Math.max(0, Math.floor(q * values.length)))];
  // Widened, where the resamples' bias puts the estimate outside, to hold it.
  return { estimate, lower: Math.min(estimate, at(alpha / 2)), upper: Math.max(estimate, at(1 - alpha / 2)), n };
}
