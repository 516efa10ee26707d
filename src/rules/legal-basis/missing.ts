import { itemName, list } from '../facts.ts';
import type { Rule } from '../types.ts';
import { possiblePurpose } from '../purpose/lifecycle-facts.ts';

export const rule: Rule = {
  id: 'legal-basis/missing',
  principle: 'purpose',
  article: 'GDPR Art. 6(1)',
  severity: 'error',
  example: {
    bad: 'schemaVersion: 1\nid: lead-scoring\npurposes:\n  - id: scoring\n    description: Rank inbound B2B leads by likelihood to buy so that sales calls the most promising first.\n',
    good: 'schemaVersion: 1\nid: lead-scoring\npurposes:\n  - id: scoring\n    description: Rank inbound B2B leads by likelihood to buy so that sales calls the most promising first.\n    legalBasis: legitimate-interests\n',
  },
  check({ data }, report) {
    list(data.purposes).forEach((purpose, index) => {
      // A possible purpose may not start without one; purpose/possible-in-use finds it in use.
      if (purpose.legalBasis === undefined && !possiblePurpose(purpose)) report(['purposes', index, 'legalBasis'], { purpose: itemName(purpose, index) });
    });
  },
};
