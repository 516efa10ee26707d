// The planned start of processing (system.goLive): the DPIA is carried out prior to the
// processing (Art. 35(1)) and the authority is consulted prior to it (Art. 36(1)), so once
// that date has passed the file must record an approved assessment and, where prior
// consultation is required, the authority's answer.
import { signoffState } from '../../model/signoffs.ts';
import { isAfter, isDate } from '../../model/dates.ts';
import { filled } from '../facts.ts';
import type { Rule } from '../types.ts';

export const rule: Rule = {
  id: 'accountability/go-live',
  principle: 'accountability',
  article: 'GDPR Art. 35(1), Art. 36(1)',
  severity: 'error',
  example: {
    bad: 'schemaVersion: 1\nid: scoring\nversion: "1.0"\nstatus: draft\nsystem:\n  goLive: 2026-01-15\n',
    good: 'schemaVersion: 1\nid: scoring\nversion: "1.0"\nstatus: draft\nsystem:\n  goLive: 2099-01-15\n',
  },
  check({ data, config, today, contentHash }, report) {
    const goLive = data.system?.goLive;
    if (!isDate(goLive) || isAfter(goLive, today)) return;
    const state = signoffState(data as Record<string, unknown>, config, contentHash());
    const approved = data.status === 'approved';
    if (!approved || state.missing.length > 0) {
      const roles = state.missing.join(', ');
      report(['system', 'goLive'], approved ? { goLive: goLive!, unsigned: roles } : { goLive: goLive!, notApproved: 'yes', roles });
    }
    const authority = data.consultation?.authority;
    if (authority?.required === true) {
      const missing = [filled(authority.outcome) ? '' : 'outcome', filled(authority.adviceDate) ? '' : 'adviceDate'].filter(Boolean);
      if (missing.length > 0) report(['system', 'goLive'], { goLive: goLive!, consultation: missing.join(', '), requested: filled(authority.date) ? authority.date! : '' });
    }
  },
};
