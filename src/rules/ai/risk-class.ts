import { aiUsed, filled } from '../facts.ts';
import type { Rule } from '../types.ts';

// Only what the data states is judged: whether a system falls under Annex III (credit
// scoring, insurance pricing, ...) cannot be read from the file, so no class is guessed.
export const rule: Rule = {
  id: 'ai/risk-class',
  principle: 'accountability',
  article: 'AI Act Art. 5, Art. 6, Art. 14, Art. 26(2), Art. 50',
  severity: 'error',
  example: {
    bad: 'schemaVersion: 1\nid: lead-scoring\nsystem:\n  ai: {used: true, type: predictive model}\n',
    good: 'schemaVersion: 1\nid: lead-scoring\nsystem:\n  ai:\n    used: true\n    type: predictive model\n    aiActRisk: minimal\n    aiActRationale: B2B lead ranking for sales; not credit, insurance or employment (Annex III points 4 and 5 considered).\n',
  },
  check({ data }, report) {
    if (!aiUsed(data)) return;
    const ai = data.system!.ai!;
    const path = ['system', 'ai', 'aiActRisk'];
    if (!ai.aiActRisk) report(path, { missing: 'yes' });
    else if (ai.aiActRisk === 'prohibited') report(path, { prohibited: 'yes' });
    else if (ai.aiActRisk === 'high' && !filled(ai.humanOversight)) report(['system', 'ai', 'humanOversight'], { oversight: 'yes' });
    // One finding suffices: either duty alone lifts the class out of minimal.
    else if (ai.aiActRisk === 'minimal' && ai.interactsWithPeople === true) report(path, { chatbot: 'yes' });
    else if (ai.aiActRisk === 'minimal' && ai.emotionRecognition === true) report(path, { emotion: 'yes' });
  },
};
