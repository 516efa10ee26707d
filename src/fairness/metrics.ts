// The bias metrics, as Fairlearn defines them (fairlearn.metrics), from a counts table:
// a rate per group, and the between-group figure a test's threshold applies to (the
// largest rate minus the smallest, or the smallest divided by the largest).
//
//   selection-rate                  P(selected)                    per group
//   demographic-parity-difference   max − min of the selection rate
//   demographic-parity-ratio        min / max of the selection rate (disparate impact)
//   four-fifths                     the ratio above, held to 0.8 unless the test says otherwise:
//                                   US Uniform Guidelines on Employee Selection Procedures,
//                                   29 CFR 1607.4(D)
//   true-positive-rate              P(selected | actual positive)  per group
//   false-positive-rate             P(selected | actual negative)  per group
//   equal-opportunity-difference    max − min of the true positive rate
//   equal-opportunity-ratio         min / max of the true positive rate
//   equalized-odds-difference       the larger of the two differences, TPR and FPR
//   equalized-odds-ratio            the smaller of the two ratios, TPR and FPR
//   precision                       P(actual positive | selected)  per group
//   predictive-parity-difference    max − min of the precision
//   calibration-difference          max − min of the observed rate P(actual positive) among
//                                   the people whose score is in the same band, over every
//                                   band: calibration within groups (a score means the same
//                                   whatever the group), J. Kleinberg, S. Mullainathan and
//                                   M. Raghavan (2017), ITCS, doi:10.4230/LIPIcs.ITCS.2017.43
//   auc                             area under the ROC curve of the score   per group
//   auc-difference                  max − min of the AUC
//   outcome-rate                    P(actual positive)             per group
//   outcome-rate-difference         max − min of the outcome rate
//   outcome-rate-ratio              min / max of the outcome rate
//
// The outcome rate is AIF360's base rate (Pr(Y = 1), BinaryLabelDatasetMetric.base_rate):
// on an evaluation's results, where the outcome is the verdict on each case (a chatbot's
// answer judged correct, a conversation left unresolved), its difference between groups
// is a difference in quality of service, and no decision column is read.
//
// The AUC is the Mann–Whitney statistic from the scores by band (ties, and two scores in
// one band, count a half: exact when the bands are as fine as the scores), with the
// standard error of J. A. Hanley and B. J. McNeil (1982), Radiology 143:29–36, and a
// normal interval (for the difference of two groups', the two errors added in quadrature).
//
// Honest statistics: every rate has its Wilson interval; a group with fewer people than
// the test's minimum (in the rate's denominator) is reported and flagged, never compared;
// and the between-group figure has an interval that holds, at the stated confidence,
// together over every pair of groups compared (Bonferroni over the pairs, and over both
// rates for equalized odds). The maximum difference over the groups is the maximum of
// the pairwise differences, so it lies between the largest pairwise lower limit and the
// largest pairwise upper limit whenever all the pairwise intervals hold; likewise the
// minimum ratio. A test passes only when that whole interval is within its threshold,
// fails when the whole interval is beyond it, and is otherwise inconclusive: more data is
// needed to tell.
import type { FAIRNESS_METRICS, FAIRNESS_RATES } from '../model/schema.ts';
import { derived, type CountsTable, type GroupCounts } from './counts.ts';
import { difference, ratio, wilson, zFor, type Count, type Interval } from './intervals.ts';
import { association, type Contingency } from './association.ts';

// The schema's names (src/model/schema.ts): `satisfies` holds these definitions to them.
export const RATES = ['selection-rate', 'true-positive-rate', 'false-positive-rate', 'precision', 'observed-rate', 'auc', 'cramers-v', 'outcome-rate'] as const satisfies readonly (typeof FAIRNESS_RATES)[number][];
export type Rate = (typeof RATES)[number];

