import { filled, reliesOnConsent } from '../facts.ts';
import type { Rule } from '../types.ts';

export const rule: Rule = {
  id: 'consent/withdrawal',
  principle: 'consent',
  article: 'GDPR Art. 7(3)',
  severity: 'error',
  example: {
    bad: 'schemaVersion: 1\nid: offers\npurposes:\n  - id: offers\n    legalBasis: consent\nconsent:\n  mechanism: Unticked checkbox in the customer portal\n',
    good: 'schemaVersion: 1\nid: offers\npurposes:\n  - id: offers\n    legalBasis: consent\nconsent:\n  mechanism: Unticked checkbox in the customer portal\n  withdrawal:\n    how: The same checkbox in the portal, or the link in every offer e-mail\n    asEasyAsGiving: true\n',
  },
  check({ data }, report) {
    if (!reliesOnConsent(data)) return;
    const withdrawal = data.consent?.withdrawal;
    if (!filled(withdrawal?.how)) report(withdrawal ? ['consent', 'withdrawal', 'how'] : ['consent', 'withdrawal'], { missing: 'yes' });
    else if (withdrawal?.asEasyAsGiving !== true) report(['consent', 'withdrawal', 'asEasyAsGiving'], { harder: 'yes' });
  },
};
