import { filled } from '../facts.ts';
import type { Rule } from '../types.ts';

// Art. 22(1) is a prohibition in principle (C-634/21 SCHUFA): a solely automated decision
// with legal or similarly significant effects is unlawful unless an Art. 22(2) exception is
// recorded. Division of labour: the 22(3) safeguards for contract and explicit consent are
// fairness/human-review (human intervention) and fairness/contest (expressing one's view,
// contesting); explicit consent itself is the consent/ rules' (facts.reliesOnConsent and
// needsExplicitConsent count the Art. 22(2)(c) exception). This rule asks only what no other
// rule does: whether the effect is recorded, the exception, and for (b) the law and the
// safeguards it lays down.
export const rule: Rule = {
  id: 'legal-basis/automated-decision',
  principle: 'purpose',
  article: 'GDPR Art. 22(1), Art. 22(2)',
  severity: 'error',
  example: {
    bad: 'schemaVersion: 1\nid: instant-credit\nsystem:\n  ai:\n    used: true\n    automatedDecision: {exists: true, significantEffect: true}\n',
    good: 'schemaVersion: 1\nid: instant-credit\nsystem:\n  ai:\n    used: true\n    automatedDecision: {exists: true, significantEffect: true, exception: contract}\n',
  },
  check({ data }, report) {
    const decision = data.system?.ai?.automatedDecision;
    if (decision?.exists !== true) return;
    const path = (field: string) => ['system', 'ai', 'automatedDecision', field];
    if (typeof decision.significantEffect !== 'boolean') {
      report(path('significantEffect'), { noEffect: 'yes' });
      return;
    }
    if (!decision.significantEffect) return;
    if (decision.exception === undefined) {
      report(path('exception'), { noException: 'yes' });
      return;
    }
    if (decision.exception === 'law') {
      if (!filled(decision.law)) report(path('law'), { noLaw: 'yes' });
      if (!filled(decision.safeguards)) report(path('safeguards'), { noSafeguards: 'yes' });
    }
  },
};
