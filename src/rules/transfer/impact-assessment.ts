import { filled, itemName, list, outsideEEA } from '../facts.ts';
import type { Rule } from '../types.ts';

/** The Art. 46 tools whose effectiveness depends on the law and practice of the importer's country. */
const ART46_TOOLS = new Set(['scc', 'bcr', 'code-of-conduct', 'certification']);

export const rule: Rule = {
  id: 'transfer/impact-assessment',
  principle: 'data-security',
  article: 'GDPR Art. 46(1); C-311/18 (Schrems II)',
  severity: 'error',
  example: {
    bad: 'schemaVersion: 1\nid: training\nrecipients:\n  - id: ml-platform\n    name: Cumulus ML Inc.\n    role: processor\n    country: US\n    transfer:\n      mechanism: scc\n      details: SCC 2021/914 module 2\n',
    good: 'schemaVersion: 1\nid: training\nrecipients:\n  - id: ml-platform\n    name: Cumulus ML Inc.\n    role: processor\n    country: US\n    transfer:\n      mechanism: scc\n      details: SCC 2021/914 module 2\n      tia:\n        date: 2026-08-20\n        outcome: FISA 702 could reach the data; pseudonymised before export with the key in Norway, so the transfer may go ahead\n',
  },
  check({ data }, report) {
    list(data.recipients).forEach((recipient, index) => {
      const transfer = recipient?.transfer;
      if (!transfer?.mechanism || !ART46_TOOLS.has(transfer.mechanism) || !outsideEEA(recipient.country)) return;
      const args = { recipient: itemName(recipient, index), country: recipient.country, mechanism: transfer.mechanism };
      const path = ['recipients', index, 'transfer', 'tia'];
      const tia = transfer.tia;
      if (!filled(tia?.date) && !filled(tia?.outcome)) {
        report(path, { ...args, missing: 'yes' });
        return;
      }
      if (!filled(tia?.date)) report([...path, 'date'], { ...args, noDate: 'yes' });
      if (!filled(tia?.outcome)) report([...path, 'outcome'], { ...args, noOutcome: 'yes' });
    });
  },
};
