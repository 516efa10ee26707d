import { filled, list } from '../facts.ts';
import type { Rule } from '../types.ts';
import { collects, possiblePurpose, purposeById, purposesInPhase } from './lifecycle-facts.ts';

// Data may be collected only for specified, explicit purposes (Art. 5(1)(b)) on a legal
// basis (Art. 6(1)), and the person is told the purposes and the basis at the time of
// collection (Art. 13(1)(c)). A phase that collects data for a purpose that has no basis
// yet, no notice text, or is only planned or possible collects it before those exist.
export const rule: Rule = {
  id: 'purpose/collection-before-basis',
  principle: 'purpose',
  article: 'GDPR Art. 5(1)(a)-(b), Art. 6(1), Art. 13(1)(c)',
  severity: 'error',
  example: {
    bad: 'schemaVersion: 1\nid: suggestions\npurposes:\n  - id: training\n    status: possible\nphases:\n  - id: collect\n    stage: development\n    steps: [collection]\n    purposes: [training]\n',
    good: 'schemaVersion: 1\nid: suggestions\npurposes:\n  - id: training\n    status: decided\n    legalBasis: consent\n    notice:\n      text: We use what you watch to train the model that suggests programmes to you\nphases:\n  - id: collect\n    stage: development\n    steps: [collection]\n    purposes: [training]\n',
  },
  check({ data }, report) {
    list(data.phases).forEach((phase, index) => {
      if (!collects(phase)) return;
      const name = phase.id ?? String(index + 1);
      for (const { id, path } of purposesInPhase(data, phase, index)) {
        const purpose = purposeById(data, id);
        if (purpose === undefined) continue; // ref/unknown's finding
        // A data category may name a possible later use of its data; the phase does not collect for it
        // until the phase itself names it (purpose/possible-in-use), and its reuse then needs Art. 6(4).
        if (possiblePurpose(purpose) && path[2] === 'dataCategories') continue;
        if (possiblePurpose(purpose) || purpose.status === 'planned') {
          if (purpose.legalBasis === undefined) report(path, { phase: name, purpose: id, undecided: possiblePurpose(purpose) ? 'possible' : 'planned' });
          continue;
        }
        if (purpose.legalBasis === undefined) report(path, { phase: name, purpose: id, basis: 'yes' });
        if (!filled(purpose.notice?.text)) report(path, { phase: name, purpose: id, notice: 'yes' });
      }
    });
  },
};