export const METRICS = {
  'selection-rate': { kind: 'rate', rates: ['selection-rate'] },
  'true-positive-rate': { kind: 'rate', rates: ['true-positive-rate'] },
  'false-positive-rate': { kind: 'rate', rates: ['false-positive-rate'] },
  precision: { kind: 'rate', rates: ['precision'] },
  'demographic-parity-difference': { kind: 'difference', rates: ['selection-rate'] },
  'demographic-parity-ratio': { kind: 'ratio', rates: ['selection-rate'] },
  'four-fifths': { kind: 'ratio', rates: ['selection-rate'], threshold: 0.8 },
  'equal-opportunity-difference': { kind: 'difference', rates: ['true-positive-rate'] },
  'equal-opportunity-ratio': { kind: 'ratio', rates: ['true-positive-rate'] },
  'equalized-odds-difference': { kind: 'difference', rates: ['true-positive-rate', 'false-positive-rate'] },
  'equalized-odds-ratio': { kind: 'ratio', rates: ['true-positive-rate', 'false-positive-rate'] },
  'predictive-parity-difference': { kind: 'difference', rates: ['precision'] },
  'calibration-difference': { kind: 'difference', rates: ['observed-rate'], bands: 10 },
  auc: { kind: 'rate', rates: ['auc'], bands: 1000 },
  'auc-difference': { kind: 'difference', rates: ['auc'], bands: 1000 },
  'cramers-v': { kind: 'association', rates: ['cramers-v'] },
  'outcome-rate': { kind: 'rate', rates: ['outcome-rate'] },
  'outcome-rate-difference': { kind: 'difference', rates: ['outcome-rate'] },
  'outcome-rate-ratio': { kind: 'ratio', rates: ['outcome-rate'] },
} as const satisfies Record<(typeof FAIRNESS_METRICS)[number], { kind: 'rate' | 'difference' | 'ratio' | 'association'; rates: readonly Rate[]; threshold?: number; bands?: number }>;
export type Metric = keyof typeof METRICS;

export function isMetric(name: string): name is Metric {
  return Object.hasOwn(METRICS, name);
}

/** The metric's default score bands (equal widths from 0 to 1), for those that band scores. */
export function defaultBands(metric: Metric): number | undefined {
  const spec = METRICS[metric];
  return 'bands' in spec ? spec.bands : undefined;
}

/** The edges of `bands`: a number of equal bands from 0 to 1, or the edges themselves. */
export function bandEdges(bands: number | number[]): number[] {
  return typeof bands === 'number' ? Array.from({ length: bands + 1 }, (_, i) => i / bands) : bands;
}

/** The count a rate of a group is: events of n (the AUC's: the positives of the labelled). */
export function rateCount(counts: GroupCounts, rate: Exclude<Rate, 'observed-rate' | 'cramers-v'>): Count {
  switch (rate) {
    case 'auc':
      return { events: counts.positives, n: counts.labelled };
    case 'selection-rate':
      return { events: counts.selected, n: counts.n };
    case 'true-positive-rate':
      return { events: counts.truePositives, n: counts.positives };
    case 'false-positive-rate':
      return { events: counts.falsePositives, n: derived(counts).negatives };
    case 'precision':
      return { events: counts.truePositives, n: counts.truePositives + counts.falsePositives };
    case 'outcome-rate':
      return { events: counts.positives, n: counts.labelled };
  }
}

export interface TestSettings {
  metric: Metric;
  /** The limit: the largest difference allowed, or the smallest ratio. Required except for four-fifths and per-group rates. */
  threshold?: number;
  /** Confidence level of the intervals and of the verdict; default 0.95. */
  confidence?: number;
  /** The fewest people in a rate's denominator for a group to be compared; default 30. */
  minGroupSize?: number;
}

export interface GroupRate extends Interval {
  group: string;
  rate: Rate;
  /** The score band (its index), for the observed rate. */
  band?: number;
  /** The standard error, for the AUC (whose interval is a normal one). */
  se?: number;
  events: number;
  n: number;
  /** Fewer than the minimum: shown, not compared. */
  small: boolean;
}

export type Verdict = 'pass' | 'fail' | 'inconclusive';

export interface TestResult {
  metric: Metric;
  kind: 'rate' | 'difference' | 'ratio' | 'association';
  confidence: number;
  minGroupSize: number;
  threshold?: number;
  /** Each group's rates, with their intervals at the stated confidence (not adjusted). */
  groups: GroupRate[];
  /** The between-group figure and its simultaneous interval; absent for a per-group rate or with fewer than two groups to compare. */
  figure?: Interval & { groups: [string, string]; band?: number };
  /** For a difference or a ratio: pass, fail or inconclusive; a per-group rate has none. */
  verdict?: Verdict;
  /** Why the verdict is inconclusive when it is not a matter of the interval: too few groups to compare, or a ratio of rates that are all 0. */
  reason?: 'fewer-than-two-groups' | 'all-rates-zero';
}

export const DEFAULT_CONFIDENCE = 0.95;
export const DEFAULT_MIN_GROUP_SIZE = 30;

