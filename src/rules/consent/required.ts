import { filled, list, reliesOnConsent } from '../facts.ts';
import type { Rule } from '../types.ts';
import { perConsent } from './consents.ts';

export const rule: Rule = {
  id: 'consent/required',
  principle: 'consent',
  article: 'GDPR Art. 6(1)(a), Art. 7',
  severity: 'error',
  example: {
    bad: 'schemaVersion: 2\nid: offers\npurposes:\n  - id: offers\n    legalBasis: consent\n',
    good: 'schemaVersion: 2\nid: offers\npurposes:\n  - id: offers\n    legalBasis: consent\nconsents:\n  - id: offers\n    purposes: [offers]\n    mechanism: Unticked checkbox for personalised offers in the customer portal\n',
  },
  check({ data }, report) {
    if (!reliesOnConsent(data)) return;
    const purposes = list(data.purposes);
    const basis = purposes.find((p) => p.legalBasis === 'consent');
    const condition = purposes.find((p) => p.specialCategoryCondition === 'explicit-consent');
    const name = (p: { id?: string }) => p.id ?? String(purposes.indexOf(p) + 1);
    const args: Record<string, string> = basis ? { basis: name(basis) } : condition ? { condition: name(condition) } : { automated: 'yes' };
    perConsent(data, report, ['mechanism'], (consent) => !filled(consent.mechanism), args, true);
  },
};
