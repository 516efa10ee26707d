// The intervals against published values and an independent computation: Wilson's and
// Newcombe's to the four decimals R. G. Newcombe printed (Statistics in Medicine 1998,
// 17:857–872, Table I; 17:873–890, Table II), MOVER-R against the roots of its defining
// equations found by bisection (no closed form shared with the code under test).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { difference, ratio, wilson, zFor, type Count } from '../../src/fairness/intervals.ts';

const z95 = zFor(0.95);
const close = (actual: number, expected: number, digits: number, what: string) =>
  assert.ok(Math.abs(actual - expected) <= 0.5 * 10 ** -digits, `${what}: ${actual} is not ${expected} to ${digits} decimals`);

describe('the normal quantile', () => {
  it('two-sided, one-sided and Bonferroni-adjusted', () => {
    close(z95, 1.959964, 6, '95 % two-sided');
    close(zFor(0.95, { sides: 1 }), 1.644854, 6, '95 % one-sided');
    close(zFor(0.95, { comparisons: 6 }), 2.638257, 6, '95 % over 6 comparisons'); // the 1 − 0.05/12 quantile
    assert.throws(() => zFor(1), RangeError);
    assert.throws(() => zFor(0), RangeError);
  });
});

describe("Wilson's interval for a rate", () => {
  it('matches Newcombe (1998), Table I', () => {
    const cases: [number, number, number, number][] = [[81, 263, 0.2553, 0.3662], [15, 148, 0.0624, 0.1605], [0, 20, 0, 0.1611], [1, 29, 0.0061, 0.1718], [29, 29, 0.8830, 1]];
    for (const [events, n, lower, upper] of cases) {
      const w = wilson({ events, n }, z95);
      close(w.lower, lower, 4, `${events}/${n} lower`);
      close(w.upper, upper, 4, `${events}/${n} upper`);
      assert.equal(w.estimate, events / n);
    }
  });

  it('0 of n starts at 0 and n of n ends at 1 exactly; 0 of 0 has no rate', () => {
    assert.equal(wilson({ events: 0, n: 7 }, z95).lower, 0);
    assert.equal(wilson({ events: 7, n: 7 }, z95).upper, 1);
    assert.ok(Number.isNaN(wilson({ events: 0, n: 0 }, z95).estimate));
  });

  it('refuses a count that is not one', () => {
    for (const bad of [{ events: 3, n: 2 }, { events: -1, n: 2 }, { events: 0.5, n: 2 }]) assert.throws(() => wilson(bad, z95), RangeError);
  });
});

describe("Newcombe's hybrid score interval for a difference", () => {
  it('matches Newcombe (1998), Table II, method 10', () => {
    const cases: [Count, Count, number, number][] = [
      [{ events: 56, n: 70 }, { events: 48, n: 80 }, 0.0524, 0.3339],
      [{ events: 9, n: 10 }, { events: 3, n: 10 }, 0.1705, 0.8090],
      [{ events: 5, n: 56 }, { events: 0, n: 29 }, -0.0381, 0.1926],
    ];
    for (const [a, b, lower, upper] of cases) {
      const d = difference(a, b, z95);
      close(d.lower, lower, 4, `${a.events}/${a.n} − ${b.events}/${b.n} lower`);
      close(d.upper, upper, 4, `${a.events}/${a.n} − ${b.events}/${b.n} upper`);
    }
  });
});

describe('MOVER-R for a ratio', () => {
  // The MOVER limits of a − r·b; the ratio's limits are where they reach 0.
  function byBisection(a: Count, b: Count): { lower: number; upper: number } {
    const wa = wilson(a, z95);
    const wb = wilson(b, z95);
    const low = (r: number) => wa.estimate - r * wb.estimate - Math.hypot(wa.estimate - wa.lower, r * (wb.upper - wb.estimate));
    const high = (r: number) => wa.estimate - r * wb.estimate + Math.hypot(wa.upper - wa.estimate, r * (wb.estimate - wb.lower));
    const root = (f: (r: number) => number) => {
      let [lo, hi] = [0, 1e6];
      for (let i = 0; i < 200; i++) {
        const mid = (lo + hi) / 2;
        if (f(mid) > 0) lo = mid;
        else hi = mid;
      }
      return (lo + hi) / 2;
    };
    return { lower: root(low), upper: root(high) };
  }

  it('its limits are the roots of its equations', () => {
    const cases: [Count, Count][] = [
      [{ events: 30, n: 100 }, { events: 45, n: 100 }],
      [{ events: 2, n: 40 }, { events: 20, n: 40 }],
      [{ events: 45, n: 100 }, { events: 30, n: 100 }],
      [{ events: 0, n: 40 }, { events: 20, n: 40 }],
      [{ events: 400, n: 1000 }, { events: 52, n: 100 }],
    ];
    for (const [a, b] of cases) {
      const r = ratio(a, b, z95);
      const expected = byBisection(a, b);
      close(r.lower, expected.lower, 6, `${a.events}/${a.n} ÷ ${b.events}/${b.n} lower`);
      close(r.upper, expected.upper, 6, `${a.events}/${a.n} ÷ ${b.events}/${b.n} upper`);
      assert.ok(r.lower <= r.estimate && r.estimate <= r.upper);
    }
  });

  it('a denominator rate of 0 has no ratio; a denominator whose lower limit is 0 has no upper limit', () => {
    assert.ok(Number.isNaN(ratio({ events: 3, n: 10 }, { events: 0, n: 10 }, z95).estimate));
    // 1 of 3: the Wilson lower limit is above 0, so the upper limit is finite; a rate with events > 0 always has one.
    assert.ok(Number.isFinite(ratio({ events: 3, n: 10 }, { events: 1, n: 3 }, z95).upper));
  });
});
