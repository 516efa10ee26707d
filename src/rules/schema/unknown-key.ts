import type { Rule } from '../types.ts';

// Reported by the validator (src/model/validate.ts); the check is empty on purpose.
export const rule: Rule = {
  id: 'schema/unknown-key',
  principle: 'structure',
  article: 'GDPR Art. 5(2)',
  severity: 'warning',
  example: {
    bad: 'schemaVersion: 1\nid: lead-scoring\ndataCategories:\n  - id: contact\n    retension: P2Y\n',
    good: 'schemaVersion: 1\nid: lead-scoring\ndataCategories:\n  - id: contact\n    retention: P2Y\n',
  },
  check() {},
};
