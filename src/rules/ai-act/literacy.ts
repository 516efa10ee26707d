import { filled } from '../facts.ts';
import type { Rule } from '../types.ts';
import { inAiAct } from './scope.ts';

// Art. 4 binds providers and deployers of any AI system, whatever its class, from
// 2 February 2025 (Art. 113(a)); a system recorded as outside the Act (`none`) is exempt.
export const rule: Rule = {
  id: 'ai-act/literacy',
  principle: 'accountability',
  article: 'AI Act Art. 4',
  severity: 'error',
  example: {
    bad: 'schemaVersion: 1\nid: lead-scoring\nsystem:\n  ai: {used: true, aiActRisk: not-high}\n',
    good: 'schemaVersion: 1\nid: lead-scoring\nsystem:\n  ai:\n    used: true\n    aiActRisk: not-high\n    aiAct:\n      literacy: Sales staff who see the score take a one-hour course on what it predicts, its known errors and when to ignore it; refreshed yearly.\n',
  },
  check({ data }, report) {
    if (!inAiAct(data) || filled(data.system?.ai?.aiAct?.literacy)) return;
    report(['system', 'ai', 'aiAct', 'literacy']);
  },
};
