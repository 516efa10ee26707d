import { significantAutomatedDecision } from '../facts.ts';
import { aiDecides, humanReviewRecorded } from '../ai/oversight.ts';
import type { Rule } from '../types.ts';

// Fires only where a decision about a person is left to automated processing: output a
// person may simply ignore (a chatbot's answer) needs no review route, and where a person
// decides from the output that person is the review, which ai/decision-support asks about
// (who decides, how they understand the output, when they depart from it). Where a solely
// automated decision has significant effects, fairness/contest carries the rest of Art. 22(3).
export const rule: Rule = {
  id: 'fairness/human-review',
  principle: 'fairness',
  article: 'GDPR Art. 5(1)(a), Art. 22(3)',
  severity: 'warning',
  example: {
    bad: 'schemaVersion: 1\nid: next-best-offer\nsystem:\n  ai:\n    used: true\n    automatedDecision: {exists: true, significantEffect: false}\n',
    good: 'schemaVersion: 1\nid: next-best-offer\nsystem:\n  ai:\n    used: true\n    automatedDecision: {exists: true, significantEffect: false}\nfairness:\n  humanReview: Customers can ask their adviser to choose another offer; advisers can override the model in the CRM.\n',
  },
  check({ data }, report) {
    if (!aiDecides(data) || humanReviewRecorded(data)) return;
    // Art. 22(3) names the right for exceptions (a) and (c); under (b) the law's safeguards
    // should include it (recital 71).
    const law = data.system?.ai?.automatedDecision?.exception === 'law';
    report(['fairness', 'humanReview'], significantAutomatedDecision(data) ? { [law ? 'law' : 'significant']: 'yes' } : {});
  },
};
