import { aiUsed, filled, itemName, list } from '../facts.ts';
import type { Rule } from '../types.ts';

export const rule: Rule = {
  id: 'fairness/test-failed',
  principle: 'fairness',
  article: 'GDPR Art. 5(1)(a)',
  severity: 'error',
  example: {
    bad: 'schemaVersion: 1\nid: lead-scoring\nsystem:\n  ai: {used: true}\nfairness:\n  tests:\n    - id: age-parity\n      threshold: 0.1\n      result: 0.23\n      passed: false\n',
    good: 'schemaVersion: 1\nid: lead-scoring\nsystem:\n  ai: {used: true}\nfairness:\n  tests:\n    - id: age-parity\n      threshold: 0.1\n      result: 0.04\n      passed: true\n',
  },
  check({ data }, report) {
    if (!aiUsed(data)) return;
    list(data.fairness?.tests).forEach((test, index) => {
      if (test?.passed !== false) return;
      const args: Record<string, string | number> = { test: itemName(test, index) };
      if (filled(test.result)) args.result = test.result!;
      if (filled(test.threshold)) args.threshold = test.threshold!;
      report(['fairness', 'tests', index, 'passed'], args);
    });
  },
};
