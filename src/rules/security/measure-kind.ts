// What the encryption, access-control and backup rules share: is a measure of one kind
// in place, planned only, or missing altogether?
import type { Assessment } from '../../model/schema.ts';
import { itemName, list } from '../facts.ts';
import type { Report } from '../types.ts';

export type KindState = { state: 'implemented' } | { state: 'none' } | { state: 'pending'; first: number; ids: string };

export function measureKind(data: Assessment, type: string): KindState {
  const ofType = list(data.security?.measures)
    .map((measure, index) => ({ measure, index }))
    .filter(({ measure }) => measure?.type === type);
  if (ofType.some(({ measure }) => measure.status === 'implemented')) return { state: 'implemented' };
  if (ofType.length === 0) return { state: 'none' };
  return { state: 'pending', first: ofType[0].index, ids: ofType.map(({ measure, index }) => itemName(measure, index)).join(', ') };
}

/** Reports a planned-only kind at the first such measure's status, naming them all. */
export function reportPending(kind: Extract<KindState, { state: 'pending' }>, report: Report): void {
  report(['security', 'measures', kind.first, 'status'], { pending: 'yes', measures: kind.ids });
}
