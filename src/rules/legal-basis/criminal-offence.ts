import { filled, itemName, list } from '../facts.ts';
import type { Rule } from '../types.ts';

// Art. 10 data is not a special category (legal-basis/special-category), but Art. 6(1)
// alone does not cover it either: it needs official authority or an authorising law.
export const rule: Rule = {
  id: 'legal-basis/criminal-offence',
  principle: 'purpose',
  article: 'GDPR Art. 10',
  severity: 'error',
  example: {
    bad: 'schemaVersion: 1\nid: insurance-claims\ndataCategories:\n  - id: fraud-convictions\n    criminal: true\n',
    good: 'schemaVersion: 1\nid: insurance-claims\ndataCategories:\n  - id: fraud-convictions\n    criminal: true\n    criminalAuthority: Personopplysningsloven § 11, cf. Art. 9(2)(f) – establishing and defending legal claims in fraud cases\n',
  },
  check({ data }, report) {
    list(data.dataCategories).forEach((category, index) => {
      if (category.criminal === true && !filled(category.criminalAuthority)) {
        report(['dataCategories', index, 'criminalAuthority'], { category: itemName(category, index) });
      }
    });
  },
};
