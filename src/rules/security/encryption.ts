import { measureKind, reportPending } from './measure-kind.ts';
import type { Rule } from '../types.ts';

export const rule: Rule = {
  id: 'security/encryption',
  principle: 'data-security',
  article: 'GDPR Art. 32(1)(a)',
  severity: 'warning',
  example: {
    bad: 'schemaVersion: 1\nid: scoring\nsecurity:\n  measures:\n    - id: rbac\n      type: access-control\n      description: Only sales managers see scores\n      status: implemented\n',
    good: 'schemaVersion: 1\nid: scoring\nsecurity:\n  measures:\n    - id: tls\n      type: encryption\n      description: TLS 1.2 or later between the CRM and the scoring service; database encrypted at rest\n      status: implemented\n',
  },
  check({ data }, report) {
    const kind = measureKind(data, 'encryption');
    if (kind.state === 'none') report(['security', 'measures'], { none: 'yes' });
    else if (kind.state === 'pending') reportPending(kind, report);
  },
};
