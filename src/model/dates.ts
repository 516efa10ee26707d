// Dates and durations, one module: every command, rule, document and the interview parse,
// validate, compare and add dates and ISO 8601 durations here, with Temporal's semantics
// (temporal-polyfill).
//
// - A date is `YYYY-MM-DD` and a real day of the ISO calendar: 2026-02-30, 2026-13-01,
//   2025-02-29 and 2026-1-1 are not dates anywhere (schema, options, interview).
// - A duration is ISO 8601 `P…` in whole, non-negative numbers of years, months, weeks,
//   days, hours, minutes and seconds (at most 6 digits each): `P2Y`, `P18M`, `P1M2W`, `P0D`,
//   `PT72H`. Not `P`, `PT`, `P1.5M`, `-P1M`. That is the canonical form, the one dpia writes.
// - A duration may also be written in words, as the interview accepts it: "2 years",
//   "18 months", "1 år og 6 måneder", "30d", "every 2 years", "quarterly", "kvartalsvis",
//   or the ISO form in lower case (`p1m`). Units in the order years, months, weeks, days,
//   hours, minutes, seconds, each at most once. The file, `check` and the documents read
//   such a value as the same duration as its ISO form (parseDuration gives that form);
//   `dpia migrate`, the interview and `dpia edit` write the ISO form.
// - date + duration: calendar arithmetic, the day constrained to the month
//   (2026-01-31 + P1M = 2026-02-28, 2024-02-29 + P1Y = 2025-02-28); hours, minutes and
//   seconds count only as far as they make whole days (PT36H adds one day).
// - Today is the system clock's day in local time, unless `--today` (or `--date`) says.
//
// The two patterns are exact: the JSON Schema carries them for editors and the validator,
// so a value the schema accepts is one this module accepts, and the other way round
// (test/model/dates.test.ts checks them against Temporal). Checking a value against them
// costs no Temporal; Temporal is loaded on first arithmetic or comparison only.
import { lazyModule } from '../lazy-module.ts';
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

// Durations in words. The pattern is written without flags (JSON Schema patterns have
// none), so every letter is a class of its two cases; the parser below reads the groups
// of this very pattern, so what the schema accepts is what dpia reads.
const caseless = (word: string): string => [...word].map((c) => (c.toLowerCase() === c.toUpperCase() ? c : `[${c.toLowerCase()}${c.toUpperCase()}]`)).join('');
const anyOf = (words: readonly string[]): string => `(?:${[...words].sort((a, b) => b.length - a.length).map(caseless).join('|')})`;
/** Unit words, in the order of the ISO designators; the last letter is the ISO designator (`M` after `T` for minutes). */
const UNIT_WORDS: ReadonlyArray<[designator: string, words: readonly string[]]> = [
  ['Y', ['y', 'yr', 'yrs', 'year', 'years', 'år', 'året', 'årene']],
  ['M', ['m', 'mo', 'mos', 'month', 'months', 'mnd', 'md', 'måned', 'måneder', 'måneden', 'månedene', 'maaned', 'maaneder']],
  ['W', ['w', 'wk', 'wks', 'week', 'weeks', 'uke', 'uker', 'uka', 'uken']],
  ['D', ['d', 'day', 'days', 'dag', 'dager', 'døgn', 'dagen']],
  ['TH', ['h', 'hr', 'hrs', 'hour', 'hours', 'time', 'timer', 'timen']],
  ['TM', ['min', 'mins', 'minute', 'minutes', 'minutt', 'minutter']],
  ['TS', ['s', 'sec', 'secs', 'second', 'seconds', 'sek', 'sekund', 'sekunder']],
];
/** Words for "one": "a year", "ett år". */
const ONE = ['a', 'an', 'one', 'en', 'ei', 'et', 'ett'];
/** How often, in one word. */
const ADVERBS: ReadonlyArray<[iso: string, words: readonly string[]]> = [
  ['P1D', ['daily', 'daglig', 'dagleg']],
  ['P1W', ['weekly', 'ukentlig', 'vekentleg']],
  ['P2W', ['fortnightly', 'biweekly', 'annenhver uke']],
  ['P1M', ['monthly', 'månedlig', 'månedsvis', 'månadleg']],
  ['P3M', ['quarterly', 'kvartalsvis', 'kvartalvis']],
  ['P6M', ['half-yearly', 'semi-annually', 'semiannually', 'halvårlig', 'halvårsvis', 'halvårleg']],
  ['P1Y', ['yearly', 'annually', 'annual', 'årlig', 'årsvis', 'årleg']],
];
const SEPARATOR = `(?:\\s*,\\s*|\\s+)(?:${anyOf(['and', 'og'])}\\s+)?`;
const EVERY = `(?:${anyOf(['every', 'each', 'hver', 'hvert', 'kvar', 'kvart'])}\\s+)?`;
// Each unit: (digits)(one-word)(unit); an amount left out is one ("every year").
const TERM = (words: readonly string[]) => `(?:(?:(\\d{1,6})\\.?\\s*|(${anyOf(ONE)})\\s+)?(${anyOf(words)})(?:${SEPARATOR}(?=\\S)|\\s*$))?`;
const ISO_ANY_CASE = DURATION_PATTERN.slice(1, -1).replace(/[PYMWDTHS]/g, (c) => `[${c}${c.toLowerCase()}]`);
/** A duration in any form dpia reads: the ISO form in either case, words, or a word for how often (see the top of this file). */
export const DURATION_TEXT_PATTERN = `^(?:${ISO_ANY_CASE}|\\s*(?:(${ADVERBS.map(([, w]) => anyOf(w)).join(')|(')})|${EVERY}(?=\\S)${UNIT_WORDS.map(([, w]) => TERM(w)).join('')})\\s*)$`;
const DURATION_TEXT = new RegExp(DURATION_TEXT_PATTERN);

