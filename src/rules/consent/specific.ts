import { filled, reliesOnConsent } from '../facts.ts';
import { perConsent } from './consents.ts';
import type { Rule } from '../types.ts';

export const rule: Rule = {
  id: 'consent/specific',
  principle: 'consent',
  article: 'GDPR Art. 4(11), Art. 6(1)(a)',
  severity: 'error',
  example: {
    bad: 'schemaVersion: 2\nid: offers\npurposes:\n  - id: offers\n    legalBasis: consent\nconsents:\n  - id: offers\n    purposes: [offers]\n    mechanism: Unticked checkbox for personalised offers in the customer portal\n',
    good: 'schemaVersion: 2\nid: offers\npurposes:\n  - id: offers\n    legalBasis: consent\nconsents:\n  - id: offers\n    purposes: [offers]\n    mechanism: Unticked checkbox for personalised offers in the customer portal\n    specific: A separate checkbox for personalised offers, apart from the terms of service and the newsletter\n',
  },
  check({ data }, report) {
    if (reliesOnConsent(data)) perConsent(data, report, ['specific'], (consent) => !filled(consent.specific));
  },
};
