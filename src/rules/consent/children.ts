import { filled, list, purposeConcernsChildren } from '../facts.ts';
import type { Rule } from '../types.ts';
import { idsOf } from '../legal-basis/basis-facts.ts';
import { consentsOf } from './consents.ts';

/** The lowest age a member state may set for a child's own consent (Art. 8(1)). */
const FLOOR = 13;

// Asked wherever a consent purpose touches children, not only for online services
// offered directly to them (Art. 8): the age from which a child's own consent counts and
// the parents' role must be decided either way.
export const rule: Rule = {
  id: 'consent/children',
  principle: 'consent',
  article: 'GDPR Art. 8(1)-(2)',
  severity: 'error',
  example: {
    bad: 'schemaVersion: 2\nid: game-app\npurposes:\n  - id: accounts\n    legalBasis: consent\ndataSubjects:\n  - id: players\n    children: true\ndataCategories:\n  - id: profile\n    subjects: [players]\n    purposes: [accounts]\nconsents:\n  - id: accounts\n    purposes: [accounts]\n',
    good: 'schemaVersion: 2\nid: game-app\npurposes:\n  - id: accounts\n    legalBasis: consent\ndataSubjects:\n  - id: players\n    children: true\ndataCategories:\n  - id: profile\n    subjects: [players]\n    purposes: [accounts]\nconsents:\n  - id: accounts\n    purposes: [accounts]\n    minimumAge: 13\n    parentalConsent: Players under 13 need a parent, who approves the account with BankID\n',
  },
  check({ data }, report) {
    const purposes = list(data.purposes).filter((purpose) => purpose.legalBasis === 'consent' && purposeConcernsChildren(data, purpose));
    if (purposes.length === 0) return;
    const consents = consentsOf(data);
    // Each consent that covers a purpose touching children; a purpose no consent covers is consent/coverage's.
    for (const { consent, index, label } of consents) {
      const covered = purposes.filter((p) => p.id !== undefined && list(consent.purposes).includes(p.id));
      if (covered.length === 0) continue;
      const args = { purposes: idsOf(covered), consent: label };
      const age = consent.minimumAge;
      if (age === undefined) report(['consents', index, 'minimumAge'], { ...args, missing: 'yes' });
      else if (age < FLOOR) report(['consents', index, 'minimumAge'], { ...args, age, below: 'yes' });
      if (!filled(consent.parentalConsent)) report(['consents', index, 'parentalConsent'], { ...args, parental: 'yes' });
    }
  },
};
