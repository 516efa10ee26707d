// The metrics against hand-computed values on a small table (each figure worked out
// below from the confusion matrices), the verdicts on clear, biased and too-small data,
// and the coverage of the between-group interval in simulation (a seeded generator: the
// same numbers every run).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addRow, emptyTable, type CountsTable } from '../../src/fairness/counts.ts';
import { difference, zFor } from '../../src/fairness/intervals.ts';
import { auc, bandEdges, evaluate, METRICS, type Metric } from '../../src/fairness/metrics.ts';
import { bandOf } from '../../src/fairness/read.ts';
import { seeded } from '../../src/fairness/random.ts';

/** A table from each group's confusion matrix: true and false positives, false and true negatives. */
function table(groups: Record<string, [tp: number, fp: number, fn: number, tn: number]>): CountsTable {
  const t = emptyTable();
  for (const [group, [tp, fp, fn, tn]] of Object.entries(groups)) {
    const rows: [boolean, boolean, number][] = [[true, true, tp], [true, false, fp], [false, true, fn], [false, false, tn]];
    for (const [predicted, actual, count] of rows) for (let i = 0; i < count; i++) addRow(t, { group, predicted, actual });
  }
  return t;
}

// A: selection 30/50 = 0.6, TPR 16/20 = 0.8, FPR 14/30, precision 16/30
// B: selection 13/50 = 0.26, TPR 10/20 = 0.5, FPR 3/30 = 0.1, precision 10/13
// C: selection 20/40 = 0.5, TPR 12/16 = 0.75, FPR 8/24, precision 12/20 = 0.6
const SMALL = { A: [16, 14, 4, 16], B: [10, 3, 10, 27], C: [12, 8, 4, 16] } satisfies Record<string, [number, number, number, number]>;

