import { filled, itemName } from '../facts.ts';
import { isDate } from '../../model/dates.ts';
import { openQuestions, signedContent } from '../open-questions.ts';
import type { Rule } from '../types.ts';

// Approving with a question still open can be a considered choice (the DPO advises, the
// controller decides), but only with a plan: someone answers it by a date, and
// open-question-overdue holds them to it. Without owner and date nothing follows it up.
export const rule: Rule = {
  id: 'accountability/open-question-signed',
  principle: 'accountability',
  article: 'GDPR Art. 5(2), Art. 24(1), Art. 35(7)',
  severity: 'error',
  example: {
    bad: 'schemaVersion: 1\nid: scoring\nstatus: approved\nopenQuestions:\n  - id: training-basis\n    question: May the model be trained on data collected for customer service?\n    status: open\n',
    good: 'schemaVersion: 1\nid: scoring\nstatus: approved\nopenQuestions:\n  - id: training-basis\n    question: May the model be trained on data collected for customer service?\n    status: open\n    owner: Head of legal\n    due: 2099-01-15\n',
  },
  check({ data }, report) {
    if (!signedContent(data)) return;
    for (const { question, index } of openQuestions(data)) {
      if (filled(question.owner) && isDate(question.due)) continue;
      const name = itemName(question, index);
      const owner = filled(question.owner);
      report(['openQuestions', index], !owner && !isDate(question.due) ? { noPlan: name } : !owner ? { noOwner: name } : { noDue: name });
    }
  },
};
