import type { Rule } from '../types.ts';

export const rule: Rule = {
  id: 'schema/version',
  principle: 'structure',
  article: 'GDPR Art. 5(2)',
  severity: 'warning',
  example: {
    bad: 'id: lead-scoring\ntitle: AI lead scoring in the CRM\n',
    good: 'schemaVersion: 1\nid: lead-scoring\ntitle: AI lead scoring in the CRM\n',
  },
  check({ data }, report) {
    // A value of the wrong type is schema/invalid's finding; the engine drops a report
    // at a path that is already invalid, so only a really absent key shows up here.
    if (!('schemaVersion' in data)) report(['schemaVersion']);
  },
};
