// Dates and durations, one module: every command, rule, document and the interview parse,
// validate, compare and add dates and ISO 8601 durations here, with Temporal's semantics
// (temporal-polyfill).
//
// - A date is `YYYY-MM-DD` and a real day of the ISO calendar: 2026-02-30, 2026-13-01,
//   2025-02-29 and 2026-1-1 are not dates anywhere (schema, options, interview).
// - A duration is ISO 8601 `P…` in whole, non-negative numbers of years, months, weeks,
//   days, hours, minutes and seconds (at most 6 digits each): `P2Y`, `P18M`, `P1M2W`, `P0D`,
//   `PT72H`. Not `P`, `PT`, `P1.5M`, `-P1M`, `p1m`.
// - date + duration: calendar arithmetic, the day constrained to the month
//   (2026-01-31 + P1M = 2026-02-28, 2024-02-29 + P1Y = 2025-02-28); hours, minutes and
//   seconds count only as far as they make whole days (PT36H adds one day).
// - Today is the system clock's day in local time, unless `--today` (or `--date`) says.
//
// The two patterns are exact: the JSON Schema carries them for editors and the validator,
// so a value the schema accepts is one this module accepts, and the other way round
// (test/model/dates.test.ts checks them against Temporal). Checking a value against them
// costs no Temporal; Temporal is loaded on first arithmetic or comparison only.
import { createRequire } from 'node:module';
import type { Temporal as TemporalNs } from 'temporal-polyfill';
import { cliError, UsageError } from '../errors.ts';

const YEAR_DAY = '\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))';
const LEAP_DAY = '(?:\\d\\d(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29';
/** `YYYY-MM-DD`, a real day of the ISO (proleptic Gregorian) calendar, leap years included. */
export const DATE_PATTERN = `^(?:${YEAR_DAY}|${LEAP_DAY})$`;
/** ISO 8601 duration in whole non-negative years, months, weeks, days, hours, minutes, seconds; at least one. */
export const DURATION_PATTERN = '^P(?!$)(\\d{1,6}Y)?(\\d{1,6}M)?(\\d{1,6}W)?(\\d{1,6}D)?(T(?=\\d)(\\d{1,6}H)?(\\d{1,6}M)?(\\d{1,6}S)?)?$';

const DATE = new RegExp(DATE_PATTERN);
const DURATION = new RegExp(DURATION_PATTERN);

/** True when the value is a date this tool accepts (see the top of this file). */
export function isDate(value: unknown): value is string {
  return typeof value === 'string' && DATE.test(value);
}

/** True when the value is a duration this tool accepts (see the top of this file). */
export function isDuration(value: unknown): value is string {
  return typeof value === 'string' && DURATION.test(value);
}

// temporal-polyfill is some 57 kB minified and costs milliseconds to evaluate; `check`
// answered from its result cache, and every command that only reads `--today`, never
// needs it. So it is required on first use: in the CommonJS bundles esbuild bundles
// `require('temporal-polyfill')` and evaluates it only when called; run from source
// (tsx, tests) there is no `require` and Node loads the ES module through createRequire.
let temporal: typeof TemporalNs | undefined;
declare const require: ((id: string) => unknown) | undefined;
function T(): typeof TemporalNs {
  if (!temporal) {
    const mod = (typeof require === 'function' ? require('temporal-polyfill') : createRequire(import.meta.url)('temporal-polyfill')) as typeof import('temporal-polyfill');
    temporal = mod.Temporal;
  }
  return temporal;
}

/** A date as Temporal.PlainDate (overflow 'reject'); undefined when it is not a date. */
export function plainDate(value: unknown): TemporalNs.PlainDate | undefined {
  if (!isDate(value)) return undefined;
  return T().PlainDate.from(value, { overflow: 'reject' });
}

/** A duration as Temporal.Duration; undefined when it is not a duration. */
export function duration(value: unknown): TemporalNs.Duration | undefined {
  if (!isDuration(value)) return undefined;
  return T().Duration.from(value);
}

/** The numbers of a duration, unit by unit; undefined when it is not a duration. Needs no Temporal. */
export function durationParts(value: unknown): DurationParts | undefined {
  if (!isDuration(value)) return undefined;
  const m = DURATION.exec(value)!;
  const n = (part: string | undefined) => (part === undefined ? 0 : Number.parseInt(part, 10));
  return { years: n(m[1]), months: n(m[2]), weeks: n(m[3]), days: n(m[4]), hours: n(m[6]), minutes: n(m[7]), seconds: n(m[8]) };
}
export interface DurationParts { years: number; months: number; weeks: number; days: number; hours: number; minutes: number; seconds: number }

/** date + duration as `YYYY-MM-DD` (overflow 'constrain'); undefined when either is not valid or the result is out of range. */
export function addDuration(date: unknown, amount: unknown): string | undefined {
  const start = plainDate(date);
  const length = duration(amount);
  if (!start || !length) return undefined;
  try {
    const end = start.add(length, { overflow: 'constrain' });
    return isDate(end.toString()) ? end.toString() : undefined;
  } catch {
    return undefined; // beyond the years Temporal can represent
  }
}

/** Temporal.PlainDate.compare of two dates: negative, 0 or positive; undefined when either is not a date. */
export function compareDates(a: unknown, b: unknown): number | undefined {
  const x = plainDate(a);
  const y = plainDate(b);
  return x && y ? T().PlainDate.compare(x, y) : undefined;
}

/** a is a day before b; false when either is not a date. */
export function isBefore(a: unknown, b: unknown): boolean {
  return (compareDates(a, b) ?? 0) < 0;
}

/** a is a day after b; false when either is not a date. */
export function isAfter(a: unknown, b: unknown): boolean {
  return (compareDates(a, b) ?? 0) > 0;
}

/**
 * Whether a duration is longer than another from every start: compared from 1 January,
 * the start from which a month is longest (31 days), with hours, minutes and seconds
 * counted exactly. `P31D` is not longer than `P1M`; `P32D`, `P1M1D` and `P1MT1H` are.
 * Undefined when either is not a duration.
 */
export function surelyLonger(amount: unknown, than: unknown): boolean | undefined {
  const a = duration(amount);
  const b = duration(than);
  if (!a || !b) return undefined;
  return T().Duration.compare(a, b, { relativeTo: T().PlainDate.from('2000-01-01') }) > 0;
}

/** The system clock's day in local time, `YYYY-MM-DD`. */
function systemToday(now = new Date()): string {
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(now.getFullYear(), 4)}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * The day a command works with: the option's value when given (a usage error, exit 2 and
 * one line naming the option, when it is not a date), else today by the system clock in
 * local time.
 */
export function today(option: string | undefined, flag = '--today', now?: Date): string {
  if (option === undefined) return systemToday(now);
  if (!isDate(option)) throw new UsageError(cliError('error.badDate', { flag, value: option }));
  return option;
}
