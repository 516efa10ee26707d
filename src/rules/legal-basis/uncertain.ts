import { itemName, list } from '../facts.ts';
import type { Rule } from '../types.ts';
import { enumArgs } from '../enum-words.ts';

// The team's own doubt is recorded in the file so that it stays visible: the gate fails
// until someone resolves it and writes `settled`.
export const rule: Rule = {
  id: 'legal-basis/uncertain',
  principle: 'purpose',
  article: 'GDPR Art. 6(1), Art. 5(2)',
  severity: 'error',
  example: {
    bad: 'schemaVersion: 1\nid: caseworker-support\npurposes:\n  - id: training\n    legalBasis: public-task\n    legalBasisDetails: The agency\'s general task to follow up people on sick leave\n    legalBasisStatus: uncertain\n',
    good: 'schemaVersion: 1\nid: caseworker-support\npurposes:\n  - id: training\n    legalBasis: public-task\n    legalBasisDetails: A new section in the agency\'s act provides for developing prediction models from case data\n    legalBasisStatus: settled\n',
  },
  check({ data }, report) {
    list(data.purposes).forEach((purpose, index) => {
      const status = purpose.legalBasisStatus;
      if (status !== 'uncertain' && status !== 'contested') return;
      report(['purposes', index, 'legalBasisStatus'], { purpose: itemName(purpose, index), basis: purpose.legalBasis ?? '', [status]: 'yes' });
    });
  },
  messageArgs: (args, lang) => enumArgs(args, lang, { basis: ['legalBasis'] }),
};
