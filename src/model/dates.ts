// Dates given on the command line (--date, --today): YYYY-MM-DD and a real day.
import { cliError, UsageError } from '../errors.ts';

export function isCalendarDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.toISOString().slice(0, 10) === value;
}

/** The option's value when it is a real date; a usage error (exit 2) otherwise. */
export function dateOption(value: string, flag: string): string {
  if (!isCalendarDate(value)) throw new UsageError(cliError('error.badDate', { flag, value }));
  return value;
}
