import type { Rule } from '../types.ts';

// Reported by the validator (src/model/validate.ts); the check is empty on purpose.
export const rule: Rule = {
  id: 'schema/invalid',
  principle: 'structure',
  article: 'GDPR Art. 5(2)',
  severity: 'error',
  example: {
    bad: 'schemaVersion: 1\nid: lead-scoring\nrisks:\n  - id: r1\n    likelihood: 7\n',
    good: 'schemaVersion: 1\nid: lead-scoring\nrisks:\n  - id: r1\n    likelihood: 3\n',
  },
  check() {},
};
