import { itemName, list } from '../facts.ts';
import { measureKind, reportPending } from './measure-kind.ts';
import type { Rule } from '../types.ts';

// Authentication alone does not satisfy this rule: it says who a user is, not which
// data that user may see or change, and limiting that is what Art. 32(4) and 25(2) ask.
export const rule: Rule = {
  id: 'security/access-control',
  principle: 'data-security',
  article: 'GDPR Art. 32(1)(b), Art. 32(4), Art. 25(2)',
  severity: 'warning',
  example: {
    bad: 'schemaVersion: 1\nid: scoring\nsecurity:\n  measures:\n    - id: sso\n      type: authentication\n      description: Single sign-on with MFA for all CRM users\n      status: implemented\n',
    good: 'schemaVersion: 1\nid: scoring\nsecurity:\n  measures:\n    - id: rbac\n      type: access-control\n      description: Only account owners and sales managers see lead scores; reviewed quarterly\n      status: implemented\n',
  },
  check({ data }, report) {
    const kind = measureKind(data, 'access-control');
    if (kind.state === 'implemented') return;
    if (kind.state === 'pending') {
      reportPending(kind, report);
      return;
    }
    // Authentication says who someone is, not what they may see: it does not count.
    const authentication = list(data.security?.measures)
      .map((measure, index) => ({ measure, index }))
      .filter(({ measure }) => measure?.type === 'authentication' && measure.status === 'implemented');
    if (authentication.length > 0) report(['security', 'measures'], { authOnly: 'yes', measures: authentication.map(({ measure, index }) => itemName(measure, index)).join(', ') });
    else report(['security', 'measures'], { none: 'yes' });
  },
};
