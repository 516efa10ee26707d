// A command tells the code cache (src/boot/compile-cache.ts) when a run did not do its
// whole work, e.g. `check` answered from the result cache, so that the code cache such a
// run would save is not mistaken for a complete one. A flag on globalThis because the
// command and the boot code are separate bundles.
const PARTIAL = Symbol.for('dpia.codeCache.partialRun');

export function markPartialRun(): void {
  (globalThis as Record<symbol, unknown>)[PARTIAL] = true;
}

export function isPartialRun(): boolean {
  return (globalThis as Record<symbol, unknown>)[PARTIAL] === true;
}
