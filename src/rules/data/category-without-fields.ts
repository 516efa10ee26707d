import { itemName, list } from '../facts.ts';
import type { Rule } from '../types.ts';

// With the schemas scanned, a category that names no field cannot be held against them:
// `fields: []` says that no field of the scanned schemas holds it (data kept elsewhere).
export const rule: Rule = {
  id: 'data/category-without-fields',
  principle: 'accountability',
  article: 'GDPR Art. 35(7)(a)',
  severity: 'warning',
  example: {
    schema: { file: 'db/001_customers.sql', text: 'CREATE TABLE customers (\n  id bigint PRIMARY KEY,\n  email text NOT NULL\n);\n' },
    bad: 'schemaVersion: 2\nid: lead-scoring\ndataCategories:\n  - id: contact\n    name: Contact details\n    fields: [customers.email]\n  - id: visits\n    name: Pages visited\n',
    good: 'schemaVersion: 2\nid: lead-scoring\ndataCategories:\n  - id: contact\n    name: Contact details\n    fields: [customers.email]\n  - id: visits\n    name: Pages visited (kept by the web analytics tool, not the CRM)\n    fields: []\n',
  },
  check({ data, scan }, report) {
    if (!scan) return;
    list(data.dataCategories).forEach((category, index) => {
      if (category && category.fields === undefined) report(['dataCategories', index], { category: itemName(category, index) });
    });
  },
};
