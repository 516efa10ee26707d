// Expected failures carry a one-line message for the user and an exit code; anything
// else that reaches the boundary in cli.ts is an internal error (exit 2, one line).

/** Exit codes of the command contract (DESIGN.md). */
export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;

// Each command is bundled on its own, so an error thrown in a command is an instance of
// that bundle's DpiaError, not cli.ts's: the boundary recognises it by this brand.
const BRAND = Symbol.for('dpia.DpiaError');

export class DpiaError extends Error {
  readonly [BRAND] = true;
  constructor(message: string, readonly exitCode: number = EXIT.usage) {
    super(message);
    this.name = 'DpiaError';
  }
}

/** Input that cannot be read or parsed: names the file and, where known, line:column. */
export class InputError extends DpiaError {
  constructor(readonly file: string, readonly reason: string, readonly line?: number, readonly column?: number) {
    super(`${file}${line ? `:${line}:${column ?? 1}` : ''}: ${reason}`, EXIT.usage);
    this.name = 'InputError';
  }
}

export class UsageError extends DpiaError {
  constructor(message: string) {
    super(message, EXIT.usage);
    this.name = 'UsageError';
  }
}

/** Keeps the worst exit code: a 2 is never overwritten by a later 0 or 1. */
export function worstExit(a: number, b: number): number {
  return Math.max(a, b);
}

/** A DpiaError from any bundle (see BRAND). */
export function isDpiaError(error: unknown): error is DpiaError {
  return typeof error === 'object' && error !== null && (error as Record<symbol, unknown>)[BRAND] === true
    && typeof (error as DpiaError).exitCode === 'number';
}
