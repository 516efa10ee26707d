import { aiUsed, filled, itemName, list } from '../facts.ts';
import type { Rule } from '../types.ts';

// What a bias test must say to be repeatable: what is measured, for which group, the
// limit it must stay within, and how often it runs.
const REQUIRED = ['metric', 'attribute', 'threshold', 'frequency'] as const;

export const rule: Rule = {
  id: 'fairness/tests',
  principle: 'fairness',
  article: 'GDPR Art. 5(1)(a); recital 71',
  severity: 'warning',
  example: {
    bad: 'schemaVersion: 1\nid: lead-scoring\nsystem:\n  ai: {used: true, type: predictive model}\n',
    good: 'schemaVersion: 1\nid: lead-scoring\nsystem:\n  ai: {used: true, type: predictive model}\nfairness:\n  tests:\n    - id: age-parity\n      metric: demographic parity difference\n      attribute: age band\n      threshold: 0.1\n      frequency: P3M\n',
  },
  check({ data }, report) {
    if (!aiUsed(data)) return;
    const tests = list(data.fairness?.tests);
    if (tests.length === 0) {
      report(['fairness', 'tests'], { none: 'yes' });
      return;
    }
    tests.forEach((test, index) => {
      for (const field of REQUIRED) {
        if (!filled(test?.[field])) report(['fairness', 'tests', index, field], { test: itemName(test, index), [field]: 'yes' });
      }
    });
  },
};
