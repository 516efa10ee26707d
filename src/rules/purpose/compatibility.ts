import { filled, hasKind, itemName, list } from '../facts.ts';
import type { Purpose } from '../../model/schema.ts';
import type { Rule } from '../types.ts';
import { namesLaw } from '../legal-basis/basis-facts.ts';
import { possiblePurpose } from './lifecycle-facts.ts';

const FACTORS = [['link', 'a'], ['context', 'b'], ['nature', 'c'], ['consequences', 'd'], ['safeguards', 'e']] as const;

// Art. 6(4) spares only further processing based on consent or on a Union or member-state
// law (one that safeguards an Art. 23(1) objective). A legal obligation or public task is
// such a law only when the file names it; an unnamed one is legal-basis/law's finding and
// leaves the compatibility question open here.
function exempt(purpose: Purpose): boolean {
  return purpose.legalBasis === 'consent' || namesLaw(purpose);
}

export const rule: Rule = {
  id: 'purpose/compatibility',
  principle: 'purpose',
  article: 'GDPR Art. 6(4), Art. 5(1)(b)',
  severity: 'error',
  example: {
    bad: 'schemaVersion: 1\nid: lead-scoring\npurposes:\n  - id: model-training\n    kinds: [model-training]\n    legalBasis: legitimate-interests\n',
    good: 'schemaVersion: 1\nid: lead-scoring\npurposes:\n  - id: model-training\n    kinds: [model-training]\n    legalBasis: legitimate-interests\n    furtherProcessing: true\n    compatibility:\n      link: The model ranks the same enquiries the data was collected to answer\n      context: Business contacts who asked to be contacted expect their enquiry to be prioritised\n      nature: Work contact data and activity with us; no special categories or offence data\n      consequences: None for the individual beyond the score itself\n      safeguards: Pseudonymised training extract; objectors are excluded\n      compatible: true\n',
  },
  check({ data }, report) {
    list(data.purposes).forEach((purpose, index) => {
      // A possible purpose needs the assessment before it starts (purpose/possible-in-use, planned-start).
      if (exempt(purpose) || possiblePurpose(purpose)) return;
      const name = itemName(purpose, index);
      if (purpose.furtherProcessing === undefined) {
        if (hasKind(purpose, 'model-training')) report(['purposes', index, 'furtherProcessing'], { purpose: name, unstated: 'yes' });
        return;
      }
      if (purpose.furtherProcessing !== true) return;
      const assessment = purpose.compatibility;
      // Once the file concludes "not compatible", the missing factors no longer matter.
      if (assessment?.compatible === false) {
        report(['purposes', index, 'compatibility', 'compatible'], { purpose: name, incompatible: 'yes' });
        return;
      }
      for (const [factor, point] of FACTORS) {
        if (!filled(assessment?.[factor])) report(['purposes', index, 'compatibility', factor], { purpose: name, factor, point });
      }
      if (assessment?.compatible === undefined) report(['purposes', index, 'compatibility', 'compatible'], { purpose: name, conclusion: 'yes' });
    });
  },
};
