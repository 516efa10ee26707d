import { measureKind, reportPending } from './measure-kind.ts';
import type { Rule } from '../types.ts';

export const rule: Rule = {
  id: 'security/backup',
  principle: 'data-security',
  article: 'GDPR Art. 32(1)(c)',
  severity: 'warning',
  example: {
    bad: 'schemaVersion: 1\nid: scoring\nsecurity:\n  measures:\n    - id: backup\n      type: backup\n      description: Nightly snapshots\n      status: planned\n      owner: IT operations\n      due: 2026-12-31\n',
    good: 'schemaVersion: 1\nid: scoring\nsecurity:\n  measures:\n    - id: backup\n      type: backup\n      description: Nightly encrypted snapshots kept 35 days; restore tested every quarter\n      status: implemented\n',
  },
  check({ data }, report) {
    const kind = measureKind(data, 'backup');
    if (kind.state === 'none') report(['security', 'measures'], { none: 'yes' });
    else if (kind.state === 'pending') reportPending(kind, report);
  },
};