/**
 * A duration in any form dpia reads (ISO 8601 in either case, words, "quarterly"), as its
 * canonical ISO 8601 form; undefined when it is none. `P2Y` → `P2Y`, `18 months` → `P18M`,
 * `1 år og 6 måneder` → `P1Y6M`, `kvartalsvis` → `P3M`.
 */
export function parseDuration(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  if (DURATION.test(value)) return value;
  const m = DURATION_TEXT.exec(value);
  if (!m) return undefined;
  if (/^[Pp]/.test(value)) return value.toUpperCase();
  // The groups of the words come after the ISO form's.
  const base = m.length - ADVERBS.length - 3 * UNIT_WORDS.length;
  const adverb = ADVERBS.findIndex((_, i) => m[base + i] !== undefined);
  if (adverb >= 0) return ADVERBS[adverb][0];
  let date = 'P';
  let time = '';
  UNIT_WORDS.forEach(([designator], i) => {
    const start = base + ADVERBS.length + 3 * i;
    const [digits, unit] = [m[start], m[start + 2]];
    if (unit === undefined) return;
    const amount = `${digits === undefined ? 1 : Number.parseInt(digits, 10)}${designator.slice(-1)}`;
    if (designator.startsWith('T')) time += amount;
    else date += amount;
  });
  const iso = time ? `${date}T${time}` : date;
  return isDuration(iso) ? iso : undefined;
}

/** True when dpia reads the value as a duration, in its ISO form or in words (parseDuration). */
export function isDurationText(value: unknown): value is string {
  return parseDuration(value) !== undefined;
}

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
// needs it. So it is required on first use (src/lazy-module.ts; in dist/ it is
// dist/vendor/temporal-polyfill.cjs).
declare const require: (id: string) => unknown;
const temporalModule = lazyModule<typeof import('temporal-polyfill')>(import.meta.url, 'temporal-polyfill', () => require('temporal-polyfill'));
const T = (): typeof TemporalNs => temporalModule().Temporal;

/** A date as Temporal.PlainDate (overflow 'reject'); undefined when it is not a date. */
export function plainDate(value: unknown): TemporalNs.PlainDate | undefined {
  if (!isDate(value)) return undefined;
  return T().PlainDate.from(value, { overflow: 'reject' });
}

/** A duration (in any form parseDuration reads) as Temporal.Duration; undefined when it is not a duration. */
export function duration(value: unknown): TemporalNs.Duration | undefined {
  const iso = parseDuration(value);
  return iso === undefined ? undefined : T().Duration.from(iso);
}

