import { enumArgs } from '../enum-words.ts';
import { itemName, list } from '../facts.ts';
import type { Rule } from '../types.ts';

// Data kept "at a processor" names a recipient with role processor: that recipient carries
// the country (so the transfer rules see where the data is) and the Art. 28 agreement.
// An id that names no recipient is ref/unknown's finding.
export const rule: Rule = {
  id: 'data/storage-processor',
  principle: 'data-security',
  article: 'GDPR Art. 28, 30(1)(d)-(e)',
  severity: 'error',
  messageArgs: (args, lang) => enumArgs(args, lang, { role: ['role'] }),
  example: {
    bad: 'schemaVersion: 1\nid: scoring\nrecipients:\n  - id: partner\n    name: Reseller AS\n    role: controller\n    country: NO\ndataCategories:\n  - id: contact\n    storage:\n      controller: true\n      processors: [partner]\n',
    good: 'schemaVersion: 1\nid: scoring\nrecipients:\n  - id: crm-host\n    name: CRM Vendor AS\n    role: processor\n    country: NO\ndataCategories:\n  - id: contact\n    storage:\n      controller: true\n      processors: [crm-host]\n',
  },
  check({ data }, report) {
    const recipients = new Map(list(data.recipients).filter((r) => r?.id !== undefined).map((r) => [r.id!, r]));
    list(data.dataCategories).forEach((category, index) => {
      list(category?.storage?.processors).forEach((id, j) => {
        const recipient = recipients.get(id);
        if (!recipient || recipient.role === 'processor') return;
        report(['dataCategories', index, 'storage', 'processors', j], {
          category: itemName(category, index), recipient: recipient.name ?? id, role: recipient.role ?? '',
        });
      });
    });
  },
};
