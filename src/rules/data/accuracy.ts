import { filled, itemName, list } from '../facts.ts';
import type { Rule } from '../types.ts';

export const rule: Rule = {
  id: 'data/accuracy',
  principle: 'data-quality',
  article: 'GDPR Art. 5(1)(d)',
  severity: 'warning',
  example: {
    bad: 'schemaVersion: 1\nid: lead-scoring\ndataCategories:\n  - id: company\n    name: Company size and industry\n',
    good: 'schemaVersion: 1\nid: lead-scoring\ndataCategories:\n  - id: company\n    name: Company size and industry\n    accuracy: Refreshed monthly from the business register; sales corrects errors in the CRM\n',
  },
  check({ data }, report) {
    list(data.dataCategories).forEach((category, index) => {
      if (!filled(category.accuracy)) report(['dataCategories', index, 'accuracy'], { category: itemName(category, index) });
    });
  },
};
