import { filled, significantAutomatedDecision } from '../facts.ts';
import type { Rule } from '../types.ts';

const ARTICLE22_2_POINT = { contract: 'a', law: 'b', 'explicit-consent': 'c' } as const;

// Fires for the legal case only (solely automated, significant effects), whether or not
// the decision comes from AI; for other AI results fairness/human-review asks for a way
// to get a manual review, which is what the seed's "challenge or ask for" means there.
export const rule: Rule = {
  id: 'fairness/contest',
  principle: 'fairness',
  article: 'GDPR Art. 22(3); recital 71',
  severity: 'error',
  example: {
    bad: 'schemaVersion: 1\nid: credit-check\nsystem:\n  ai:\n    used: true\n    automatedDecision: {exists: true, significantEffect: true, exception: contract}\n',
    good: 'schemaVersion: 1\nid: credit-check\nsystem:\n  ai:\n    used: true\n    automatedDecision: {exists: true, significantEffect: true, exception: contract}\nfairness:\n  contest: The rejection e-mail links to a form; a credit officer reconsiders the case and answers within 5 working days.\n',
  },
  check({ data }, report) {
    if (!significantAutomatedDecision(data) || filled(data.fairness?.contest)) return;
    const exception = data.system?.ai?.automatedDecision?.exception;
    const letter = exception ? ARTICLE22_2_POINT[exception] : undefined;
    report(['fairness', 'contest'], letter ? { exception: letter } : {});
  },
};