describe('the metrics, as Fairlearn defines them', () => {
  const t = table(SMALL);
  const expected: Record<Exclude<Metric, 'selection-rate' | 'true-positive-rate' | 'false-positive-rate' | 'precision' | 'calibration-difference' | 'auc' | 'auc-difference' | 'cramers-v' | 'outcome-rate' | 'outcome-rate-difference' | 'outcome-rate-ratio'>, [number, [string, string]]> = {
    'demographic-parity-difference': [0.6 - 0.26, ['A', 'B']],
    'demographic-parity-ratio': [0.26 / 0.6, ['B', 'A']],
    'four-fifths': [0.26 / 0.6, ['B', 'A']],
    'equal-opportunity-difference': [0.8 - 0.5, ['A', 'B']],
    'equal-opportunity-ratio': [0.5 / 0.8, ['B', 'A']],
    // max(TPR difference 0.3, FPR difference 14/30 − 0.1 = 0.3667)
    'equalized-odds-difference': [14 / 30 - 0.1, ['A', 'B']],
    // min(TPR ratio 0.625, FPR ratio 0.1 / (14/30) = 0.2143)
    'equalized-odds-ratio': [0.1 / (14 / 30), ['B', 'A']],
    'predictive-parity-difference': [10 / 13 - 16 / 30, ['B', 'A']],
  };
  for (const [metric, [value, groups]] of Object.entries(expected)) {
    it(`${metric}: ${value.toFixed(4)} between ${groups.join(' and ')}`, () => {
      const result = evaluate(t, { metric: metric as Metric, threshold: 0.5, minGroupSize: 1 });
      assert.ok(result.figure, 'a figure');
      assert.ok(Math.abs(result.figure.estimate - value) < 1e-12, `${result.figure.estimate} is not ${value}`);
      assert.deepEqual(result.figure.groups, groups);
      assert.ok(result.figure.lower <= result.figure.estimate && result.figure.estimate <= result.figure.upper, 'the interval holds the estimate');
    });
  }

  it('the rates per group, each with its Wilson interval', () => {
    const rates = (metric: Metric) => Object.fromEntries(evaluate(t, { metric, minGroupSize: 1 }).groups.map((g) => [g.group, [g.events, g.n]]));
    assert.deepEqual(rates('selection-rate'), { A: [30, 50], B: [13, 50], C: [20, 40] });
    assert.deepEqual(rates('true-positive-rate'), { A: [16, 20], B: [10, 20], C: [12, 16] });
    assert.deepEqual(rates('false-positive-rate'), { A: [14, 30], B: [3, 30], C: [8, 24] });
    assert.deepEqual(rates('precision'), { A: [16, 30], B: [10, 13], C: [12, 20] });
    const rate = evaluate(t, { metric: 'selection-rate' });
    assert.equal(rate.verdict, undefined);
    assert.equal(rate.figure, undefined);
  });

  it('the outcome rate (AIF360\'s base rate) of an evaluation: by group, its difference and ratio, with no decision read', () => {
    // Answers judged correct: nynorsk 1,840 of 2,000 (0.92), bokmål 1,870 of 2,000 (0.935);
    // a decision is neither given nor missed.
    const results = emptyTable(undefined, true, undefined, undefined, false);
    for (const [group, correct, asked] of [['nynorsk', 1840, 2000], ['bokmål', 1870, 2000]] as const) {
      for (let i = 0; i < asked; i++) addRow(results, { group, predicted: undefined, actual: i < correct });
    }
    addRow(results, { group: 'nynorsk', predicted: undefined, actual: undefined });
    assert.equal(results.missing.prediction, 0);
    assert.equal(results.missing.outcome, 1);
    const rates = evaluate(results, { metric: 'outcome-rate' }).groups.map((g) => [g.group, g.events, g.n]);
    assert.deepEqual(rates, [['bokmål', 1870, 2000], ['nynorsk', 1840, 2000]]);
    const difference = evaluate(results, { metric: 'outcome-rate-difference', threshold: 0.05 });
    assert.ok(Math.abs(difference.figure!.estimate - 0.015) < 1e-12);
    assert.deepEqual(difference.figure!.groups, ['bokmål', 'nynorsk']);
    // Newcombe's interval of 0.935 − 0.92 at 95 %: about −0.0011 to 0.0311, within 0.05.
    assert.ok(Math.abs(difference.figure!.upper - 0.0311) < 0.0005, String(difference.figure!.upper));
    assert.equal(difference.verdict, 'pass');
    const ratio = evaluate(results, { metric: 'outcome-rate-ratio', threshold: 0.9 });
    assert.ok(Math.abs(ratio.figure!.estimate - 0.92 / 0.935) < 1e-12);
    assert.deepEqual(ratio.figure!.groups, ['nynorsk', 'bokmål']);
  });

  it('every metric is defined, and one without a threshold is refused (four-fifths has 0.8)', () => {
    for (const metric of (Object.keys(METRICS) as Metric[]).filter((m) => !('bands' in METRICS[m]))) {
      if (METRICS[metric].kind === 'rate' || metric === 'four-fifths') assert.doesNotThrow(() => evaluate(t, { metric }));
      else assert.throws(() => evaluate(t, { metric }), RangeError);
    }
    assert.equal(evaluate(t, { metric: 'four-fifths' }).threshold, 0.8);
  });

  it('with two groups, the figure\'s interval is the Newcombe interval at the stated confidence', () => {
    const two = table({ A: SMALL.A, B: SMALL.B });
    const result = evaluate(two, { metric: 'demographic-parity-difference', threshold: 0.1, minGroupSize: 1, confidence: 0.9 });
    const direct = difference({ events: 30, n: 50 }, { events: 13, n: 50 }, zFor(0.9));
    assert.ok(Math.abs(result.figure!.lower - direct.lower) < 1e-12 && Math.abs(result.figure!.upper - direct.upper) < 1e-12);
  });
});

describe('the verdict holds with the stated confidence', () => {
  const rates = (groups: Record<string, [number, number]>) => {
    const t = emptyTable();
    for (const [group, [selected, n]] of Object.entries(groups)) for (let i = 0; i < n; i++) addRow(t, { group, predicted: i < selected, actual: undefined });
    return t;
  };

  it('pass: large groups, close rates', () => {
    const r = evaluate(rates({ a: [2500, 5000], b: [2550, 5000] }), { metric: 'demographic-parity-difference', threshold: 0.05 });
    assert.equal(r.verdict, 'pass');
    assert.ok(r.figure!.upper <= 0.05);
  });

  it('fail: a planted gap the interval clears', () => {
    const r = evaluate(rates({ a: [500, 1000], b: [300, 1000] }), { metric: 'demographic-parity-difference', threshold: 0.1 });
    assert.equal(r.verdict, 'fail');
    assert.ok(r.figure!.lower > 0.1);
    assert.equal(evaluate(rates({ a: [500, 1000], b: [300, 1000] }), { metric: 'four-fifths' }).verdict, 'fail');
  });

  it('inconclusive: the estimate is within the threshold but the interval is not', () => {
    const r = evaluate(rates({ a: [20, 40], b: [18, 40] }), { metric: 'demographic-parity-difference', threshold: 0.1 });
    assert.ok(r.figure!.estimate <= 0.1);
    assert.equal(r.verdict, 'inconclusive');
  });

  it('a group below the minimum size is shown and flagged, never compared', () => {
    const r = evaluate(rates({ a: [50, 100], b: [48, 100], tiny: [0, 10] }), { metric: 'demographic-parity-ratio', threshold: 0.8 });
    assert.deepEqual(r.groups.filter((g) => g.small).map((g) => g.group), ['tiny']);
    assert.deepEqual(r.figure!.groups, ['b', 'a']);
    const alone = evaluate(rates({ a: [50, 100], tiny: [0, 10] }), { metric: 'demographic-parity-ratio', threshold: 0.8 });
    assert.equal(alone.verdict, 'inconclusive');
    assert.equal(alone.reason, 'fewer-than-two-groups');
    const none = evaluate(rates({ a: [0, 100], b: [0, 100] }), { metric: 'demographic-parity-ratio', threshold: 0.8 });
    assert.equal(none.verdict, 'inconclusive');
    assert.equal(none.reason, 'all-rates-zero');
  });

  it('missing values are counted, not dropped silently', () => {
    const t = emptyTable();
    addRow(t, { group: undefined, predicted: true, actual: true });
    addRow(t, { group: 'a', predicted: undefined, actual: true });
    addRow(t, { group: 'a', predicted: true, actual: undefined });
    addRow(t, { group: 'a', predicted: false, actual: false });
    assert.deepEqual(t.missing, { group: 1, prediction: 1, outcome: 1, proxy: 0 });
    assert.equal(t.rows, 4);
    assert.deepEqual(t.groups.get('a'), { group: 'a', n: 2, selected: 1, labelled: 1, positives: 0, truePositives: 0, falsePositives: 0 });
  });
});

