import { filled, list, purposeConcernsChildren } from '../facts.ts';
import type { Rule } from '../types.ts';
import { idsOf } from '../legal-basis/basis-facts.ts';

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
    bad: 'schemaVersion: 1\nid: game-app\npurposes:\n  - id: accounts\n    legalBasis: consent\ndataSubjects:\n  - id: players\n    children: true\ndataCategories:\n  - id: profile\n    subjects: [players]\n    purposes: [accounts]\n',
    good: 'schemaVersion: 1\nid: game-app\npurposes:\n  - id: accounts\n    legalBasis: consent\ndataSubjects:\n  - id: players\n    children: true\ndataCategories:\n  - id: profile\n    subjects: [players]\n    purposes: [accounts]\nconsent:\n  minimumAge: 13\n  parentalConsent: Players under 13 need a parent, who approves the account with BankID\n',
  },
  check({ data }, report) {
    const purposes = list(data.purposes).filter((purpose) => purpose.legalBasis === 'consent' && purposeConcernsChildren(data, purpose));
    if (purposes.length === 0) return;
    const ids = idsOf(purposes);
    const age = data.consent?.minimumAge;
    if (age === undefined) report(['consent', 'minimumAge'], { purposes: ids, missing: 'yes' });
    else if (age < FLOOR) report(['consent', 'minimumAge'], { purposes: ids, age, below: 'yes' });
    if (!filled(data.consent?.parentalConsent)) report(['consent', 'parentalConsent'], { purposes: ids, parental: 'yes' });
  },
};
