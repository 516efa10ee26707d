import { list } from '../facts.ts';
import type { Rule } from '../types.ts';

// A declared field that no schema in scope defines: the assessment describes data the CRM
// no longer has (or the pattern is mistyped), so its description is out of date.
export const rule: Rule = {
  id: 'data/unmatched-field-pattern',
  principle: 'accountability',
  article: 'GDPR Art. 35(7)(a), Art. 35(11)',
  severity: 'warning',
  example: {
    schema: { file: 'db/001_customers.sql', text: 'CREATE TABLE customers (\n  id bigint PRIMARY KEY,\n  email text NOT NULL\n);\n' },
    bad: 'schemaVersion: 2\nid: lead-scoring\ndataCategories:\n  - id: contact\n    name: Contact details\n    fields: [customers.email, customers.fax]\n',
    good: 'schemaVersion: 2\nid: lead-scoring\ndataCategories:\n  - id: contact\n    name: Contact details\n    fields: [customers.email]\n',
  },
  check({ data, scan }, report) {
    if (!scan?.complete) return;
    const check = (path: (string | number)[], patterns: unknown) => {
      list(patterns as string[]).forEach((pattern, index) => {
        if (typeof pattern === 'string' && (scan.patternHits.get([...path, index].join('.')) ?? 0) === 0) report([...path, index], { pattern });
      });
    };
    list(data.dataCategories).forEach((category, index) => check(['dataCategories', index, 'fields'], category?.fields));
    list(data.dataModel?.notPersonal).forEach((entry, index) => check(['dataModel', 'notPersonal', index, 'fields'], entry?.fields));
  },
};
