import { addDuration, aiUsed, list } from '../facts.ts';
import type { Rule } from '../types.ts';

export const rule: Rule = {
  id: 'fairness/test-overdue',
  principle: 'fairness',
  article: 'GDPR Art. 5(1)(a), Art. 24(1)',
  severity: 'warning',
  messages: {
    en: '{never?:fairness test {test} has never been run}{due?:fairness test {test} was due on {due} (last run {lastRun}, every {frequency})}',
    nb: '{never?:rettferdighetstesten {test} har aldri blitt kjørt}{due?:rettferdighetstesten {test} skulle vært kjørt {due} (sist kjørt {lastRun}, hver {frequency})}',
  },
  hint: {
    en: 'Run the test, then record `lastRun` (YYYY-MM-DD), `result` and `passed`.',
    nb: 'Kjør testen og registrer deretter `lastRun` (ÅÅÅÅ-MM-DD), `result` og `passed`.',
  },
  why: {
    en: 'Models drift and customer data changes, so a fairness test shows fair processing (Art. 5(1)(a)) only while it is repeated as planned; measures must be reviewed and updated where necessary (Art. 24(1)).',
    nb: 'Modeller endrer seg og kundedata endrer seg, så en rettferdighetstest viser rettferdig behandling (art. 5 nr. 1 bokstav a) bare så lenge den gjentas som planlagt; tiltakene skal gjennomgås og oppdateres ved behov (art. 24 nr. 1).',
  },
  example: {
    bad: 'schemaVersion: 1\nid: lead-scoring\nsystem:\n  ai: {used: true}\nfairness:\n  tests:\n    - id: age-parity\n      frequency: P3M\n      lastRun: 2025-01-15\n',
    good: 'schemaVersion: 1\nid: lead-scoring\nsystem:\n  ai: {used: true}\nfairness:\n  tests:\n    - id: age-parity\n      frequency: P3M\n      lastRun: 2099-01-15\n',
  },
  check({ data, today }, report) {
    if (!aiUsed(data)) return;
    list(data.fairness?.tests).forEach((test, index) => {
      const name = test?.id ?? String(index + 1);
      if (!test?.lastRun) {
        report(['fairness', 'tests', index, 'lastRun'], { test: name, never: 'yes' });
        return;
      }
      // Without a frequency there is no due date; fairness/tests asks for one.
      if (!test.frequency) return;
      const due = addDuration(test.lastRun, test.frequency);
      if (due !== undefined && due < today) {
        report(['fairness', 'tests', index, 'lastRun'], { test: name, due, lastRun: test.lastRun, frequency: test.frequency });
      }
    });
  },
};
