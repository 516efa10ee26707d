import { filled, itemName, list } from '../facts.ts';
import type { Rule } from '../types.ts';

export const rule: Rule = {
  id: 'purpose/missing',
  principle: 'purpose',
  article: 'GDPR Art. 5(1)(b), Art. 35(7)(a)',
  severity: 'error',
  example: {
    bad: 'schemaVersion: 1\nid: lead-scoring\npurposes: []\n',
    good: 'schemaVersion: 1\nid: lead-scoring\npurposes:\n  - id: prioritise-leads\n    description: Rank inbound B2B leads by their likelihood to buy so that sales calls the most promising first.\n',
  },
  check({ data }, report) {
    const purposes = list(data.purposes);
    if (purposes.length === 0) {
      report(['purposes'], { none: 'yes' });
      return;
    }
    purposes.forEach((purpose, index) => {
      if (!filled(purpose.description)) report(['purposes', index, 'description'], { what: itemName(purpose, index) });
    });
  },
};
