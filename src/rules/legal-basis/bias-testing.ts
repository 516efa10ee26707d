import { hasKind, itemName, list } from '../facts.ts';
import type { Assessment, DataCategory } from '../../model/schema.ts';
import type { Rule } from '../types.ts';
import { idsOf, specialCategoriesOf } from './basis-facts.ts';

/** The category serves no purpose other than bias testing. */
function onlyForBiasTesting(data: Assessment, category: DataCategory): boolean {
  const ids = list(category.purposes);
  return !list(data.purposes).some((purpose) => purpose.id !== undefined && ids.includes(purpose.id) && !hasKind(purpose, 'bias-testing'));
}

// Testing for bias is a purpose of its own: the condition another purpose relies on for
// the same data does not cover it. legal-basis/special-category leaves these purposes to
// this rule; a (g) condition then needs its law (legal-basis/special-category-law).
export const rule: Rule = {
  id: 'legal-basis/bias-testing',
  principle: 'fairness',
  article: 'GDPR Art. 9(1), Art. 9(2)(g); AI Act Art. 10(5)',
  severity: 'error',
  example: {
    bad: 'schemaVersion: 1\nid: claims-triage\npurposes:\n  - id: bias-audit\n    kinds: [bias-testing]\n    legalBasis: legitimate-interests\ndataCategories:\n  - id: ethnicity\n    special: true\n    purposes: [bias-audit]\n',
    good: 'schemaVersion: 1\nid: claims-triage\npurposes:\n  - id: bias-audit\n    kinds: [bias-testing]\n    legalBasis: legitimate-interests\n    specialCategoryCondition: explicit-consent\ndataCategories:\n  - id: ethnicity\n    special: true\n    purposes: [bias-audit]\n',
  },
  check({ data }, report) {
    list(data.purposes).forEach((purpose, index) => {
      if (!hasKind(purpose, 'bias-testing') || purpose.specialCategoryCondition !== undefined) return;
      const special = specialCategoriesOf(data, purpose);
      if (special.length === 0) return;
      const only = special.filter((category) => onlyForBiasTesting(data, category));
      report(['purposes', index, 'specialCategoryCondition'], { purpose: itemName(purpose, index), categories: idsOf(special), only: idsOf(only) });
    });
  },
};
