import { filled, reliesOnConsent } from '../facts.ts';
import type { Rule } from '../types.ts';

export const rule: Rule = {
  id: 'consent/specific',
  principle: 'consent',
  article: 'GDPR Art. 4(11), Art. 6(1)(a)',
  severity: 'error',
  example: {
    bad: 'schemaVersion: 1\nid: offers\npurposes:\n  - id: offers\n    legalBasis: consent\nconsent:\n  mechanism: Unticked checkbox for personalised offers in the customer portal\n',
    good: 'schemaVersion: 1\nid: offers\npurposes:\n  - id: offers\n    legalBasis: consent\nconsent:\n  mechanism: Unticked checkbox for personalised offers in the customer portal\n  specific: A separate checkbox for personalised offers, apart from the terms of service and the newsletter\n',
  },
  check({ data }, report) {
    if (reliesOnConsent(data) && !filled(data.consent?.specific)) report(['consent', 'specific']);
  },
};
