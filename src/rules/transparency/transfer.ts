import { list, outsideEEA } from '../facts.ts';
import type { Rule } from '../types.ts';

export const rule: Rule = {
  id: 'transparency/transfer',
  principle: 'transparency',
  article: 'GDPR Art. 44–46, Art. 49, Art. 13(1)(f)',
  severity: 'error',
  example: {
    bad: 'schemaVersion: 1\nid: summaries\nrecipients:\n  - id: llm\n    name: LLM Provider Inc.\n    role: processor\n    country: US\n',
    good: 'schemaVersion: 1\nid: summaries\nrecipients:\n  - id: llm\n    name: LLM Provider Inc.\n    role: processor\n    country: US\n    transfer:\n      mechanism: adequacy\n      dpfCertified: true\n      details: Certified under the EU-US Data Privacy Framework; SCCs in the DPA as fallback\n',
  },
  check({ data }, report) {
    list(data.recipients).forEach((recipient, index) => {
      if (!recipient) return;
      const name = recipient.name ?? recipient.id ?? String(index + 1);
      if (outsideEEA(recipient.country)) {
        if (!recipient.transfer?.mechanism) report(['recipients', index, 'transfer', 'mechanism'], { outside: 'yes', recipient: name, country: recipient.country });
      } else if (!recipient.country && recipient.role === 'processor') {
        report(['recipients', index, 'country'], { noCountry: 'yes', recipient: name });
      }
    });
  },
};
