import { aiUsed, filled } from '../facts.ts';
import type { Rule } from '../types.ts';

// Generated content alone does not trigger this rule: Art. 50(2) is the provider's
// machine-readable marking, and Art. 50(4) covers only deep fakes and text published to
// inform the public on matters of public interest, which the file does not record.
export const rule: Rule = {
  id: 'ai/chatbot-disclosure',
  principle: 'transparency',
  article: 'AI Act Art. 50(1), Art. 50(3)',
  severity: 'error',
  example: {
    bad: 'schemaVersion: 1\nid: support-chat\nsystem:\n  ai: {used: true, type: generative (LLM), interactsWithPeople: true}\n',
    good: 'schemaVersion: 1\nid: support-chat\nsystem:\n  ai: {used: true, type: generative (LLM), interactsWithPeople: true}\ntransparency:\n  aiDisclosure: The chat window opens with "You are chatting with an AI assistant" and offers a human agent.\n',
  },
  check({ data }, report) {
    if (!aiUsed(data) || filled(data.transparency?.aiDisclosure)) return;
    const ai = data.system!.ai!;
    // Two duties, two findings: each names its own paragraph of Art. 50.
    if (ai.interactsWithPeople === true) report(['transparency', 'aiDisclosure'], { chatbot: 'yes' });
    if (ai.emotionRecognition === true) report(['transparency', 'aiDisclosure'], { emotion: 'yes' });
  },
};
