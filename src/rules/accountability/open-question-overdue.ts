import { isBefore } from '../../model/dates.ts';
import { itemName } from '../facts.ts';
import { openQuestions } from '../open-questions.ts';
import type { Rule } from '../types.ts';

export const rule: Rule = {
  id: 'accountability/open-question-overdue',
  principle: 'accountability',
  article: 'GDPR Art. 5(2), Art. 24(1)',
  severity: 'error',
  example: {
    bad: 'schemaVersion: 1\nid: scoring\nopenQuestions:\n  - id: training-basis\n    question: May the model be trained on data collected for customer service?\n    owner: Legal\n    due: 2020-01-15\n    status: open\n',
    good: 'schemaVersion: 1\nid: scoring\nopenQuestions:\n  - id: training-basis\n    question: May the model be trained on data collected for customer service?\n    owner: Legal\n    due: 2099-01-15\n    status: open\n',
  },
  check({ data, today }, report) {
    for (const { question, index } of openQuestions(data)) {
      if (isBefore(question.due, today)) report(['openQuestions', index, 'due'], { question: itemName(question, index), due: question.due! });
    }
  },
};
