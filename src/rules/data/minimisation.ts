import { filled, itemName, list } from '../facts.ts';
import type { Rule } from '../types.ts';

export const rule: Rule = {
  id: 'data/minimisation',
  principle: 'data-quality',
  article: 'GDPR Art. 5(1)(c)',
  severity: 'error',
  example: {
    bad: 'schemaVersion: 1\nid: lead-scoring\ndataCategories:\n  - id: contact\n    name: Name, e-mail and phone of the contact person\n',
    good: 'schemaVersion: 1\nid: lead-scoring\ndataCategories:\n  - id: contact\n    name: Name, e-mail and phone of the contact person\n    minimisation: Needed to reach the lead; the model sees only the e-mail domain, never the name\n',
  },
  check({ data }, report) {
    const categories = list(data.dataCategories);
    if (categories.length === 0) {
      report(['dataCategories'], { none: 'yes' });
      return;
    }
    categories.forEach((category, index) => {
      if (!filled(category.minimisation)) report(['dataCategories', index, 'minimisation'], { category: itemName(category, index) });
    });
  },
};
