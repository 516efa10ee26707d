import { aiUsed, filled } from '../facts.ts';
import type { Rule } from '../types.ts';

// The GDPR has no stand-alone "AI notice"; telling people that AI processes their data
// follows from transparency and the duty to describe the purposes. The AI Act duty to
// tell people they are talking to an AI (Art. 50(1)) is ai/chatbot-disclosure's job.
export const rule: Rule = {
  id: 'transparency/ai-disclosure',
  principle: 'transparency',
  article: 'GDPR Art. 5(1)(a), Art. 12(1), Art. 13(1)(c), Art. 14(1)(c)',
  severity: 'warning',
  example: {
    bad: 'schemaVersion: 1\nid: scoring\nsystem:\n  ai: {used: true, type: predictive model}\n',
    good: 'schemaVersion: 1\nid: scoring\nsystem:\n  ai: {used: true, type: predictive model}\ntransparency:\n  aiDisclosure: The privacy notice explains that a model ranks leads by likely interest, and that a salesperson always makes the contact decision\n',
  },
  check({ data }, report) {
    const ai = data.system?.ai;
    // A chatbot or emotion recognition without disclosure is ai/chatbot-disclosure's
    // error (AI Act Art. 50); saying it twice at the same place helps nobody.
    if (ai?.interactsWithPeople === true || ai?.emotionRecognition === true) return;
    if (aiUsed(data) && !filled(data.transparency?.aiDisclosure)) report(['transparency', 'aiDisclosure']);
  },
};
