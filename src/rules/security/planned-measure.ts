import { filled, itemName, list } from '../facts.ts';
import type { Rule } from '../types.ts';

// A plan needs someone who carries it out and a date to check it against; whether the
// date has passed is security/overdue's question.
export const rule: Rule = {
  id: 'security/planned-measure',
  principle: 'data-security',
  article: 'GDPR Art. 32(1), Art. 35(7)(d)',
  severity: 'warning',
  example: {
    bad: 'schemaVersion: 1\nid: scoring\nsecurity:\n  measures:\n    - id: pseudonymise\n      type: pseudonymisation\n      description: Replace names with keys before scoring\n      status: planned\n',
    good: 'schemaVersion: 1\nid: scoring\nsecurity:\n  measures:\n    - id: pseudonymise\n      type: pseudonymisation\n      description: Replace names with keys before scoring\n      status: planned\n      owner: CRM team\n      due: 2099-01-31\n',
  },
  check({ data }, report) {
    list(data.security?.measures).forEach((measure, index) => {
      if (measure?.status !== 'planned') return;
      const path = ['security', 'measures', index];
      const name = itemName(measure, index);
      if (!filled(measure.due)) report([...path, 'due'], { noDue: 'yes', measure: name });
      if (!filled(measure.owner)) report([...path, 'owner'], { noOwner: 'yes', measure: name });
    });
  },
};
