import { filled, itemName, list } from '../facts.ts';
import { objectionOnGrounds } from '../right-to-object.ts';
import type { Rule } from '../types.ts';

export const rule: Rule = {
  id: 'transparency/objection',
  principle: 'transparency',
  article: 'GDPR Art. 21(1), Art. 21(4)',
  severity: 'error',
  example: {
    bad: 'schemaVersion: 1\nid: scoring\npurposes:\n  - id: prioritise-leads\n    legalBasis: legitimate-interests\n',
    good: 'schemaVersion: 1\nid: scoring\npurposes:\n  - id: prioritise-leads\n    legalBasis: legitimate-interests\n    objection:\n      how: The link "Do not score me" in every sales e-mail, or personvern@kvarts.example\n      effect: A do-not-score flag is set within five working days; the lead is no longer scored and is left out of training sets\n',
  },
  check({ data }, report) {
    list(data.purposes).forEach((purpose, index) => {
      if (!purpose || !objectionOnGrounds(purpose)) return;
      const args = { purpose: itemName(purpose, index), point: purpose.legalBasis === 'public-task' ? 'e' : 'f' };
      const how = filled(purpose.objection?.how);
      const effect = filled(purpose.objection?.effect);
      if (!how && !effect) report(['purposes', index, 'objection'], { ...args, both: 'yes' });
      else if (!how) report(['purposes', index, 'objection', 'how'], { ...args, noHow: 'yes' });
      else if (!effect) report(['purposes', index, 'objection', 'effect'], { ...args, noEffect: 'yes' });
    });
  },
};
