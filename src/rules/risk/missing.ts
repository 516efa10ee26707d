import { filled, list } from '../facts.ts';
import type { Rule } from '../types.ts';

// The three classic risk events (WP248 Annex 2, CNIL) in the words of Art. 32(2):
// unauthorised disclosure of or access to data, alteration, and destruction or loss.
// Matched on `event`, whose documented keys are illegitimate-access,
// unwanted-modification and disappearance.
const CLASSIC_EVENT = /access|disclosure|modification|alteration|disappearance|destruction|loss|unavailab/;

export const rule: Rule = {
  id: 'risk/missing',
  principle: 'accountability',
  article: 'GDPR Art. 35(7)(c), Art. 32(2)',
  severity: 'error',
  example: {
    bad: 'schemaVersion: 1\nid: lead-scoring\nrisks: []\n',
    good: 'schemaVersion: 1\nid: lead-scoring\nrisks:\n  - id: leak\n    event: illegitimate-access\n    description: Scores and contact data leak from the CRM to unauthorised staff or outsiders.\n    likelihood: 2\n    severity: 3\n',
  },
  check({ data }, report) {
    const risks = list(data.risks);
    if (risks.length === 0) {
      report(['risks'], { none: 'yes' });
      return;
    }
    const classic = risks.some((risk) => filled(risk?.event) && CLASSIC_EVENT.test(String(risk.event).toLowerCase()));
    if (!classic) report(['risks'], { noSecurity: 'yes' });
  },
};
