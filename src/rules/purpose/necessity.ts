import { filled, itemName, list } from '../facts.ts';
import type { Rule } from '../types.ts';
import { possiblePurpose } from './lifecycle-facts.ts';

// Art. 35(7)(b) asks for both necessity and proportionality, so both are reported here,
// each at its own key.
export const rule: Rule = {
  id: 'purpose/necessity',
  principle: 'purpose',
  article: 'GDPR Art. 35(7)(b)',
  severity: 'error',
  example: {
    bad: 'schemaVersion: 1\nid: lead-scoring\npurposes:\n  - id: scoring\n    description: Rank inbound B2B leads by likelihood to buy so that sales calls the most promising first.\n',
    good: 'schemaVersion: 1\nid: lead-scoring\npurposes:\n  - id: scoring\n    description: Rank inbound B2B leads by likelihood to buy so that sales calls the most promising first.\n    necessity: Sales cannot call every lead; the score uses only firmographic data and web visits already held.\n    proportionality: Contact persons at businesses expect sales contact; the score only orders the call list and decides nothing alone.\n',
  },
  check({ data }, report) {
    list(data.purposes).forEach((purpose, index) => {
      // A possible purpose is not an envisaged processing operation yet: it is assessed when
      // it is decided (purpose/possible-in-use stops it from being processed before).
      if (possiblePurpose(purpose)) return;
      const name = itemName(purpose, index);
      if (!filled(purpose.necessity)) report(['purposes', index, 'necessity'], { purpose: name, necessity: 'yes' });
      if (!filled(purpose.proportionality)) report(['purposes', index, 'proportionality'], { purpose: name, proportionality: 'yes' });
    });
  },
};
