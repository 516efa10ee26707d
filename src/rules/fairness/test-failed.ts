import { aiUsed, filled, itemName, list, recordedLastRun } from '../facts.ts';
import type { Rule } from '../types.ts';

// A test's last run: the newest that dpia fairness recorded (evidence.fairness) unless a
// result typed by hand (lastRun, result, passed) is newer. A recorded run fails the test
// when its verdict is fail, and also when it is inconclusive: the test passes only when
// the threshold holds at its confidence level, which that run could not show.
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
      const name = itemName(test, index);
      const recorded = recordedLastRun(data, test);
      if (recorded) {
        const { run } = recorded;
        if (run.verdict !== 'fail' && run.verdict !== 'inconclusive') return;
        // Three decimals, as the run is shown everywhere else.
        const number = (x: number | undefined) => (x === undefined ? 'none' : Math.round(x * 1000) / 1000);
        report(['evidence', 'fairness', recorded.index, 'verdict'], {
          test: name, result: number(run.figure), threshold: number(run.threshold),
          ...(run.verdict === 'inconclusive' ? { inconclusive: 'yes', lower: number(run.lower), upper: number(run.upper) } : { failed: 'yes' }),
        });
        return;
      }
      if (test?.passed !== false) return;
      const args: Record<string, string | number> = { test: name, failed: 'yes' };
      if (filled(test.result)) args.result = test.result!;
      if (filled(test.threshold)) args.threshold = test.threshold!;
      report(['fairness', 'tests', index, 'passed'], args);
    });
  },
};
