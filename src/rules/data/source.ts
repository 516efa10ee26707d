import { filled, itemName, list, obtainedElsewhere } from '../facts.ts';
import type { Rule } from '../types.ts';

export const rule: Rule = {
  id: 'data/source',
  principle: 'transparency',
  article: 'GDPR Art. 14(2)(f)',
  severity: 'error',
  example: {
    bad: 'schemaVersion: 1\nid: lead-scoring\ndataCategories:\n  - id: company\n    name: Company size and industry\n    origin: public\n',
    good: 'schemaVersion: 1\nid: lead-scoring\ndataCategories:\n  - id: company\n    name: Company size and industry\n    origin: public\n    source: The Brønnøysund Register Centre (publicly accessible)\n',
  },
  check({ data }, report) {
    list(data.dataCategories).forEach((category, index) => {
      if (filled(category.source)) return;
      const name = itemName(category, index);
      const elsewhere = obtainedElsewhere(category);
      if (elsewhere === undefined) report(['dataCategories', index, 'origin'], { category: name, unknown: 'yes' });
      else if (elsewhere) report(['dataCategories', index, 'source'], { category: name, [category.origin === 'public' ? 'public' : 'thirdParty']: 'yes' });
    });
  },
};
