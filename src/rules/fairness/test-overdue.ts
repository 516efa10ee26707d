import { addDuration, isBefore } from '../../model/dates.ts';
import { aiUsed, itemName, list } from '../facts.ts';
import type { Rule } from '../types.ts';

export const rule: Rule = {
  id: 'fairness/test-overdue',
  principle: 'fairness',
  article: 'GDPR Art. 5(1)(a), Art. 24(1)',
  severity: 'warning',
  example: {
    bad: 'schemaVersion: 1\nid: lead-scoring\nsystem:\n  ai: {used: true}\nfairness:\n  tests:\n    - id: age-parity\n      frequency: P3M\n      lastRun: 2025-01-15\n',
    good: 'schemaVersion: 1\nid: lead-scoring\nsystem:\n  ai: {used: true}\nfairness:\n  tests:\n    - id: age-parity\n      frequency: P3M\n      lastRun: 2099-01-15\n',
  },
  check({ data, today }, report) {
    if (!aiUsed(data)) return;
    list(data.fairness?.tests).forEach((test, index) => {
      const name = itemName(test, index);
      if (!test?.lastRun) {
        report(['fairness', 'tests', index, 'lastRun'], { test: name, never: 'yes' });
        return;
      }
      // Without a frequency there is no due date; fairness/tests asks for one.
      if (!test.frequency) return;
      const due = addDuration(test.lastRun, test.frequency);
      if (due !== undefined && isBefore(due, today)) {
        report(['fairness', 'tests', index, 'lastRun'], { test: name, due, lastRun: test.lastRun, frequency: test.frequency });
      }
    });
  },
};
