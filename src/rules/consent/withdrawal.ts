import { filled, reliesOnConsent } from '../facts.ts';
import type { Rule } from '../types.ts';
import { consentsOf } from './consents.ts';

export const rule: Rule = {
  id: 'consent/withdrawal',
  principle: 'consent',
  article: 'GDPR Art. 7(3)',
  severity: 'error',
  example: {
    bad: 'schemaVersion: 2\nid: offers\npurposes:\n  - id: offers\n    legalBasis: consent\nconsents:\n  - id: offers\n    purposes: [offers]\n    mechanism: Unticked checkbox in the customer portal\n',
    good: 'schemaVersion: 2\nid: offers\npurposes:\n  - id: offers\n    legalBasis: consent\nconsents:\n  - id: offers\n    purposes: [offers]\n    mechanism: Unticked checkbox in the customer portal\n    withdrawal:\n      how: The same checkbox in the portal, or the link in every offer e-mail\n      asEasyAsGiving: true\n',
  },
  check({ data }, report) {
    if (!reliesOnConsent(data)) return;
    const consents = consentsOf(data);
    for (const { consent, index, label } of consents) {
      const withdrawal = consent.withdrawal;
      const at = ['consents', index, 'withdrawal'];
      if (!filled(withdrawal?.how)) report(withdrawal ? [...at, 'how'] : at, { missing: 'yes', consent: label });
      else if (withdrawal?.asEasyAsGiving !== true) report([...at, 'asEasyAsGiving'], { harder: 'yes', consent: label });
    }
  },
};
