// Which consent covers a purpose. Today a file holds one `consent` for every purpose on
// consent; when consent becomes a list (`consents[]`, each naming its purposes), only this
// function changes, and the rules that ask it keep working.
import type { Path } from '../model/locate.ts';
import type { Assessment, Purpose } from '../model/schema.ts';
import { list } from './facts.ts';

export type ConsentRecord = NonNullable<Assessment['consent']>;

/** A purpose that rests on consent: Art. 6(1)(a), or explicit consent under Art. 9(2)(a). */
export function onConsent(purpose: Purpose | undefined): boolean {
  return purpose?.legalBasis === 'consent' || purpose?.specialCategoryCondition === 'explicit-consent';
}

/** The consent recorded for the purpose at `index`, with its path; undefined when none is recorded. */
export function consentFor(data: Assessment, index: number): { consent: ConsentRecord; path: Path } | undefined {
  if (list(data.purposes)[index] === undefined) return undefined;
  const consent = data.consent;
  return consent && typeof consent === 'object' ? { consent, path: ['consent'] } : undefined;
}
