import { filled, itemName, list } from '../facts.ts';
import type { Rule } from '../types.ts';
import { norwegianLawApplies } from './applies.ts';

// personopplysningsloven § 12: the national identity number only where there is an
// objective need for secure identification and the method is necessary to achieve it.
export const rule: Rule = {
  id: 'norway/national-id',
  principle: 'data-quality',
  article: 'personopplysningsloven § 12; GDPR Art. 87',
  severity: 'error',
  example: {
    bad: 'schemaVersion: 1\nid: credit-check\ndataCategories:\n  - id: identity\n    name: Identity\n    types: [national-id]\n',
    good: 'schemaVersion: 1\nid: credit-check\ndataCategories:\n  - id: identity\n    name: Identity\n    types: [national-id]\n    nationalIdNeed:\n      identification: A credit check on a sale on credit needs the right person in the credit register\n      necessity: Name and address do not single out one person in the register; the credit agency matches on the number\n',
  },
  check({ data, config }, report) {
    if (!norwegianLawApplies(data, config)) return;
    list(data.dataCategories).forEach((category, index) => {
      if (!list(category?.types).includes('national-id')) return;
      const need = category.nationalIdNeed;
      const name = itemName(category, index);
      if (!filled(need?.identification) && !filled(need?.necessity)) {
        report(['dataCategories', index, 'nationalIdNeed'], { category: name, missing: 'yes' });
        return;
      }
      if (!filled(need?.identification)) report(['dataCategories', index, 'nationalIdNeed', 'identification'], { category: name, noNeed: 'yes' });
      if (!filled(need?.necessity)) report(['dataCategories', index, 'nationalIdNeed', 'necessity'], { category: name, noNecessity: 'yes' });
    });
  },
};
