import { filled } from '../facts.ts';
import type { Rule } from '../types.ts';

// Left over after AI was switched off (the interview asks to remove them): the file both
// says no AI is used and describes one, and the documents show neither consistently.
export const rule: Rule = {
  id: 'ai/answers-without-ai',
  principle: 'accountability',
  article: 'GDPR Art. 35(7)(a)',
  severity: 'warning',
  example: {
    bad: 'schemaVersion: 2\nid: offers\nsystem:\n  ai:\n    used: false\n    type: recommender\n',
    good: 'schemaVersion: 2\nid: offers\nsystem:\n  ai:\n    used: false\n',
  },
  check({ data }, report) {
    const ai = data.system?.ai;
    if (ai?.used !== false) return;
    for (const [key, value] of Object.entries(ai)) {
      if (key !== 'used' && filled(value)) report(['system', 'ai', key], { key });
    }
  },
};
