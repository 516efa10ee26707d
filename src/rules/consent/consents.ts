// Facts about the consents of a file (schemaVersion 2: `consents`, each naming the
// purposes it covers) that the consent/ rules ask.
import type { Assessment, Consent, Purpose } from '../../model/schema.ts';
import { list } from '../facts.ts';

/** A purpose that relies on consent: legal basis consent (Art. 6(1)(a)) or explicit consent for special categories (Art. 9(2)(a)). */
export function purposeOnConsent(purpose: Purpose | undefined): boolean {
  return purpose?.legalBasis === 'consent' || purpose?.specialCategoryCondition === 'explicit-consent';
}

export interface IndexedConsent {
  consent: Consent;
  index: number;
  /** How a finding names it: its id, else its name, else its position (1-based). */
  label: string;
}

/** The consents recorded, with their positions. */
export function consentsOf(data: Assessment): IndexedConsent[] {
  return list(data.consents).flatMap((consent, index) => (consent && typeof consent === 'object'
    ? [{ consent, index, label: consent.id ?? consent.name ?? String(index + 1) }]
    : []));
}

/** The purposes (that exist in the file) a consent lists. */
export function purposesCovered(data: Assessment, consent: Consent): Purpose[] {
  const ids = new Set(list(consent.purposes));
  return list(data.purposes).filter((p) => p?.id !== undefined && ids.has(p.id));
}

/** The consents that list `purpose`. */
export function consentsCovering(data: Assessment, purpose: Purpose): IndexedConsent[] {
  if (purpose.id === undefined) return [];
  return consentsOf(data).filter(({ consent }) => list(consent.purposes).includes(purpose.id!));
}

/**
 * Reports `field` of every consent where `missing(consent)`. Where no consent is recorded
 * at all, only `reportEmpty` rules (consent/required) report, once, at `consents`.
 */
export function perConsent(data: Assessment, report: (path: (string | number)[], args?: Record<string, string | number>) => void,
  field: (string | number)[], missing: (consent: Consent) => boolean, args: Record<string, string | number> = {}, reportEmpty = false): void {
  const consents = consentsOf(data);
  if (consents.length === 0 && reportEmpty) report(['consents'], { ...args, empty: 'yes' });
  for (const { consent, index, label } of consents) {
    if (missing(consent)) report(['consents', index, ...field], { ...args, consent: label });
  }
}
