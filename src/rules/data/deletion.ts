import { filled, itemName, list } from '../facts.ts';
import type { Rule } from '../types.ts';

export const rule: Rule = {
  id: 'data/deletion',
  principle: 'data-quality',
  article: 'GDPR Art. 5(1)(e), Art. 17',
  severity: 'warning',
  example: {
    bad: 'schemaVersion: 1\nid: lead-scoring\ndataCategories:\n  - id: web-visits\n    retention: P13M\n',
    good: 'schemaVersion: 1\nid: lead-scoring\ndataCategories:\n  - id: web-visits\n    retention: P13M\n    deletion: A nightly job deletes visits older than 13 months in the CRM; backups expire after 35 days\n',
  },
  check({ data }, report) {
    list(data.dataCategories).forEach((category, index) => {
      if (!filled(category.deletion)) report(['dataCategories', index, 'deletion'], { category: itemName(category, index) });
    });
  },
};
