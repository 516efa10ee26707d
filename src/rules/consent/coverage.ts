import { list } from '../facts.ts';
import type { Rule } from '../types.ts';
import { consentsCovering, consentsOf, purposeOnConsent } from './consents.ts';

// Consent is given "for one or more specific purposes" (Art. 6(1)(a)) and a request for it
// must be distinguishable from other matters (Art. 7(2)): each purpose that relies on
// consent must be named by a consent in `consents`. Where no consent is recorded at all,
// consent/required reports the gap once.
export const rule: Rule = {
  id: 'consent/coverage',
  principle: 'consent',
  article: 'GDPR Art. 6(1)(a), Art. 7(2)',
  severity: 'error',
  example: {
    bad: 'schemaVersion: 2\nid: offers\npurposes:\n  - id: offers\n    legalBasis: consent\n  - id: training\n    legalBasis: consent\nconsents:\n  - id: offers\n    purposes: [offers]\n',
    good: 'schemaVersion: 2\nid: offers\npurposes:\n  - id: offers\n    legalBasis: consent\n  - id: training\n    legalBasis: consent\nconsents:\n  - id: offers\n    purposes: [offers]\n  - id: training\n    purposes: [training]\n',
  },
  check({ data }, report) {
    if (consentsOf(data).length === 0) return;
    list(data.purposes).forEach((purpose, index) => {
      if (!purposeOnConsent(purpose) || purpose.id === undefined) return;
      if (consentsCovering(data, purpose).length > 0) return;
      const field = purpose.legalBasis === 'consent' ? 'legalBasis' : 'specialCategoryCondition';
      report(['purposes', index, field], { purpose: purpose.id });
    });
  },
};
