import { addDuration, isBefore } from '../../model/dates.ts';
import { aiUsed, itemName, list, recordedLastRun } from '../facts.ts';
import type { Rule } from '../types.ts';

// The last run is the newer of `lastRun` (typed by hand) and the newest run dpia fairness
// recorded (evidence.fairness).
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
      const recorded = recordedLastRun(data, test);
      const lastRun = recorded ? recorded.run.date! : typeof test?.lastRun === 'string' ? test.lastRun : undefined;
      const path = recorded ? ['evidence', 'fairness', recorded.index, 'date'] : ['fairness', 'tests', index, 'lastRun'];
      if (!lastRun) {
        report(path, { test: name, never: 'yes' });
        return;
      }
      // Without a frequency there is no due date; fairness/tests asks for one.
      if (!test?.frequency) return;
      const due = addDuration(lastRun, test.frequency);
      if (due !== undefined && isBefore(due, today)) {
        report(path, { test: name, due, lastRun, frequency: test.frequency });
      }
    });
  },
};
