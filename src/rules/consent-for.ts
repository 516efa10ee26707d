// Which consent covers a purpose (schemaVersion 2: `consents`, each naming the purposes it
// covers). The rules that ask it keep working whatever the shape of the consents.
import type { Path } from '../model/locate.ts';
import type { Consent, Purpose } from '../model/schema.ts';
import type { Assessment } from '../model/schema.ts';
import { consentsCovering, purposeOnConsent } from './consent/consents.ts';
import { list } from './facts.ts';

export type ConsentRecord = Consent;

/** A purpose that rests on consent: Art. 6(1)(a), or explicit consent under Art. 9(2)(a). */
export function onConsent(purpose: Purpose | undefined): boolean {
  return purposeOnConsent(purpose);
}

/** The first consent that covers the purpose at `index`, with its path; undefined when none does. */
export function consentFor(data: Assessment, index: number): { consent: ConsentRecord; path: Path } | undefined {
  const purpose = list(data.purposes)[index];
  if (purpose === undefined) return undefined;
  const [first] = consentsCovering(data, purpose);
  return first ? { consent: first.consent, path: ['consents', first.index] } : undefined;
}
