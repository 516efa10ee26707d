import { filled, reliesOnConsent } from '../facts.ts';
import { perConsent } from './consents.ts';
import type { Rule } from '../types.ts';

export const rule: Rule = {
  id: 'consent/records',
  principle: 'consent',
  article: 'GDPR Art. 7(1)',
  severity: 'error',
  example: {
    bad: 'schemaVersion: 2\nid: offers\npurposes:\n  - id: offers\n    legalBasis: consent\nconsents:\n  - id: offers\n    purposes: [offers]\n    mechanism: Unticked checkbox for personalised offers in the customer portal\n',
    good: 'schemaVersion: 2\nid: offers\npurposes:\n  - id: offers\n    legalBasis: consent\nconsents:\n  - id: offers\n    purposes: [offers]\n    mechanism: Unticked checkbox for personalised offers in the customer portal\n    records: The CRM stores customer id, time, channel, the version of the consent text and the purposes; withdrawals are stored the same way\n',
  },
  check({ data }, report) {
    if (reliesOnConsent(data)) perConsent(data, report, ['records'], (consent) => !filled(consent.records));
  },
};
