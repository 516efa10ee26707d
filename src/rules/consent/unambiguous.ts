import { filled, reliesOnConsent } from '../facts.ts';
import { perConsent } from './consents.ts';
import type { Rule } from '../types.ts';

export const rule: Rule = {
  id: 'consent/unambiguous',
  principle: 'consent',
  article: 'GDPR Art. 4(11)',
  severity: 'error',
  example: {
    bad: 'schemaVersion: 2\nid: offers\npurposes:\n  - id: offers\n    legalBasis: consent\nconsents:\n  - id: offers\n    purposes: [offers]\n    mechanism: Unticked checkbox for personalised offers in the customer portal\n',
    good: 'schemaVersion: 2\nid: offers\npurposes:\n  - id: offers\n    legalBasis: consent\nconsents:\n  - id: offers\n    purposes: [offers]\n    mechanism: Unticked checkbox for personalised offers in the customer portal\n    unambiguous: The customer ticks an empty checkbox; nothing is pre-ticked\n',
  },
  check({ data }, report) {
    if (reliesOnConsent(data)) perConsent(data, report, ['unambiguous'], (consent) => !filled(consent.unambiguous));
  },
};