// A seeded generator, so the simulations are the same every run.
const random = seeded;

/** A banded table from scored rows: group, score, actual outcome. */
function scored(rows: [string, number, boolean][], edges: number[]): CountsTable {
  const t = emptyTable(edges);
  for (const [group, score, actual] of rows) addRow(t, { group, predicted: undefined, band: bandOf(score, edges), actual });
  return t;
}

describe('calibration by score band and the AUC by group', () => {
  it('bands hold their lower edge, the last its upper edge too; a score outside has none', () => {
    const edges = bandEdges(10);
    assert.equal(bandOf(0, edges), 0);
    assert.equal(bandOf(0.1, edges), 1);
    assert.equal(bandOf(0.0999, edges), 0);
    assert.equal(bandOf(0.95, edges), 9);
    assert.equal(bandOf(1, edges), 9);
    assert.equal(bandOf(1.01, edges), undefined);
    assert.equal(bandOf(-0.01, edges), undefined);
    assert.deepEqual(bandEdges([0, 0.5, 1]), [0, 0.5, 1]);
  });

  it('calibration-difference: the largest gap in the observed rate between groups within one band', () => {
    // Band 0–0.5: A 4 of 20 positive (0.2), B 6 of 20 (0.3); band 0.5–1: A 15 of 20 (0.75), B 10 of 20 (0.5).
    const rows: [string, number, boolean][] = [];
    const put = (group: string, score: number, positives: number, n: number) => {
      for (let i = 0; i < n; i++) rows.push([group, score, i < positives]);
    };
    put('A', 0.2, 4, 20);
    put('B', 0.3, 6, 20);
    put('A', 0.7, 15, 20);
    put('B', 0.9, 10, 20);
    const result = evaluate(scored(rows, [0, 0.5, 1]), { metric: 'calibration-difference', threshold: 0.1, minGroupSize: 1 });
    assert.ok(Math.abs(result.figure!.estimate - 0.25) < 1e-12, String(result.figure!.estimate));
    assert.deepEqual(result.figure!.groups, ['A', 'B']);
    assert.equal(result.figure!.band, 1);
    assert.deepEqual(result.groups.map((g) => [g.group, g.band, g.events, g.n]), [['A', 0, 4, 20], ['B', 0, 6, 20], ['A', 1, 15, 20], ['B', 1, 10, 20]]);
    // Two comparisons (one pair in each of two bands): each interval at 1 − 0.05 / 2.
    const direct = difference({ events: 15, n: 20 }, { events: 10, n: 20 }, zFor(0.95, { comparisons: 2 }));
    assert.ok(Math.abs(result.figure!.upper - direct.upper) < 1e-12);
  });

  it('the AUC and its standard error reproduce Hanley and McNeil (1982), Table 1: 0.893 ± 0.032', () => {
    // Ratings 1–5 of 58 normal and 51 abnormal CT images (Radiology 143:29–36), as five score bands.
    const negatives = [33, 6, 6, 11, 2];
    const positives = [3, 2, 2, 11, 33];
    const edges = [0, 1, 2, 3, 4, 5];
    const rows: [string, number, boolean][] = [];
    negatives.forEach((n, band) => { for (let i = 0; i < n; i++) rows.push(['ct', band + 0.5, false]); });
    positives.forEach((n, band) => { for (let i = 0; i < n; i++) rows.push(['ct', band + 0.5, true]); });
    const result = auc(scored(rows, edges).groups.get('ct')!, zFor(0.95));
    assert.ok(Math.abs(result.estimate - 2642 / 2958) < 1e-12, String(result.estimate));
    assert.equal(result.estimate.toFixed(3), '0.893');
    assert.equal(result.se.toFixed(3), '0.032');
  });

  it('the AUC from 1,000 bands equals the Mann–Whitney count over every pair for scores with three decimals', () => {
    const next = random(35);
    const rows: [string, number, boolean][] = [];
    for (let i = 0; i < 600; i++) {
      const group = i % 2 === 0 ? 'a' : 'b';
      const actual = next() < 0.4;
      // Scores that separate the classes better in group a; many ties at three decimals.
      const score = Math.round(Math.min(1, Math.max(0, (actual ? 0.6 : 0.4) + (next() - 0.5) * (group === 'a' ? 0.5 : 0.9))) * 1000) / 1000;
      rows.push([group, score, actual]);
    }
    const byPairs = (group: string) => {
      const pos = rows.filter((r) => r[0] === group && r[2]).map((r) => r[1]);
      const neg = rows.filter((r) => r[0] === group && !r[2]).map((r) => r[1]);
      let wins = 0;
      for (const p of pos) for (const n of neg) wins += p > n ? 1 : p === n ? 0.5 : 0;
      return wins / (pos.length * neg.length);
    };
    const result = evaluate(scored(rows, bandEdges(1000)), { metric: 'auc-difference', threshold: 0.2 });
    const [a, b] = [byPairs('a'), byPairs('b')];
    const got = Object.fromEntries(result.groups.map((g) => [g.group, g.estimate]));
    assert.ok(Math.abs(got.a - a) < 1e-12 && Math.abs(got.b - b) < 1e-12, `${got.a} ${a} ${got.b} ${b}`);
    assert.ok(a > b);
    assert.ok(Math.abs(result.figure!.estimate - (a - b)) < 1e-12);
    assert.deepEqual(result.figure!.groups, ['a', 'b']);
  });

  it('a planted gap in calibration fails; the same model without it passes', () => {
    const next = random(11);
    const generate = (shift: number) => {
      const rows: [string, number, boolean][] = [];
      for (let i = 0; i < 40000; i++) {
        const group = i % 2 === 0 ? 'a' : 'b';
        const score = next();
        // Calibrated for a: P(positive | score) = score; for b the outcome runs `shift` below the score.
        rows.push([group, score, next() < Math.max(0, score - (group === 'b' ? shift : 0))]);
      }
      return scored(rows, bandEdges(10));
    };
    assert.equal(evaluate(generate(0.2), { metric: 'calibration-difference', threshold: 0.1 }).verdict, 'fail');
    assert.equal(evaluate(generate(0), { metric: 'calibration-difference', threshold: 0.1 }).verdict, 'pass');
  });
});

