import { filled, needsExplicitConsent } from '../facts.ts';
import type { Rule } from '../types.ts';
import { idsOf } from '../legal-basis/basis-facts.ts';
import { consentsOf, purposesCovered } from './consents.ts';

export const rule: Rule = {
  id: 'consent/explicit',
  principle: 'consent',
  article: 'GDPR Art. 9(2)(a), Art. 22(2)(c)',
  severity: 'error',
  example: {
    bad: 'schemaVersion: 2\nid: care-offers\npurposes:\n  - id: offers\n    legalBasis: consent\n    specialCategoryCondition: explicit-consent\nconsents:\n  - id: offers\n    purposes: [offers]\n    mechanism: Unticked checkbox in the customer portal\n',
    good: 'schemaVersion: 2\nid: care-offers\npurposes:\n  - id: offers\n    legalBasis: consent\n    specialCategoryCondition: explicit-consent\nconsents:\n  - id: offers\n    purposes: [offers]\n    mechanism: Unticked checkbox in the customer portal\n    explicit: A separate confirmation step that names the health data and the purpose; the customer types "I agree"\n',
  },
  check({ data }, report) {
    if (!needsExplicitConsent(data)) return;
    const consents = consentsOf(data);
    if (consents.length === 0) return; // consent/required's finding
    // Art. 9(2)(a): the consents that cover a purpose with the explicit-consent condition.
    for (const { consent, index, label } of consents) {
      const needing = purposesCovered(data, consent).filter((p) => p.specialCategoryCondition === 'explicit-consent');
      if (needing.length > 0 && !filled(consent.explicit)) report(['consents', index, 'explicit'], { consent: label, purposes: idsOf(needing) });
    }
    // Art. 22(2)(c): the file does not tie the automated decision to a purpose, so some consent must say how it is made explicit.
    if (data.system?.ai?.automatedDecision?.exception === 'explicit-consent' && !consents.some(({ consent }) => filled(consent.explicit))) {
      report(['consents', consents[0].index, 'explicit'], { consent: consents[0].label, automated: 'yes' });
    }
  },
};
