// The settings of `dpia check --concurrency` (src/check/parallel.ts), apart from the workers
// themselves so that reading the option loads no worker code.
import { availableParallelism } from 'node:os';

/** A setting `--concurrency` takes: off, auto or a whole number of workers from 1 to 999. */
export function isConcurrency(setting: string): boolean {
  return setting === 'off' || setting === 'auto' || /^[1-9]\d{0,2}$/.test(setting);
}

/** Fewer files than this to analyse are done on the main thread: starting a worker costs more. */
export const PARALLEL_MIN_FILES = 64;

/**
 * Whether a run of `files` files may use workers at all (auto: 64 files or more, on more
 * than one core), so that any other loads no worker code.
 */
export function mayUseWorkers(setting: string | undefined, files: number): boolean {
  if (setting === undefined || setting === 'off') return false;
  return setting === 'auto' ? files >= PARALLEL_MIN_FILES && availableParallelism() > 1 : true;
}
