import type { Rule } from '../types.ts';
import { kindWords } from './field-words.ts';
import { fieldArgs, undeclared } from './undeclared-field.ts';

export const rule: Rule = {
  id: 'data/undeclared-sensitive-field',
  principle: 'accountability',
  article: 'GDPR Art. 9(1), Art. 10, Art. 35(7)(a); personopplysningsloven § 12',
  severity: 'error',
  messageArgs: kindWords,
  example: {
    schema: { file: 'db/042_add_fnr.sql', text: 'ALTER TABLE customers ADD COLUMN fodselsnummer char(11);\n' },
    bad: 'schemaVersion: 2\nid: lead-scoring\ndataCategories:\n  - id: contact\n    name: Contact details\n    fields: [customers.email]\n',
    good: 'schemaVersion: 2\nid: lead-scoring\ndataCategories:\n  - id: identity\n    name: National identity number\n    types: [national-id]\n    fields: [customers.fodselsnummer]\n',
  },
  check(ctx, report) {
    for (const field of undeclared(ctx, true)) report(['dataCategories'], fieldArgs(field), field);
  },
};
