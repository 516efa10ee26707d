// Exit codes and how the boundary (cli.ts) knows an expected failure, without the words:
// the command table loads this, and the catalogues only when a command fails (errors.ts).
import type { DpiaError } from './errors.ts';

/** Exit codes of the command contract (DESIGN.md). */
export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;

// Each command is bundled on its own, so an error thrown in a command is an instance of
// that bundle's DpiaError, not cli.ts's: the boundary recognises it by this brand.
export const BRAND = Symbol.for('dpia.DpiaError');

/** Keeps the worst exit code: a 2 is never overwritten by a later 0 or 1. */
export function worstExit(a: number, b: number): number {
  return Math.max(a, b);
}

/** A DpiaError from any bundle (see BRAND). */
export function isDpiaError(error: unknown): error is DpiaError {
  return typeof error === 'object' && error !== null && (error as Record<symbol, unknown>)[BRAND] === true
    && typeof (error as DpiaError).exitCode === 'number';
}
