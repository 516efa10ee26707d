// Confidence intervals for the rates a fairness test compares, and for the difference and
// the ratio of two groups' rates. Score intervals throughout: they stay inside [0, 1], are
// defined for 0 of n and n of n, and keep their coverage for the small groups a bias test
// often has, where the textbook Wald interval (p ± z·√(p(1−p)/n)) does not.
//
//   rate         Wilson's score interval: E. B. Wilson (1927), JASA 22:209–212; method 3
//                of R. G. Newcombe (1998), Statistics in Medicine 17:857–872.
//   difference   Newcombe's hybrid score interval, method 10 of R. G. Newcombe (1998),
//                Statistics in Medicine 17:873–890: each rate's Wilson limits, squared
//                and added (MOVER).
//   ratio        MOVER-R from the same Wilson limits: R. G. Newcombe (2016), Statistical
//                Methods in Medical Research 25(5):1774–1778, doi:10.1177/0962280213502144
//                (G. Y. Zou and A. Donner's method for a ratio of two independent estimates).
// jStat's types (it publishes none), named here so that every program that reaches this
// module has them: the API's declarations are bundled from src/api.ts alone.
/// <reference path="./jstat.d.ts" />
import jStat from 'jstat';

export interface Interval {
  estimate: number;
  lower: number;
  upper: number;
}

/** A rate's count: `events` of `n`. */
export interface Count {
  events: number;
  n: number;
}

/**
 * The standard normal quantile for a confidence level: two-sided (0.95 → 1.96) or
 * one-sided (0.95 → 1.645). `comparisons` > 1 makes it a Bonferroni-adjusted quantile,
 * so that that many intervals hold together at the level.
 */
export function zFor(confidence: number, options: { sides?: 1 | 2; comparisons?: number } = {}): number {
  if (!(confidence > 0 && confidence < 1)) throw new RangeError(`a confidence level is between 0 and 1, not ${confidence}`);
  const alpha = (1 - confidence) / Math.max(1, options.comparisons ?? 1);
  return jStat.normal.inv(1 - alpha / (options.sides ?? 2), 0, 1);
}

function checkCount({ events, n }: Count): void {
  if (!Number.isInteger(events) || !Number.isInteger(n) || events < 0 || n < 0 || events > n) {
    throw new RangeError(`a count is whole numbers with 0 <= events <= n, not ${events} of ${n}`);
  }
}

/** Wilson's score interval for events/n; NaN throughout when n is 0 (no rate to estimate). */
export function wilson(count: Count, z: number): Interval {
  checkCount(count);
  const { events, n } = count;
  if (n === 0) return { estimate: NaN, lower: NaN, upper: NaN };
  const p = events / n;
  const z2 = z * z;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (z / (1 + z2 / n)) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  // At 0 of n and n of n the limit is the rate itself; rounding must not move it off.
  return { estimate: p, lower: events === 0 ? 0 : Math.max(0, centre - half), upper: events === n ? 1 : Math.min(1, centre + half) };
}

/** Newcombe's hybrid score interval for the difference of two independent rates, a − b. */
export function difference(a: Count, b: Count, z: number): Interval {
  const wa = wilson(a, z);
  const wb = wilson(b, z);
  const d = wa.estimate - wb.estimate;
  return {
    estimate: d,
    lower: d - Math.hypot(wa.estimate - wa.lower, wb.upper - wb.estimate),
    upper: d + Math.hypot(wa.upper - wa.estimate, wb.estimate - wb.lower),
  };
}

/**
 * MOVER-R for the ratio of two independent rates, a / b; NaN throughout when b's rate is
 * 0. The limits are the values of r at which the MOVER interval of a − r·b has 0 as a
 * limit (a quadratic in r); where b's lower limit is 0 the upper limit is Infinity.
 */
export function ratio(a: Count, b: Count, z: number): Interval {
  const wa = wilson(a, z);
  const wb = wilson(b, z);
  const [p1, l1, u1] = [wa.estimate, wa.lower, wa.upper];
  const [p2, l2, u2] = [wb.estimate, wb.lower, wb.upper];
  if (!(p2 > 0)) return { estimate: NaN, lower: NaN, upper: NaN };
  const product = p1 * p2;
  // Lower limit: where the MOVER lower limit of a − r·b, falling from l1 at r = 0, reaches 0;
  // the root in r ≥ 0 of r²·u2(2p2 − u2) − 2r·p1p2 + l1(2p1 − l1) = 0 (the smaller root when
  // the leading coefficient is positive, the only one in r ≥ 0 when it is not).
  const lowerA = u2 * (2 * p2 - u2);
  const lowerC = l1 * (2 * p1 - l1);
  const lowerDiscriminant = product * product - lowerA * lowerC;
  let lower: number;
  if (l1 === 0) lower = 0;
  else if (lowerA === 0) lower = lowerC / (2 * product);
  else lower = lowerDiscriminant >= 0 ? (product - Math.sqrt(lowerDiscriminant)) / lowerA : 0;
  // Upper limit: where the MOVER upper limit of a − r·b, falling from u1 at r = 0, reaches 0;
  // it never does when b's lower limit is 0. The larger root of
  // r²·l2(2p2 − l2) − 2r·p1p2 + u1(2p1 − u1) = 0.
  const upperA = l2 * (2 * p2 - l2);
  const upperDiscriminant = product * product - upperA * u1 * (2 * p1 - u1);
  const upper = upperA > 0 && upperDiscriminant >= 0 ? (product + Math.sqrt(upperDiscriminant)) / upperA : Infinity;
  return { estimate: p1 / p2, lower: Math.max(0, lower), upper };
}
