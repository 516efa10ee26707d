import { filled, reliesOnConsent } from '../facts.ts';
import type { Rule } from '../types.ts';

export const rule: Rule = {
  id: 'consent/freely-given',
  principle: 'consent',
  article: 'GDPR Art. 4(11), Art. 7(4)',
  severity: 'error',
  example: {
    bad: 'schemaVersion: 1\nid: offers\npurposes:\n  - id: offers\n    legalBasis: consent\nconsent:\n  mechanism: Unticked checkbox for personalised offers in the customer portal\n',
    good: 'schemaVersion: 1\nid: offers\npurposes:\n  - id: offers\n    legalBasis: consent\nconsent:\n  mechanism: Unticked checkbox for personalised offers in the customer portal\n  freelyGiven: Offers are optional; the portal and the subscription work the same without consent, and saying no has no cost\n',
  },
  check({ data }, report) {
    if (reliesOnConsent(data) && !filled(data.consent?.freelyGiven)) report(['consent', 'freelyGiven']);
  },
};
