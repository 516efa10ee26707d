import { isBefore } from '../../model/dates.ts';
import { itemName, list } from '../facts.ts';
import type { Rule } from '../types.ts';

export const rule: Rule = {
  id: 'security/overdue',
  principle: 'data-security',
  article: 'GDPR Art. 32(1), Art. 35(7)(d)',
  severity: 'error',
  example: {
    bad: 'schemaVersion: 1\nid: scoring\nsecurity:\n  measures:\n    - id: pseudonymise\n      type: pseudonymisation\n      description: Replace names with keys before scoring\n      status: planned\n      owner: CRM team\n      due: 2020-01-31\n',
    good: 'schemaVersion: 1\nid: scoring\nsecurity:\n  measures:\n    - id: pseudonymise\n      type: pseudonymisation\n      description: Replace names with keys before scoring\n      status: planned\n      owner: CRM team\n      due: 2099-01-31\n',
  },
  check({ data, today }, report) {
    list(data.security?.measures).forEach((measure, index) => {
      if (measure?.status !== 'planned') return;
      const path = ['security', 'measures', index];
      const name = itemName(measure, index);
      // A missing date is security/planned-measure's.
      if (isBefore(measure.due, today)) report([...path, 'due'], { overdue: 'yes', measure: name, due: measure.due! });
    });
  },
};
