import { filled, needsExplicitConsent } from '../facts.ts';
import type { Rule } from '../types.ts';

export const rule: Rule = {
  id: 'consent/explicit',
  principle: 'consent',
  article: 'GDPR Art. 9(2)(a), Art. 22(2)(c)',
  severity: 'error',
  example: {
    bad: 'schemaVersion: 1\nid: care-offers\npurposes:\n  - id: offers\n    legalBasis: consent\n    specialCategoryCondition: explicit-consent\nconsent:\n  mechanism: Unticked checkbox in the customer portal\n',
    good: 'schemaVersion: 1\nid: care-offers\npurposes:\n  - id: offers\n    legalBasis: consent\n    specialCategoryCondition: explicit-consent\nconsent:\n  mechanism: Unticked checkbox in the customer portal\n  explicit: A separate confirmation step that names the health data and the purpose; the customer types "I agree"\n',
  },
  check({ data }, report) {
    if (needsExplicitConsent(data) && !filled(data.consent?.explicit)) report(['consent', 'explicit']);
  },
};
