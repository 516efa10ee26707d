import { list } from '../facts.ts';
import type { Rule } from '../types.ts';
import { purposeById } from './lifecycle-facts.ts';

// Each phase of the AI lifecycle is processing with its own purposes and legal basis (EDPB
// Opinion 28/2024; Art. 5(1)(b), 6(1)): a phase that names no purpose, or none with a basis,
// processes data for nothing the file can justify.
export const rule: Rule = {
  id: 'purpose/phase-basis',
  principle: 'purpose',
  article: 'GDPR Art. 5(1)(b), Art. 6(1)',
  severity: 'error',
  example: {
    bad: 'schemaVersion: 1\nid: suggestions\nphases:\n  - id: training\n    stage: development\n    steps: [training]\n',
    good: 'schemaVersion: 1\nid: suggestions\npurposes:\n  - id: training\n    legalBasis: consent\nphases:\n  - id: training\n    stage: development\n    steps: [training]\n    purposes: [training]\n',
  },
  check({ data }, report) {
    list(data.phases).forEach((phase, index) => {
      const name = phase.id ?? String(index + 1);
      const ids = list(phase.purposes);
      if (ids.length === 0) {
        report(['phases', index, 'purposes'], { phase: name, none: 'yes' });
        return;
      }
      if (!ids.some((id) => purposeById(data, id)?.legalBasis !== undefined)) report(['phases', index, 'purposes'], { phase: name, basis: 'yes' });
    });
  },
};
