import { filled, itemName, list } from '../facts.ts';
import type { Rule } from '../types.ts';
import { restsOnLaw } from './basis-facts.ts';

// Whether the named law really lays down the basis is for people to judge; the file must
// at least say which law it is, or nobody can.
export const rule: Rule = {
  id: 'legal-basis/law',
  principle: 'purpose',
  article: 'GDPR Art. 6(3)',
  severity: 'error',
  example: {
    bad: 'schemaVersion: 1\nid: invoicing\npurposes:\n  - id: bookkeeping\n    legalBasis: legal-obligation\n',
    good: 'schemaVersion: 1\nid: invoicing\npurposes:\n  - id: bookkeeping\n    legalBasis: legal-obligation\n    legalBasisDetails: Bokføringsloven § 13 – accounting records are kept for five years after the end of the financial year\n',
  },
  check({ data }, report) {
    list(data.purposes).forEach((purpose, index) => {
      if (!restsOnLaw(purpose) || filled(purpose.legalBasisDetails)) return;
      const basis = purpose.legalBasis === 'legal-obligation' ? 'obligation' : 'task';
      report(['purposes', index, 'legalBasisDetails'], { purpose: itemName(purpose, index), [basis]: 'yes' });
    });
  },
};
