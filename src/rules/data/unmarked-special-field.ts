import { itemName, list } from '../facts.ts';
import type { FieldKind } from '../../scan/facts.ts';
import type { Rule } from '../types.ts';
import { kindWords } from './field-words.ts';
import { fieldArgs } from './undeclared-field.ts';

// A field the classifier takes for special-category, criminal-offence or national-ID data,
// declared in a category that does not say so: the category's conditions (Art. 9(2),
// Art. 10, personopplysningsloven § 12) are then never asked for.
export const rule: Rule = {
  id: 'data/unmarked-special-field',
  principle: 'accountability',
  article: 'GDPR Art. 9(1), Art. 10; personopplysningsloven § 12',
  severity: 'error',
  messageArgs: kindWords,
  example: {
    schema: { file: 'db/007_notes.sql', text: 'ALTER TABLE customers ADD COLUMN health_notes text;\n' },
    bad: 'schemaVersion: 2\nid: service\ndataCategories:\n  - id: notes\n    name: Service notes\n    fields: [customers.health_notes]\n',
    good: 'schemaVersion: 2\nid: service\ndataCategories:\n  - id: notes\n    name: Service notes\n    special: true\n    fields: [customers.health_notes]\n',
  },
  check({ data, scan }, report) {
    const categories = list(data.dataCategories);
    for (const field of scan?.fields ?? []) {
      for (const index of field.categories) {
        const category = categories[index];
        if (!category) continue;
        // Each mark the field's types call for and the category lacks, with the type that calls for it.
        const marks = new Map<string, FieldKind>();
        for (const kind of field.kinds) {
          const mark = kind.special && category.special !== true ? 'special'
            : kind.criminal && category.criminal !== true ? 'criminal'
              : kind.nationalId && !list(category.types).includes('national-id') ? 'types' : undefined;
          if (mark && !marks.has(mark)) marks.set(mark, kind);
        }
        for (const [mark, kind] of marks) {
          report(['dataCategories', index, mark], { ...fieldArgs(field), kind: kind.type, term: kind.term, category: itemName(category, index), [mark]: 'yes' }, field);
        }
      }
    }
  },
};
