import { filled, list } from '../facts.ts';
import type { Rule } from '../types.ts';

export const rule: Rule = {
  id: 'accountability/processor-agreement',
  principle: 'accountability',
  article: 'GDPR Art. 28(3)',
  severity: 'error',
  example: {
    bad: 'schemaVersion: 1\nid: scoring\nrecipients:\n  - id: model-host\n    name: Model Host AB\n    role: processor\n    country: SE\n',
    good: 'schemaVersion: 1\nid: scoring\nrecipients:\n  - id: model-host\n    name: Model Host AB\n    role: processor\n    country: SE\n    agreement: DPA signed 2026-02-10, kept in the contract archive\n',
  },
  check({ data }, report) {
    list(data.recipients).forEach((recipient, index) => {
      if (recipient?.role !== 'processor' || filled(recipient.agreement)) return;
      report(['recipients', index, 'agreement'], { recipient: recipient.name ?? recipient.id ?? String(index + 1) });
    });
  },
};
