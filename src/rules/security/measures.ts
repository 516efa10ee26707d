import { filled, itemName, list } from '../facts.ts';
import type { Rule } from '../types.ts';

export const rule: Rule = {
  id: 'security/measures',
  principle: 'data-security',
  article: 'GDPR Art. 32(1), Art. 35(7)(d)',
  severity: 'error',
  example: {
    bad: 'schemaVersion: 1\nid: scoring\nsecurity:\n  measures: []\n',
    good: 'schemaVersion: 1\nid: scoring\nsecurity:\n  measures:\n    - id: tls\n      type: encryption\n      description: TLS 1.2 or later between the CRM and the scoring service\n      status: implemented\n',
  },
  check({ data }, report) {
    const measures = list(data.security?.measures);
    if (measures.length === 0) {
      report(['security', 'measures'], { none: 'yes' });
      return;
    }
    measures.forEach((measure, index) => {
      if (!filled(measure?.description)) {
        report(['security', 'measures', index, 'description'], { undescribed: 'yes', measure: itemName(measure, index) });
      }
    });
  },
};
