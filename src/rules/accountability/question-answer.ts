import { filled, itemName, list } from '../facts.ts';
import type { Rule } from '../types.ts';

export const rule: Rule = {
  id: 'accountability/question-answer',
  principle: 'accountability',
  article: 'GDPR Art. 5(2)',
  severity: 'error',
  example: {
    bad: 'schemaVersion: 1\nid: scoring\nopenQuestions:\n  - id: training-basis\n    question: May the model be trained on data collected for customer service?\n    status: answered\n',
    good: 'schemaVersion: 1\nid: scoring\nopenQuestions:\n  - id: training-basis\n    question: May the model be trained on data collected for customer service?\n    status: answered\n    answer: Only with consent; training now has its own purpose on consent (legal department, 2026-02-01)\n    answeredOn: 2026-02-01\n',
  },
  check({ data }, report) {
    list(data.openQuestions).forEach((question, index) => {
      if (question?.status === 'answered' && !filled(question.answer)) report(['openQuestions', index, 'answer'], { question: itemName(question, index) });
    });
  },
};
