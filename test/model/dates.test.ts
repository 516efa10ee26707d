// The one dates module (src/model/dates.ts): a table at month ends and leap years, the
// refusals, and the schema's patterns checked day by day against Temporal itself.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { Temporal } from 'temporal-polyfill';
import {
  addDuration, compareDates, DATE_PATTERN, duration, DURATION_PATTERN, DURATION_TEXT_PATTERN, durationParts, isAfter, isBefore, isDate, isDuration,
  parseDuration as readDuration, plainDate, sameDuration, surelyLonger, today,
} from '../../src/model/dates.ts';
import { UsageError } from '../../src/errors.ts';
import { parseDate, parseDuration } from '../../src/interview/input.ts';
import { formatDate, formatDuration } from '../../src/i18n/format.ts';

describe('dates module', () => {
  it('adds durations with the day constrained to the month (Temporal PlainDate.add)', () => {
    const table: Array<[string, string, string]> = [
      ['2026-01-31', 'P1M', '2026-02-28'],
      ['2024-01-31', 'P1M', '2024-02-29'],
      ['2024-02-29', 'P1Y', '2025-02-28'],
      ['2023-02-28', 'P1Y', '2024-02-28'],
      ['2024-02-29', 'P4Y', '2028-02-29'],
      ['2026-03-31', 'P1M', '2026-04-30'],
      ['2026-08-31', 'P6M', '2027-02-28'],
      ['2026-12-31', 'P1D', '2027-01-01'],
      ['2026-01-31', 'P1M2W', '2026-03-14'],
      ['2026-01-15', 'P2W', '2026-01-29'],
      ['2026-01-15', 'P0D', '2026-01-15'],
      ['2026-01-15', 'PT36H', '2026-01-16'],
      ['2026-01-15', 'PT23H', '2026-01-15'],
      ['1900-02-28', 'P1D', '1900-03-01'],
      ['2000-02-28', 'P1D', '2000-02-29'],
      ['2026-05-31', 'P1Y1M', '2027-06-30'],
    ];
    for (const [date, length, expected] of table) assert.equal(addDuration(date, length), expected, `${date} + ${length}`);
  });

  it('refuses what is not a date or not a duration, everywhere', () => {
    for (const bad of ['2026-02-30', '2026-13-01', '2025-02-29', '1900-02-29', '2026-1-1', '2026-00-10', '2026-04-31', '20260101', '2026-01-01T10:00', '+002026-01-01', ' 2026-01-01', '', 'today']) {
      assert.equal(isDate(bad), false, bad);
      assert.equal(plainDate(bad), undefined, bad);
      assert.equal(addDuration(bad, 'P1D'), undefined, bad);
      assert.equal(compareDates(bad, '2026-01-01'), undefined, bad);
      if (bad.trim() === bad) assert.equal(parseDate(bad), undefined, `interview: ${bad}`); // the interview trims what is typed
      assert.throws(() => today(bad), (error: unknown) => error instanceof UsageError, bad);
      assert.equal(formatDate(bad, 'en'), bad, 'a document prints a non-date as it is');
    }
    for (const bad of ['P', 'PT', 'P1.5M', 'PT1.5H', '-P1M', '+P1M', 'P1Y1Y', 'P1D1M', 'P1YT', 'P1S', 'P1234567Y', 'P 1M', '', '1 year and 1 year', '6 months 1 year', '2 years and', 'soon', '1.5 months']) {
      assert.equal(isDuration(bad), false, bad);
      assert.equal(duration(bad), undefined, bad);
      assert.equal(durationParts(bad), undefined, bad);
      assert.equal(addDuration('2026-01-01', bad), undefined, bad);
      assert.equal(formatDuration(bad, 'en'), bad, 'a document prints a non-duration as it is');
    }
    for (const bad of ['P', 'PT', 'P1.5M', '-P1M', '-2 years', '1.5 months', '0']) assert.equal(parseDuration(bad), undefined, `interview: ${bad}`);
    for (const bad of ['P', 'P1234567Y']) assert.equal(isDuration(bad), false, bad);
  });

  it('accepts real dates and durations, and the interview agrees', () => {
    for (const good of ['2024-02-29', '2000-02-29', '0000-02-29', '2026-12-31', '2026-01-01', '9999-12-31']) {
      assert.equal(isDate(good), true, good);
      assert.equal(plainDate(good)?.toString(), good, good);
      assert.equal(parseDate(good), good, good);
    }
    assert.equal(parseDate('29.2.2024'), '2024-02-29');
    assert.equal(parseDate('30.2.2026'), undefined);
    for (const good of ['P2Y', 'P18M', 'P1M2W', 'P0D', 'PT72H', 'P1Y2M3W4DT5H6M7S', 'P999999Y']) {
      assert.equal(isDuration(good), true, good);
      assert.ok(duration(good), good);
    }
    assert.equal(parseDuration('p1y'), 'P1Y');
    assert.equal(parseDuration('2 years and 6 months'), 'P2Y6M');
    assert.deepEqual(durationParts('P1M2WT3H'), { years: 0, months: 1, weeks: 2, days: 0, hours: 3, minutes: 0, seconds: 0 });
    assert.equal(formatDuration('P0D', 'en'), '0 days');
  });

  it('reads durations in words as the same duration as their ISO form, and the schema pattern agrees', () => {
    const pattern = new RegExp(DURATION_TEXT_PATTERN);
    const table: Array<[string, string]> = [
      ['2 år', 'P2Y'], ['18 months', 'P18M'], ['quarterly', 'P3M'], ['kvartalsvis', 'P3M'], ['Kvartalsvis', 'P3M'], ['monthly', 'P1M'],
      ['årlig', 'P1Y'], ['1 år og 6 måneder', 'P1Y6M'], ['2 years, 6 months and 3 days', 'P2Y6M3D'], ['30d', 'P30D'], ['1M', 'P1M'],
      ['every 2 years', 'P2Y'], ['hvert 2. år', 'P2Y'], ['a year', 'P1Y'], ['ett år', 'P1Y'], ['72 hours', 'PT72H'], ['p1m', 'P1M'], ['P1Y', 'P1Y'],
    ];
    for (const [text, iso] of table) {
      assert.equal(readDuration(text), iso, text);
      assert.equal(parseDuration(text), iso, `interview: ${text}`);
      assert.ok(pattern.test(text), `schema: ${text}`);
      assert.equal(isDuration(text), text === iso, `${text} is canonical only as ${iso}`);
      assert.deepEqual(durationParts(text), durationParts(iso), text);
      assert.equal(addDuration('2026-01-31', text), addDuration('2026-01-31', iso), text);
      assert.equal(formatDuration(text, 'nb'), formatDuration(iso, 'nb'), text);
    }
    for (const bad of ['soon', '2', '', '1.5 months', '-2 years', '0', 'P', 'PT', '6 months 1 year', '1 year and 1 year', 'quarterly please']) {
      assert.equal(readDuration(bad), undefined, bad);
      assert.equal(pattern.test(bad), false, `schema: ${bad}`);
    }
  });

  it('knows the same duration in another form', () => {
    for (const [a, b] of [['P2Y', '24 months'], ['2 år', 'P2Y'], ['P1W', '7 days'], ['kvartalsvis', 'P3M'], ['P1D', 'PT24H']]) assert.equal(sameDuration(a, b), true, `${a} = ${b}`);
    for (const [a, b] of [['P1M', 'P30D'], ['P1Y', 'P365D'], ['P1Y', 'soon'], ['x', 'x']]) assert.equal(sameDuration(a, b), false, `${a} ≠ ${b}`);
  });

  it('adds durations and compares them as Temporal does, without Temporal', () => {
    // A fixed-seed sample of days (month ends, leap days, the ends of the range) and durations (every unit, at its borders).
    let seed = 20261201;
    const pick = <T>(list: readonly T[]): T => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return list[seed % list.length];
    };
    const days = ['0000-01-01', '0000-02-29', '0099-12-31', '0100-02-28', '1900-02-28', '1999-12-31', '2000-01-31', '2000-02-29', '2023-01-31',
      '2024-02-29', '2024-03-31', '2026-01-31', '2026-05-31', '2026-08-31', '2026-11-30', '9998-12-31', '9999-01-31', '9999-12-31'];
    const amounts = [0, 0, 0, 1, 2, 11, 12, 13, 23, 24, 25, 28, 29, 30, 31, 59, 60, 61, 365, 366, 1439, 1440, 86399, 86400, 999999];
    const reference = (date: string, iso: string): string | undefined => {
      try {
        const end = Temporal.PlainDate.from(date).add(Temporal.Duration.from(iso), { overflow: 'constrain' }).toString();
        return isDate(end) ? end : undefined;
      } catch {
        return undefined;
      }
    };
    const relativeTo = Temporal.PlainDate.from('2000-01-01');
    for (let i = 0; i < 4000; i++) {
      const units = ['Y', 'M', 'W', 'D'].map((unit) => [unit, pick(amounts)] as const).filter(([, n]) => n > 0).map(([unit, n]) => `${n}${unit}`).join('');
      const time = ['H', 'M', 'S'].map((unit) => [unit, pick(amounts)] as const).filter(([, n]) => n > 0).map(([unit, n]) => `${n}${unit}`).join('');
      const iso = `P${units}${time ? `T${time}` : ''}`;
      if (iso === 'P') continue;
      const date = pick(days);
      assert.equal(addDuration(date, iso), reference(date, iso), `${date} + ${iso}`);
      const other = pick(['P1M', 'P31D', 'PT744H', 'P6M', 'P1Y', iso]);
      let expected: boolean | string;
      try {
        expected = Temporal.Duration.compare(iso, other, { relativeTo }) > 0;
      } catch {
        expected = 'throws';
      }
      let actual: boolean | string;
      try {
        actual = surelyLonger(iso, other)!;
      } catch {
        actual = 'throws';
      }
      assert.equal(actual, expected, `${iso} longer than ${other}`);
    }
  });

  it('compares dates as Temporal.PlainDate.compare does, without Temporal', () => {
    // Days across years, months, leap days and the ends of the four-digit range, each pair both ways.
    const days = ['0000-01-01', '0001-12-31', '0999-02-28', '1000-01-01', '1999-12-31', '2000-02-29', '2024-02-29', '2026-01-09',
      '2026-01-10', '2026-02-01', '2026-10-01', '2026-09-30', '2026-11-30', '2027-01-01', '9999-12-31'];
    for (const a of days) {
      for (const b of days) assert.equal(compareDates(a, b), Temporal.PlainDate.compare(Temporal.PlainDate.from(a), Temporal.PlainDate.from(b)), `${a} vs ${b}`);
    }
  });

  it('compares with PlainDate.compare', () => {
    assert.equal(compareDates('2026-01-31', '2026-02-01'), -1);
    assert.equal(compareDates('2026-02-01', '2026-02-01'), 0);
    assert.equal(compareDates('2027-01-01', '2026-12-31'), 1);
    assert.equal(isBefore('2026-01-31', '2026-02-01'), true);
    assert.equal(isBefore('2026-02-30', '2027-01-01'), false, 'not a date: never before');
    assert.equal(isAfter('2026-02-01', '2026-01-31'), true);
    assert.equal(isAfter(undefined, '2026-01-31'), false);
  });

  it('a duration surely longer than another (a month counted at its longest)', () => {
    for (const ok of ['P1M', 'P30D', 'P31D', 'P4W', 'P2W3D', 'PT72H', 'PT744H']) assert.equal(surelyLonger(ok, 'P1M'), false, ok);
    for (const late of ['P2M', 'P1M1D', 'P32D', 'P5W', 'P1Y', 'P1MT1H', 'P31DT1S']) assert.equal(surelyLonger(late, 'P1M'), true, late);
    assert.equal(surelyLonger('P1.5M', 'P1M'), undefined);
  });

  it('today: the option when it is a date, else the system clock in local time', () => {
    assert.equal(today('2024-02-29'), '2024-02-29');
    assert.equal(today(undefined, '--today', new Date(2026, 0, 31, 23, 59)), '2026-01-31');
    assert.equal(today(undefined, '--today', new Date(2026, 1, 1, 0, 0)), '2026-02-01');
    assert.equal(today(undefined), Temporal.Now.plainDateISO().toString(), 'the local day, as Temporal.Now has it');
    assert.throws(() => today('2026-02-30', '--date'), (error: unknown) => error instanceof UsageError);
  });

  it("the schema's date pattern is exactly the real days: every candidate 1583-2400 by the Gregorian rule, every 29 February 0000-9999 and a spread of month ends by Temporal", () => {
    const pattern = new RegExp(DATE_PATTERN);
    const pad = (n: number, w = 2) => String(n).padStart(w, '0');
    const real = (y: number, m: number, d: number) => {
      try {
        Temporal.PlainDate.from({ year: y, month: m, day: d }, { overflow: 'reject' });
        return true;
      } catch {
        return false;
      }
    };
    const leap = (y: number) => y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
    for (let y = 1583; y <= 2400; y++) {
      for (let m = 0; m <= 13; m++) {
        for (let d = 0; d <= 32; d++) {
          const text = `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
          const expected = m >= 1 && m <= 12 && d >= 1 && d <= [31, leap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
          if (pattern.test(text) !== expected) assert.fail(`${text}: pattern says ${!expected}`);
        }
      }
    }
    for (let y = 0; y <= 9999; y++) {
      const text = `${pad(y, 4)}-02-29`;
      assert.equal(pattern.test(text), real(y, 2, 29), text);
      assert.equal(isDate(text), plainDate(text) !== undefined, text);
    }
    // Spot checks against Temporal across the range of four-digit years.
    for (let y = 0; y <= 9999; y += 37) {
      for (const [m, d] of [[1, 31], [4, 31], [6, 30], [2, 28], [12, 31], [11, 31]]) {
        assert.equal(pattern.test(`${pad(y, 4)}-${pad(m)}-${pad(d)}`), real(y, m, d), `${y}-${m}-${d}`);
      }
    }
  });

  it("the schema's duration pattern accepts only what Temporal.Duration.from reads", () => {
    const pattern = new RegExp(DURATION_PATTERN);
    const units = ['Y', 'M', 'W', 'D'];
    const times = ['H', 'M', 'S'];
    for (let mask = 0; mask < 128; mask++) {
      const date = units.filter((_, i) => mask & (1 << i)).map((u) => `999999${u}`).join('');
      const time = times.filter((_, i) => mask & (1 << (i + 4))).map((u) => `999999${u}`).join('');
      const text = `P${date}${time ? `T${time}` : ''}`;
      if (text === 'P') continue;
      assert.ok(pattern.test(text), text);
      assert.doesNotThrow(() => Temporal.Duration.from(text), text);
    }
  });
});
