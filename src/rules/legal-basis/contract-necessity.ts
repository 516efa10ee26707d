import { hasKind, itemName, list } from '../facts.ts';
import type { Rule } from '../types.ts';
import { enumArgs } from '../enum-words.ts';

// The kinds that the EDPB and the Court found not objectively necessary for a contract:
// service improvement (model training), profiling and (behavioural) advertising. A
// warning, not an error: personalisation can be the service itself (EDPB 2/2019, 3.4).
const DOUBTFUL = ['model-training', 'profiling', 'direct-marketing'] as const;

export const rule: Rule = {
  id: 'legal-basis/contract-necessity',
  principle: 'purpose',
  article: 'GDPR Art. 6(1)(b)',
  severity: 'warning',
  example: {
    bad: 'schemaVersion: 1\nid: churn\npurposes:\n  - id: churn-model\n    kinds: [model-training]\n    legalBasis: contract\n',
    good: 'schemaVersion: 1\nid: churn\npurposes:\n  - id: churn-model\n    kinds: [model-training]\n    legalBasis: legitimate-interests\n',
  },
  check({ data }, report) {
    list(data.purposes).forEach((purpose, index) => {
      if (purpose.legalBasis !== 'contract') return;
      const kinds = DOUBTFUL.filter((kind) => hasKind(purpose, kind));
      if (kinds.length > 0) report(['purposes', index, 'legalBasis'], { purpose: itemName(purpose, index), kinds: kinds.join(', ') });
    });
  },
  messageArgs: (args, lang) => enumArgs(args, lang, { kinds: ['purposeKind'] }),
};
