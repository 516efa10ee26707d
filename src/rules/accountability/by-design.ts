import { filled } from '../facts.ts';
import type { Rule } from '../types.ts';

// Art. 25 binds every controller for every processing, so the rule asks every file.
export const rule: Rule = {
  id: 'accountability/by-design',
  principle: 'accountability',
  article: 'GDPR Art. 25(1)-(2)',
  severity: 'error',
  example: {
    bad: 'schemaVersion: 1\nid: lead-scoring\nbyDesign:\n  design: The model uses banded features only; training data is pseudonymised\n',
    good: 'schemaVersion: 1\nid: lead-scoring\nbyDesign:\n  design: The model uses banded features only; training data is pseudonymised\n  defaults: Scores are visible only to sales in the lead\'s territory; leads are not scored after an objection; scores are deleted after 13 months\n',
  },
  check({ data }, report) {
    const byDesign = data.byDesign;
    const design = filled(byDesign?.design);
    const defaults = filled(byDesign?.defaults);
    if (!design && !defaults) {
      report(['byDesign'], { missing: 'yes' });
      return;
    }
    if (!design) report(['byDesign', 'design'], { noDesign: 'yes' });
    if (!defaults) report(['byDesign', 'defaults'], { noDefaults: 'yes' });
  },
};