/** The range of min(r, 1/r) over r in [lower, upper]: a ratio in either order, as at most 1. */
function foldRatio(interval: Interval): { lower: number; upper: number } {
  const { lower, upper } = interval;
  if (upper <= 1) return { lower, upper };
  if (lower >= 1) return { lower: 1 / upper, upper: 1 / lower };
  return { lower: Math.min(lower, 1 / upper), upper: 1 };
}

/** The range of |d| over d in [lower, upper]. */
function foldDifference(interval: Interval): { lower: number; upper: number } {
  const { lower, upper } = interval;
  if (lower >= 0) return { lower, upper };
  if (upper <= 0) return { lower: -upper, upper: -lower };
  return { lower: 0, upper: Math.max(-lower, upper) };
}

export function evaluate(table: CountsTable, settings: TestSettings): TestResult {
  const spec = METRICS[settings.metric];
  const confidence = settings.confidence ?? DEFAULT_CONFIDENCE;
  const minGroupSize = settings.minGroupSize ?? DEFAULT_MIN_GROUP_SIZE;
  const threshold = settings.threshold ?? ('threshold' in spec ? spec.threshold : undefined);
  if (spec.kind !== 'rate' && threshold === undefined) throw new RangeError(`${settings.metric} needs a threshold`);
  if (spec.kind === 'association') return evaluateAssociation(table, settings.metric, confidence, minGroupSize, threshold!);
  const z = zFor(confidence);
  const ordered = [...table.groups.values()].sort((a, b) => (a.group < b.group ? -1 : a.group > b.group ? 1 : 0));
  const groups: GroupRate[] = [];
  for (const rate of spec.rates as readonly Rate[]) {
    if (rate === 'observed-rate') {
      // Band by band, so that the groups compared stand together.
      const bands = table.edges === undefined ? 0 : table.edges.length - 1;
      for (let band = 0; band < bands; band++) {
        for (const counts of ordered) {
          const { labelled, positives } = counts.bands?.[band] ?? { labelled: 0, positives: 0 };
          if (labelled === 0) continue;
          const count = { events: positives, n: labelled };
          groups.push({ group: counts.group, rate, band, ...count, ...wilson(count, z), small: labelled < minGroupSize });
        }
      }
      continue;
    }
    if (rate === 'cramers-v') continue;
    for (const counts of ordered) {
      if (rate === 'auc') {
        const { negatives } = derived(counts);
        groups.push({ group: counts.group, rate, ...rateCount(counts, rate), ...auc(counts, z), small: Math.min(counts.positives, negatives) < minGroupSize });
      } else {
        const count = rateCount(counts, rate);
        groups.push({ group: counts.group, rate, ...count, ...wilson(count, z), small: count.n < minGroupSize });
      }
    }
  }
  const result: TestResult = { metric: settings.metric, kind: spec.kind, confidence, minGroupSize, ...(threshold === undefined ? {} : { threshold }), groups };
  if (spec.kind === 'rate') return result;

  // Every pair of comparable groups, for each rate the metric takes.
  // (For calibration, groups are compared band by band: a pair is two groups in one band.)
  const pairs: { rate: Rate; a: GroupRate; b: GroupRate }[] = [];
  const sets = new Map<string, GroupRate[]>();
  for (const g of groups) {
    if (g.small || g.n === 0 || Number.isNaN(g.estimate)) continue;
    const key = `${g.rate} ${g.band ?? ''}`;
    sets.set(key, [...(sets.get(key) ?? []), g]);
  }
  for (const comparable of sets.values()) {
    for (let i = 0; i < comparable.length; i++) for (let j = i + 1; j < comparable.length; j++) pairs.push({ rate: comparable[i].rate, a: comparable[i], b: comparable[j] });
  }
  if (pairs.length === 0) return { ...result, verdict: 'inconclusive', reason: 'fewer-than-two-groups' };
  const zPairs = zFor(confidence, { comparisons: pairs.length });

  // The figure is the worst pair (largest difference, smallest ratio); its interval runs
  // from the worst pairwise lower limit to the worst pairwise upper limit.
  let worst: { estimate: number; groups: [string, string]; band?: number } | undefined;
  let lower = spec.kind === 'difference' ? 0 : Infinity;
  let upper = spec.kind === 'difference' ? 0 : Infinity;
  for (const { a, b } of pairs) {
    // The lower rate over the higher: a ratio of at most 1, as Fairlearn's min / max.
    const [low, high] = a.estimate <= b.estimate ? [a, b] : [b, a];
    if (spec.kind === 'difference') {
      const folded = foldDifference(high.se !== undefined && low.se !== undefined ? normalDifference(high, low, zPairs) : difference(high, low, zPairs));
      const estimate = high.estimate - low.estimate;
      if (worst === undefined || estimate > worst.estimate) worst = { estimate, groups: [high.group, low.group], ...(high.band !== undefined ? { band: high.band } : {}) };
      lower = Math.max(lower, folded.lower);
      upper = Math.max(upper, folded.upper);
    } else {
      // Both rates 0: no ratio to take (0/0); the pair says nothing either way.
      if (high.estimate === 0) continue;
      const folded = foldRatio(ratio(low, high, zPairs));
      const estimate = low.estimate / high.estimate;
      if (worst === undefined || estimate < worst.estimate) worst = { estimate, groups: [low.group, high.group] };
      lower = Math.min(lower, folded.lower);
      upper = Math.min(upper, folded.upper);
    }
  }
  if (worst === undefined) return { ...result, verdict: 'inconclusive', reason: 'all-rates-zero' };
  const limit = threshold!;
  const verdict: Verdict = spec.kind === 'difference'
    ? (upper <= limit ? 'pass' : lower > limit ? 'fail' : 'inconclusive')
    : (lower >= limit ? 'pass' : upper < limit ? 'fail' : 'inconclusive');
  return { ...result, figure: { estimate: worst.estimate, lower, upper, groups: worst.groups, ...(worst.band !== undefined ? { band: worst.band } : {}) }, verdict };
}

