// Facts about legal bases that several legal-basis and purpose rules ask: which bases
// rest on a law (Art. 6(3)), which Art. 9(2) conditions need one, and who a purpose is.
import type { Assessment, DataCategory, Purpose } from '../../model/schema.ts';
import { categoriesOfPurpose, filled } from '../facts.ts';

/** Art. 6(1)(c) and (e): the bases that must be laid down in Union or member-state law (Art. 6(3)). */
export function restsOnLaw(purpose: Purpose): boolean {
  return purpose.legalBasis === 'legal-obligation' || purpose.legalBasis === 'public-task';
}

/** A basis in law whose law the file names: only then is it "based on a Union or Member State law" (Art. 6(4)). */
export function namesLaw(purpose: Purpose): boolean {
  return restsOnLaw(purpose) && filled(purpose.legalBasisDetails);
}

/**
 * The Art. 9(2) conditions that hold only on the basis of Union or member-state law, by
 * point: (b) also a collective agreement, (h) also a contract with a health professional.
 */
export const CONDITIONS_NEEDING_LAW = {
  employment: 'b',
  'substantial-public-interest': 'g',
  'health-care': 'h',
  'public-health': 'i',
  'archiving-research': 'j',
} as const;

export function conditionNeedsLaw(condition: unknown): condition is keyof typeof CONDITIONS_NEEDING_LAW {
  return typeof condition === 'string' && Object.hasOwn(CONDITIONS_NEEDING_LAW, condition);
}

/** The special-category data categories that serve this purpose. */
export function specialCategoriesOf(data: Assessment, purpose: Purpose): DataCategory[] {
  return categoriesOfPurpose(data, purpose).filter((category) => category.special === true);
}


/** Ids of a list of items (name where an id is missing), for a finding's args. */
export const idsOf = (items: { id?: string; name?: string }[]): string => items.map((item, i) => item.id ?? item.name ?? String(i + 1)).join(', ');
