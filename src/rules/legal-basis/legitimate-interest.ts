import { filled, itemName, list } from '../facts.ts';
import type { Rule } from '../types.ts';

const PARTS = ['interest', 'necessity', 'balancing'] as const;

export const rule: Rule = {
  id: 'legal-basis/legitimate-interest',
  principle: 'purpose',
  article: 'GDPR Art. 6(1)(f), Art. 35(7)(a)',
  severity: 'error',
  example: {
    bad: 'schemaVersion: 1\nid: lead-scoring\npurposes:\n  - id: scoring\n    legalBasis: legitimate-interests\n    legitimateInterest:\n      interest: Focus sales effort on the leads most likely to buy\n',
    good: 'schemaVersion: 1\nid: lead-scoring\npurposes:\n  - id: scoring\n    legalBasis: legitimate-interests\n    legitimateInterest:\n      interest: Focus sales effort on the leads most likely to buy\n      necessity: Sales cannot call every lead; the score uses only data already held about business contacts\n      balancing: Business contacts expect sales follow-up; the score decides nothing alone and they can object at any time\n',
  },
  check({ data }, report) {
    list(data.purposes).forEach((purpose, index) => {
      if (purpose.legalBasis !== 'legitimate-interests') return;
      for (const part of PARTS) {
        if (!filled(purpose.legitimateInterest?.[part])) {
          report(['purposes', index, 'legitimateInterest', part], { purpose: itemName(purpose, index), [part]: 'yes' });
        }
      }
    });
  },
};
