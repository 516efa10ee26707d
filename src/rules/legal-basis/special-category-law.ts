import { filled, itemName, list } from '../facts.ts';
import type { Rule } from '../types.ts';
import { CONDITIONS_NEEDING_LAW, conditionNeedsLaw } from './basis-facts.ts';

// Fires on the condition the file records, whether or not the purpose's categories are
// marked special: a condition that is claimed must be complete.
export const rule: Rule = {
  id: 'legal-basis/special-category-law',
  principle: 'purpose',
  article: 'GDPR Art. 9(2)(b), Art. 9(2)(g)-(j)',
  severity: 'error',
  example: {
    bad: 'schemaVersion: 1\nid: sick-leave\npurposes:\n  - id: absence\n    legalBasis: legal-obligation\n    legalBasisDetails: Arbeidsmiljøloven § 4-6 (3) – follow-up plan for employees on sick leave\n    specialCategoryCondition: employment\n',
    good: 'schemaVersion: 1\nid: sick-leave\npurposes:\n  - id: absence\n    legalBasis: legal-obligation\n    legalBasisDetails: Arbeidsmiljøloven § 4-6 (3) – follow-up plan for employees on sick leave\n    specialCategoryCondition: employment\n    specialCategoryLaw: Personopplysningsloven § 6 – necessary to carry out the employer\'s obligations in employment law\n',
  },
  check({ data }, report) {
    list(data.purposes).forEach((purpose, index) => {
      const condition = purpose.specialCategoryCondition;
      if (!conditionNeedsLaw(condition) || filled(purpose.specialCategoryLaw)) return;
      const point = CONDITIONS_NEEDING_LAW[condition];
      const alternative = point === 'b' ? 'agreement' : point === 'h' ? 'contract' : 'law';
      report(['purposes', index, 'specialCategoryLaw'], { purpose: itemName(purpose, index), condition, point, [alternative]: 'yes' });
    });
  },
};
