import { DpiaError } from '../errors.ts';
import type { Io } from '../io.ts';

// Placeholder until the command lands; see the open issues.
export async function newAssessment(_options: Record<string, unknown>, _io: Io): Promise<number> {
  throw new DpiaError('`dpia new` is not implemented yet');
}
