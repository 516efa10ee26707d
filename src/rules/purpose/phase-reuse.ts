import { list } from '../facts.ts';
import type { Rule } from '../types.ts';
import { compatibilityExempt, laterReuses, possiblePurpose, purposeById } from './lifecycle-facts.ts';

// A purpose of a later phase that uses data an earlier phase collected, without that
// purpose being stated at collection, is processing for a purpose other than that of
// collection (Art. 5(1)(b)): unless it rests on consent or a law, Art. 6(4) asks whether
// it is compatible, and purpose/compatibility checks the assessment once the purpose
// records furtherProcessing. A possible purpose is purpose/possible-in-use's finding.
export const rule: Rule = {
  id: 'purpose/phase-reuse',
  principle: 'purpose',
  article: 'GDPR Art. 5(1)(b), Art. 6(4)',
  severity: 'error',
  example: {
    bad: 'schemaVersion: 1\nid: suggestions\npurposes:\n  - id: service\n    legalBasis: contract\n  - id: training\n    legalBasis: legitimate-interests\ndataCategories:\n  - id: viewing\nphases:\n  - id: use\n    stage: deployment\n    steps: [collection, use]\n    start: 2025-01-01\n    purposes: [service]\n    dataCategories: [viewing]\n  - id: retrain\n    stage: deployment\n    steps: [retraining]\n    start: 2026-01-01\n    purposes: [training]\n    dataCategories: [viewing]\n',
    good: 'schemaVersion: 1\nid: suggestions\npurposes:\n  - id: service\n    legalBasis: contract\n  - id: training\n    legalBasis: legitimate-interests\n    furtherProcessing: true\ndataCategories:\n  - id: viewing\nphases:\n  - id: use\n    stage: deployment\n    steps: [collection, use]\n    start: 2025-01-01\n    purposes: [service]\n    dataCategories: [viewing]\n  - id: retrain\n    stage: deployment\n    steps: [retraining]\n    start: 2026-01-01\n    purposes: [training]\n    dataCategories: [viewing]\n',
  },
  check({ data }, report) {
    const phases = list(data.phases);
    for (const reuse of laterReuses(data)) {
      const purpose = purposeById(data, reuse.purpose);
      if (purpose === undefined || possiblePurpose(purpose) || compatibilityExempt(purpose)) continue;
      if (purpose.furtherProcessing === true) continue;
      report(['phases', reuse.phase, 'purposes', reuse.position], {
        purpose: reuse.purpose,
        phase: phases[reuse.phase].id ?? String(reuse.phase + 1),
        earlier: phases[reuse.from].id ?? String(reuse.from + 1),
        categories: reuse.categories.join(', '),
        contradicts: purpose.furtherProcessing === false ? 'yes' : '',
      });
    }
  },
};
