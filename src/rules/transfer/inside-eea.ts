import { filled, insideEEA, itemName, list } from '../facts.ts';
import type { Recipient } from '../../model/schema.ts';
import type { Rule } from '../types.ts';

/** The transfer block says something: a mechanism, details, a DPF answer or an assessment. */
function describesTransfer(transfer: Recipient['transfer']): boolean {
  if (!transfer) return false;
  return filled(transfer.mechanism) || filled(transfer.details) || typeof transfer.dpfCertified === 'boolean'
    || filled(transfer.tia?.date) || filled(transfer.tia?.outcome);
}

// Either the country is wrong (the data is processed or reached from outside the EEA,
// and the other transfer rules never look at it), or the block is left over: the
// notice and the record of processing skip it, so the file says what they do not.
export const rule: Rule = {
  id: 'transfer/inside-eea',
  principle: 'data-security',
  article: 'GDPR Art. 44',
  severity: 'warning',
  example: {
    bad: 'schemaVersion: 1\nid: crm\nrecipients:\n  - id: crm-vendor\n    name: NordCRM AB\n    role: processor\n    country: SE\n    transfer:\n      mechanism: scc\n',
    good: 'schemaVersion: 1\nid: crm\nrecipients:\n  - id: crm-vendor\n    name: NordCRM AB\n    role: processor\n    country: SE\n',
  },
  check({ data }, report) {
    list(data.recipients).forEach((recipient, index) => {
      if (insideEEA(recipient?.country) !== true || !describesTransfer(recipient.transfer)) return;
      report(['recipients', index, 'transfer'], { recipient: itemName(recipient, index), country: recipient.country! });
    });
  },
};
