// A check of a few files lasts a few dozen milliseconds. In that time V8's optimising
// compiler (TurboFan) spends more compiling the parser's hot loops, on a second thread
// that competes with the main one on a small machine, than the optimised code saves:
// measured here, the parse of the 800-line example takes 18 ms without it and 19–38 ms
// with it. So a short run goes without, and a long one (many files) keeps it. The flag
// is set back before exit, so the code cache is written for the default flags.
import { setFlagsFromString } from 'node:v8';

/** At most this many files make a short run. */
export const SHORT_RUN_FILES = 8;

export async function inShortRun<T>(files: number, work: () => Promise<T>): Promise<T> {
  const short = files <= SHORT_RUN_FILES;
  if (short) setFlagsFromString('--no-turbofan');
  try {
    return await work();
  } finally {
    if (short) setFlagsFromString('--turbofan');
  }
}