describe('the between-group interval covers the true figure', () => {
  it('in at least 95 % of 400 samples of four groups of 150 with the same rate (true difference 0, ratio 1)', () => {
    const next = random(20261201);
    let differenceCovered = 0;
    let ratioCovered = 0;
    const samples = 400;
    for (let s = 0; s < samples; s++) {
      const t = emptyTable();
      for (const group of ['a', 'b', 'c', 'd']) for (let i = 0; i < 150; i++) addRow(t, { group, predicted: next() < 0.3, actual: undefined });
      if (evaluate(t, { metric: 'demographic-parity-difference', threshold: 0.1 }).figure!.lower === 0) differenceCovered++;
      if (evaluate(t, { metric: 'demographic-parity-ratio', threshold: 0.8 }).figure!.upper === 1) ratioCovered++;
    }
    assert.ok(differenceCovered / samples >= 0.95, `difference covered ${differenceCovered} of ${samples}`);
    assert.ok(ratioCovered / samples >= 0.95, `ratio covered ${ratioCovered} of ${samples}`);
  });

  it('a planted bias in generated data fails four-fifths; the same data without it passes', () => {
    const next = random(7);
    const generate = (rateB: number) => {
      const t = emptyTable();
      for (let i = 0; i < 20000; i++) {
        const group = i % 2 === 0 ? 'a' : 'b';
        addRow(t, { group, predicted: next() < (group === 'a' ? 0.5 : rateB), actual: undefined });
      }
      return t;
    };
    assert.equal(evaluate(generate(0.35), { metric: 'four-fifths' }).verdict, 'fail');
    assert.equal(evaluate(generate(0.5), { metric: 'four-fifths' }).verdict, 'pass');
  });
});
