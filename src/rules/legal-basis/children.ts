import { filled, itemName, list, purposeConcernsChildren } from '../facts.ts';
import type { Rule } from '../types.ts';

export const rule: Rule = {
  id: 'legal-basis/children',
  principle: 'purpose',
  article: 'GDPR Art. 6(1)(f); recital 38',
  severity: 'error',
  example: {
    bad: 'schemaVersion: 1\nid: family-plans\npurposes:\n  - id: usage-insights\n    legalBasis: legitimate-interests\ndataSubjects:\n  - id: family-members\n    children: true\ndataCategories:\n  - id: usage\n    subjects: [family-members]\n    purposes: [usage-insights]\n',
    good: 'schemaVersion: 1\nid: family-plans\npurposes:\n  - id: usage-insights\n    legalBasis: legitimate-interests\n    legitimateInterest:\n      children: Children\'s usage is only counted per household, never profiled or used for offers; it is deleted after 90 days\ndataSubjects:\n  - id: family-members\n    children: true\ndataCategories:\n  - id: usage\n    subjects: [family-members]\n    purposes: [usage-insights]\n',
  },
  check({ data }, report) {
    list(data.purposes).forEach((purpose, index) => {
      if (purpose.legalBasis !== 'legitimate-interests' || filled(purpose.legitimateInterest?.children)) return;
      if (purposeConcernsChildren(data, purpose)) report(['purposes', index, 'legitimateInterest', 'children'], { purpose: itemName(purpose, index) });
    });
  },
};
