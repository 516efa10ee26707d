import { mergeController } from '../../model/parties.ts';
import { itemName, list } from '../facts.ts';
import type { Rule } from '../types.ts';

// Only `public-authority`: a publicly owned company is not a public authority by
// ownership alone. An authority acting outside its tasks (rare) may turn the rule off.
export const rule: Rule = {
  id: 'legal-basis/public-authority',
  principle: 'purpose',
  article: 'GDPR Art. 6(1) second subparagraph; recital 47',
  severity: 'error',
  example: {
    bad: 'schemaVersion: 1\nid: benefit-triage\ncontroller:\n  type: public-authority\npurposes:\n  - id: triage\n    legalBasis: legitimate-interests\n',
    good: 'schemaVersion: 1\nid: benefit-triage\ncontroller:\n  type: public-authority\npurposes:\n  - id: triage\n    legalBasis: public-task\n    legalBasisDetails: The agency\'s act, section on processing applications for benefits\n',
  },
  check({ data, config }, report) {
    if (mergeController(data, config).type !== 'public-authority') return;
    list(data.purposes).forEach((purpose, index) => {
      if (purpose.legalBasis === 'legitimate-interests') report(['purposes', index, 'legalBasis'], { purpose: itemName(purpose, index) });
    });
  },
};
