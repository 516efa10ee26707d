import { aiUsed, filled } from '../facts.ts';
import { aiActClass } from '../ai-act/scope.ts';
import type { Rule } from '../types.ts';

// The classes the AI Act has: prohibited (Art. 5), high-risk (Art. 6 with Annex I or III),
// neither, or outside the Act. `limited` and `minimal` (old shorthand) read as `not-high`:
// Art. 50 duties apply on top of any class (Art. 50(6)) and are ai/chatbot-disclosure's.
// Only what the data states is judged: whether a system falls under Annex III cannot be
// read from the file, so no class is guessed. The deployer duties of a high-risk system
// (oversight, logs, ...) are the ai-act/* rules'.
export const rule: Rule = {
  id: 'ai/risk-class',
  principle: 'accountability',
  article: 'AI Act Art. 5, Art. 6, Annex III',
  severity: 'error',
  example: {
    bad: 'schemaVersion: 1\nid: lead-scoring\nsystem:\n  ai: {used: true, type: predictive model}\n',
    good: 'schemaVersion: 1\nid: lead-scoring\nsystem:\n  ai:\n    used: true\n    type: predictive model\n    aiActRisk: not-high\n    aiActRationale: B2B lead ranking for sales; not credit, insurance or employment (Annex III points 4 and 5 considered).\n',
  },
  check({ data }, report) {
    if (!aiUsed(data)) return;
    const ai = data.system!.ai!;
    const path = ['system', 'ai', 'aiActRisk'];
    const risk = aiActClass(data);
    if (!risk) report(path, { missing: 'yes' });
    else if (risk === 'prohibited') report(path, { prohibited: 'yes' });
    // Emotion recognition is listed in Annex III point 1(c): a system that is not high-risk
    // despite it needs the reasoning (Art. 6(3)).
    else if (risk === 'not-high' && ai.emotionRecognition === true && !filled(ai.aiActRationale)) report(['system', 'ai', 'aiActRationale'], { emotion: 'yes' });
  },
};
