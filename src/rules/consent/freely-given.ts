import { filled, reliesOnConsent } from '../facts.ts';
import { perConsent } from './consents.ts';
import type { Rule } from '../types.ts';

export const rule: Rule = {
  id: 'consent/freely-given',
  principle: 'consent',
  article: 'GDPR Art. 4(11), Art. 7(4)',
  severity: 'error',
  example: {
    bad: 'schemaVersion: 2\nid: offers\npurposes:\n  - id: offers\n    legalBasis: consent\nconsents:\n  - id: offers\n    purposes: [offers]\n    mechanism: Unticked checkbox for personalised offers in the customer portal\n',
    good: 'schemaVersion: 2\nid: offers\npurposes:\n  - id: offers\n    legalBasis: consent\nconsents:\n  - id: offers\n    purposes: [offers]\n    mechanism: Unticked checkbox for personalised offers in the customer portal\n    freelyGiven: Offers are optional; the portal and the subscription work the same without consent, and saying no has no cost\n',
  },
  check({ data }, report) {
    if (reliesOnConsent(data)) perConsent(data, report, ['freelyGiven'], (consent) => !filled(consent.freelyGiven));
  },
};
