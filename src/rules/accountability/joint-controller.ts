import { filled, list } from '../facts.ts';
import type { Rule } from '../types.ts';

export const rule: Rule = {
  id: 'accountability/joint-controller',
  principle: 'accountability',
  article: 'GDPR Art. 26(1)-(2)',
  severity: 'error',
  example: {
    bad: 'schemaVersion: 1\nid: events\nrecipients:\n  - id: partner\n    name: Partner AS\n    role: joint-controller\n',
    good: 'schemaVersion: 1\nid: events\nrecipients:\n  - id: partner\n    name: Partner AS\n    role: joint-controller\n    agreement: Joint-controller arrangement of 2026-02-01 (contract archive); we answer all requests and give the notice\n    arrangementEssence: Summarised in the privacy notice section on the joint webinar, which names us as the contact point\n',
  },
  check({ data }, report) {
    list(data.recipients).forEach((recipient, index) => {
      if (recipient?.role !== 'joint-controller') return;
      const name = recipient.name ?? recipient.id ?? String(index + 1);
      if (!filled(recipient.agreement)) report(['recipients', index, 'agreement'], { recipient: name, noAgreement: 'yes' });
      if (!filled(recipient.arrangementEssence)) report(['recipients', index, 'arrangementEssence'], { recipient: name, noEssence: 'yes' });
    });
  },
};
