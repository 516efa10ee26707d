import { hasKind, itemName, list } from '../facts.ts';
import type { Rule } from '../types.ts';

// Art. 10 data (criminal offences) is legal-basis/criminal-offence's; a purpose that tests
// for bias is legal-basis/bias-testing's, which says why that purpose needs its own
// condition. Here: every other purpose that uses special categories, and special
// categories that serve no purpose at all.
export const rule: Rule = {
  id: 'legal-basis/special-category',
  principle: 'purpose',
  article: 'GDPR Art. 9(2)',
  severity: 'error',
  example: {
    bad: 'schemaVersion: 1\nid: care-offers\npurposes:\n  - id: offers\n    legalBasis: consent\ndataCategories:\n  - id: health\n    special: true\n    purposes: [offers]\n',
    good: 'schemaVersion: 1\nid: care-offers\npurposes:\n  - id: offers\n    legalBasis: consent\n    specialCategoryCondition: explicit-consent\ndataCategories:\n  - id: health\n    special: true\n    purposes: [offers]\n',
  },
  check({ data }, report) {
    const categories = list(data.dataCategories);
    const special = categories.filter((category) => category.special === true);
    const purposeIds = new Set(list(data.purposes).map((purpose) => purpose.id).filter((id) => id !== undefined));
    list(data.purposes).forEach((purpose, index) => {
      if (purpose.specialCategoryCondition !== undefined || purpose.id === undefined || hasKind(purpose, 'bias-testing')) return;
      const used = special.filter((category) => list(category.purposes).includes(purpose.id!));
      if (used.length > 0) {
        report(['purposes', index, 'specialCategoryCondition'], { purpose: purpose.id, categories: used.map((c, i) => c.id ?? c.name ?? String(i + 1)).join(', ') });
      }
    });
    categories.forEach((category, index) => {
      const name = itemName(category, index);
      // References to unknown purposes are ref/unknown's finding; here they count as none.
      if (category.special === true && !list(category.purposes).some((id) => purposeIds.has(id))) {
        report(['dataCategories', index, 'purposes'], { category: name, unused: 'yes' });
      }
    });
  },
};
