import { filled, itemName, list } from '../facts.ts';
import type { Rule } from '../types.ts';

export const rule: Rule = {
  id: 'data/retention',
  principle: 'data-quality',
  article: 'GDPR Art. 5(1)(e), Art. 13(2)(a)',
  severity: 'error',
  example: {
    bad: 'schemaVersion: 1\nid: lead-scoring\ndataCategories:\n  - id: web-visits\n    name: Pages visited on our website\n',
    good: 'schemaVersion: 1\nid: lead-scoring\ndataCategories:\n  - id: web-visits\n    name: Pages visited on our website\n    retention: P13M\n    retentionCriteria: From the visit\n',
  },
  check({ data }, report) {
    list(data.dataCategories).forEach((category, index) => {
      // Art. 13(2)(a) accepts the criteria where a fixed period is not possible.
      if (!filled(category.retention) && !filled(category.retentionCriteria)) {
        report(['dataCategories', index, 'retention'], { category: itemName(category, index) });
      }
    });
  },
};
