import { aiUsed, filled, list } from '../facts.ts';
import type { Rule } from '../types.ts';

export const rule: Rule = {
  id: 'fairness/test-failed',
  principle: 'fairness',
  article: 'GDPR Art. 5(1)(a)',
  severity: 'error',
  messages: {
    en: 'fairness test {test} failed on its last run{result?: (result {result}{threshold?:, threshold {threshold}})}',
    nb: 'rettferdighetstesten {test} feilet sist den ble kjørt{result?: (resultat {result}{threshold?:, terskel {threshold}})}',
  },
  hint: {
    en: 'Find and fix the cause (training data, features that act as proxies, the decision threshold), run the test again and record the new `result` and `passed: true`.',
    nb: 'Finn og rett årsaken (treningsdata, variabler som fungerer som stedfortredere, beslutningsterskelen), kjør testen på nytt og registrer nytt `result` og `passed: true`.',
  },
  why: {
    en: 'A failed bias test is evidence that the AI system treats a group of people unfairly; processing that is known to discriminate is not fair processing (Art. 5(1)(a)).',
    nb: 'En feilet test for skjevhet viser at KI-systemet behandler en gruppe mennesker urettferdig; behandling som man vet diskriminerer, er ikke rettferdig behandling (art. 5 nr. 1 bokstav a).',
  },
  example: {
    bad: 'schemaVersion: 1\nid: lead-scoring\nsystem:\n  ai: {used: true}\nfairness:\n  tests:\n    - id: age-parity\n      threshold: 0.1\n      result: 0.23\n      passed: false\n',
    good: 'schemaVersion: 1\nid: lead-scoring\nsystem:\n  ai: {used: true}\nfairness:\n  tests:\n    - id: age-parity\n      threshold: 0.1\n      result: 0.04\n      passed: true\n',
  },
  check({ data }, report) {
    if (!aiUsed(data)) return;
    list(data.fairness?.tests).forEach((test, index) => {
      if (test?.passed !== false) return;
      const args: Record<string, string | number> = { test: test.id ?? String(index + 1) };
      if (filled(test.result)) args.result = test.result!;
      if (filled(test.threshold)) args.threshold = test.threshold!;
      report(['fairness', 'tests', index, 'passed'], args);
    });
  },
};
