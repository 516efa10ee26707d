import { mergeController } from '../../model/parties.ts';
import { dpoDesignated, filled } from '../facts.ts';
import type { Rule } from '../types.ts';

export const rule: Rule = {
  id: 'accountability/dpo-designation',
  principle: 'accountability',
  article: 'GDPR Art. 37(1)',
  severity: 'error',
  example: {
    bad: 'schemaVersion: 1\nid: scoring\ncontroller:\n  name: Kvarts Software AS\n',
    good: 'schemaVersion: 1\nid: scoring\ncontroller:\n  name: Kvarts Software AS\n  type: private\n  noDpoReason: >-\n    A software company of 40 people. Not a public authority; our core activity is\n    developing and selling software. Lead scoring supports sales and is ancillary;\n    no special-category or criminal-offence data is processed. Reviewed 2026-03-01.\n',
  },
  check({ data, config }, report) {
    const controller = mergeController(data, config);
    if (dpoDesignated(controller) || filled(controller.noDpoReason)) return;
    report(['controller', 'noDpoReason']);
  },
};
