import { itemName, list, outsideEEA } from '../facts.ts';
import type { Rule } from '../types.ts';

// A processor works for the controller under a standing contract (Art. 28(3)), so data
// goes to it regularly: the case the EDPB says the derogations do not cover. A derogation
// for a controller recipient may be right (an occasional transfer); that stays with people.
export const rule: Rule = {
  id: 'transfer/derogation',
  principle: 'data-security',
  article: 'GDPR Art. 49(1); recital 111',
  severity: 'warning',
  example: {
    bad: 'schemaVersion: 1\nid: support\nrecipients:\n  - id: helpdesk\n    name: Helpdesk Inc.\n    role: processor\n    country: IN\n    transfer:\n      mechanism: derogation\n',
    good: 'schemaVersion: 1\nid: support\nrecipients:\n  - id: helpdesk\n    name: Helpdesk Inc.\n    role: processor\n    country: IN\n    transfer:\n      mechanism: scc\n      details: SCC 2021/914 module 2 in the DPA; access from India only to tickets, logged\n      tia: {date: 2026-09-01, outcome: No problematic access law identified for this data; encryption with keys in the EEA}\n',
  },
  check({ data }, report) {
    list(data.recipients).forEach((recipient, index) => {
      if (recipient?.transfer?.mechanism !== 'derogation' || recipient.role !== 'processor' || !outsideEEA(recipient.country)) return;
      report(['recipients', index, 'transfer', 'mechanism'], { recipient: itemName(recipient, index), country: recipient.country });
    });
  },
};
