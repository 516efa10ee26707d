import { filled } from '../facts.ts';
import type { Rule } from '../types.ts';
import { inAiAct } from './scope.ts';

// Art. 5 applies from 2 February 2025 (Art. 113(a)) to every AI system. Near a CRM two
// practices are the ones to rule out: manipulative or deceptive techniques (5(1)(a)) and
// exploiting vulnerabilities due to age, disability or a specific social or economic
// situation (5(1)(b)) — offers timed to customers in payment difficulty are the obvious
// case. Each needs a conclusion with its reasoning; `present` is a prohibited practice.
const PRACTICES = ['manipulation', 'vulnerabilities'] as const;

export const rule: Rule = {
  id: 'ai-act/prohibited-practices',
  principle: 'fairness',
  article: 'AI Act Art. 5(1)(a), Art. 5(1)(b)',
  severity: 'error',
  example: {
    bad: 'schemaVersion: 1\nid: next-best-offer\nsystem:\n  ai: {used: true, aiActRisk: not-high}\n',
    good: 'schemaVersion: 1\nid: next-best-offer\nsystem:\n  ai:\n    used: true\n    aiActRisk: not-high\n    aiAct:\n      practices:\n        manipulation: {conclusion: not-present, reasoning: Offers are shown as plain offers with price and terms; no urgency cues, no hidden persuasion.}\n        vulnerabilities: {conclusion: not-present, reasoning: Customers with overdue invoices or a debt-collection flag are excluded from offers of credit and add-ons.}\n',
  },
  check({ data }, report) {
    if (!inAiAct(data)) return;
    const practices = data.system?.ai?.aiAct?.practices;
    for (const practice of PRACTICES) {
      const screening = practices?.[practice];
      const path = ['system', 'ai', 'aiAct', 'practices', practice];
      if (screening?.conclusion === 'present') report([...path, 'conclusion'], { [practice]: 'yes', present: 'yes' });
      else if (!screening?.conclusion) report([...path, 'conclusion'], { [practice]: 'yes', missing: 'yes' });
      else if (!filled(screening.reasoning)) report([...path, 'reasoning'], { [practice]: 'yes', reasoning: 'yes' });
      else if (screening.conclusion === 'unclear') report([...path, 'conclusion'], { [practice]: 'yes', unclear: 'yes' });
    }
  },
};