/** The numbers of a duration, unit by unit; undefined when it is not a duration. Needs no Temporal. */
export function durationParts(value: unknown): DurationParts | undefined {
  const iso = parseDuration(value);
  if (iso === undefined) return undefined;
  const m = DURATION.exec(iso)!;
  const n = (part: string | undefined) => (part === undefined ? 0 : Number.parseInt(part, 10));
  return { years: n(m[1]), months: n(m[2]), weeks: n(m[3]), days: n(m[4]), hours: n(m[6]), minutes: n(m[7]), seconds: n(m[8]) };
}
export interface DurationParts { years: number; months: number; weeks: number; days: number; hours: number; minutes: number; seconds: number }

/**
 * Whether two values are the same duration, from every start: in any form parseDuration
 * reads, years and months counted in months, weeks, days, hours, minutes and seconds in
 * seconds (`P2Y` = `24 months` = `2 år`, `P1W` = `7 days`; `P1M` is not `P30D`).
 */
export function sameDuration(a: unknown, b: unknown): boolean {
  const x = durationParts(a);
  const y = durationParts(b);
  if (!x || !y) return false;
  const months = (p: DurationParts) => p.years * 12 + p.months;
  const seconds = (p: DurationParts) => ((p.weeks * 7 + p.days) * 24 + p.hours) * 3600 + p.minutes * 60 + p.seconds;
  return months(x) === months(y) && seconds(x) === seconds(y);
}

/**
 * date + duration as `YYYY-MM-DD`, as Temporal.PlainDate.add with overflow 'constrain' gives
 * it: years and months first (31 January + P1M is 28 or 29 February), then weeks and days,
 * then hours, minutes and seconds in whole days. Undefined when either is not valid or the
 * result is not a four-digit year. Date arithmetic in UTC, without loading Temporal
 * (test/model/dates.test.ts holds the two to the same answers).
 */
export function addDuration(date: unknown, amount: unknown): string | undefined {
  if (!isDate(date)) return undefined;
  const parts = durationParts(amount);
  if (!parts) return undefined;
  const [year, month, day] = date.split('-').map(Number);
  const months = month - 1 + parts.months;
  const y = year + parts.years + Math.floor(months / 12);
  const m = months % 12;
  const seconds = (parts.hours * 60 + parts.minutes) * 60 + parts.seconds;
  const end = utcDay(y, m, Math.min(day, daysInMonth(y, m)) + parts.weeks * 7 + parts.days + Math.floor(seconds / 86_400));
  if (Number.isNaN(end.getTime())) return undefined;
  const text = `${String(end.getUTCFullYear()).padStart(4, '0')}-${String(end.getUTCMonth() + 1).padStart(2, '0')}-${String(end.getUTCDate()).padStart(2, '0')}`;
  return isDate(text) ? text : undefined;
}

/** Midnight UTC of a day of the proleptic Gregorian calendar; days past the month's end roll on (years 0–99 are not read as 19xx). */
function utcDay(year: number, month: number, day: number): Date {
  const date = new Date(0);
  date.setUTCFullYear(year, month, day);
  return date;
}

function daysInMonth(year: number, month: number): number {
  return utcDay(year, month + 1, 0).getUTCDate();
}

/**
 * The order of two dates: negative, 0 or positive; undefined when either is not a date.
 * Dates this module accepts are `YYYY-MM-DD` with a four-digit year, whose order as text
 * is their order in time: no Temporal is loaded to compare them (test/model/dates.test.ts
 * holds it to Temporal.PlainDate.compare).
 */
export function compareDates(a: unknown, b: unknown): number | undefined {
  if (!isDate(a) || !isDate(b)) return undefined;
  return a < b ? -1 : a > b ? 1 : 0;
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
  const a = durationParts(amount);
  const b = durationParts(than);
  if (!a || !b) return undefined;
  // From 1 January 2000 no month needs its day constrained, so the end is plain date arithmetic.
  const end = (p: DurationParts) => utcDay(2000 + p.years, p.months, 1 + p.weeks * 7 + p.days).getTime() + ((p.hours * 60 + p.minutes) * 60 + p.seconds) * 1000;
  const [x, y] = [end(a), end(b)];
  // Beyond the years a date can hold, Temporal decides (and refuses), as before.
  if (Number.isNaN(x) || Number.isNaN(y) || Math.max(a.years, b.years) > 200_000) {
    return T().Duration.compare(duration(amount)!, duration(than)!, { relativeTo: T().PlainDate.from('2000-01-01') }) > 0;
  }
  return x > y;
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
