import { filled, list, reliesOnConsent } from '../facts.ts';
import type { Rule } from '../types.ts';

export const rule: Rule = {
  id: 'consent/required',
  principle: 'consent',
  article: 'GDPR Art. 6(1)(a), Art. 7',
  severity: 'error',
  example: {
    bad: 'schemaVersion: 1\nid: offers\npurposes:\n  - id: offers\n    legalBasis: consent\n',
    good: 'schemaVersion: 1\nid: offers\npurposes:\n  - id: offers\n    legalBasis: consent\nconsent:\n  mechanism: Unticked checkbox for personalised offers in the customer portal\n',
  },
  check({ data }, report) {
    if (!reliesOnConsent(data) || filled(data.consent?.mechanism)) return;
    const purposes = list(data.purposes);
    const basis = purposes.find((p) => p.legalBasis === 'consent');
    const condition = purposes.find((p) => p.specialCategoryCondition === 'explicit-consent');
    const name = (p: { id?: string }) => p.id ?? String(purposes.indexOf(p) + 1);
    report(['consent', 'mechanism'], basis ? { basis: name(basis) } : condition ? { condition: name(condition) } : { automated: 'yes' });
  },
};
