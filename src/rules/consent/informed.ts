import { filled, reliesOnConsent } from '../facts.ts';
import { perConsent } from './consents.ts';
import type { Rule } from '../types.ts';

export const rule: Rule = {
  id: 'consent/informed',
  principle: 'consent',
  article: 'GDPR Art. 4(11), Art. 7(3)',
  severity: 'error',
  example: {
    bad: 'schemaVersion: 2\nid: offers\npurposes:\n  - id: offers\n    legalBasis: consent\nconsents:\n  - id: offers\n    purposes: [offers]\n    mechanism: Unticked checkbox for personalised offers in the customer portal\n',
    good: 'schemaVersion: 2\nid: offers\npurposes:\n  - id: offers\n    legalBasis: consent\nconsents:\n  - id: offers\n    purposes: [offers]\n    mechanism: Unticked checkbox for personalised offers in the customer portal\n    informed: Next to the checkbox we say who we are, that purchase history is used to choose offers, the right to withdraw at any time, and a link to the privacy notice\n',
  },
  check({ data }, report) {
    if (reliesOnConsent(data)) perConsent(data, report, ['informed'], (consent) => !filled(consent.informed));
  },
};