/** The AUC of a group's scores, from its bands, with Hanley and McNeil's standard error and a normal interval. */
export function auc(counts: GroupCounts, z: number): Interval & { se: number } {
  const positives = counts.bands?.reduce((sum, b) => sum + b.positives, 0) ?? 0;
  const negatives = (counts.bands?.reduce((sum, b) => sum + b.labelled, 0) ?? 0) - positives;
  if (positives === 0 || negatives === 0) return { estimate: NaN, lower: NaN, upper: NaN, se: NaN };
  // Each positive against every negative below its band, and half of those in it.
  let below = 0;
  let wins = 0;
  for (const band of counts.bands!) {
    const bandNegatives = band.labelled - band.positives;
    wins += band.positives * (below + bandNegatives / 2);
    below += bandNegatives;
  }
  const a = wins / (positives * negatives);
  const q1 = a / (2 - a);
  const q2 = (2 * a * a) / (1 + a);
  const se = Math.sqrt(Math.max(0, (a * (1 - a) + (positives - 1) * (q1 - a * a) + (negatives - 1) * (q2 - a * a)) / (positives * negatives)));
  return { estimate: a, lower: Math.max(0, a - z * se), upper: Math.min(1, a + z * se), se };
}

/** The difference a − b of two independent estimates with standard errors, as a normal interval. */
function normalDifference(a: GroupRate, b: GroupRate, z: number): Interval {
  const estimate = a.estimate - b.estimate;
  const se = Math.hypot(a.se!, b.se!);
  return { estimate, lower: estimate - z * se, upper: estimate + z * se };
}

/**
 * An association test: each proxy's Cramér's V with the group (the protected attribute),
 * with its bootstrap interval (Bonferroni over the proxies); the figure is the strongest,
 * and it passes only when the whole interval is at or below the threshold.
 */
function evaluateAssociation(table: CountsTable, metric: Metric, confidence: number, minGroupSize: number, threshold: number): TestResult {
  const proxies = [...(table.associations ?? new Map<string, Contingency>())];
  const groups: GroupRate[] = proxies.map(([proxy, contingency]) => {
    const { estimate, lower, upper, n } = association(contingency, confidence, proxies.length);
    return { group: proxy, rate: 'cramers-v', n, events: NaN, estimate, lower, upper, small: n < minGroupSize };
  });
  const result: TestResult = { metric, kind: 'association', confidence, minGroupSize, threshold, groups };
  const measured = groups.filter((g) => !g.small && !Number.isNaN(g.estimate));
  if (measured.length === 0) return { ...result, verdict: 'inconclusive', reason: 'fewer-than-two-groups' };
  const strongest = measured.reduce((a, b) => (b.estimate > a.estimate ? b : a));
  const lower = Math.max(...measured.map((g) => g.lower));
  const upper = Math.max(...measured.map((g) => g.upper));
  const verdict: Verdict = upper <= threshold ? 'pass' : lower > threshold ? 'fail' : 'inconclusive';
  return { ...result, figure: { estimate: strongest.estimate, lower, upper, groups: [strongest.group, table.attribute ?? ''] }, verdict };
}
