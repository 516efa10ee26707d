import { isBefore } from '../../model/dates.ts';
import { filled, list } from '../facts.ts';
import type { Rule } from '../types.ts';

export const rule: Rule = {
  id: 'accountability/consultation-pending',
  principle: 'accountability',
  article: 'GDPR Art. 36(1)-(2)',
  severity: 'error',
  example: {
    bad: 'schemaVersion: 1\nid: scoring\nstatus: approved\nconsultation:\n  authority: {required: true, date: 2026-03-01, reference: "26/01234"}\n',
    good: 'schemaVersion: 1\nid: scoring\nstatus: approved\nconsultation:\n  authority:\n    required: true\n    date: 2026-03-01\n    reference: "26/01234"\n    outcome: Datatilsynet advised that the processing may start once the bias test runs monthly; done (fairness.tests)\n    adviceDate: 2026-04-20\n',
  },
  check({ data }, report) {
    const authority = data.consultation?.authority;
    if (authority?.required !== true) return;

    // Approval is the controller's: status approved, or a sign-off by anyone but the DPO,
    // whose sign-off records advice (DESIGN: the DPO advises, the controller decides).
    const decisions = list(data.signoffs).filter((s) => s && s.role !== 'dpo').map((s) => s.role ?? '?');
    const missing = [filled(authority.outcome) ? '' : 'outcome', filled(authority.adviceDate) ? '' : 'adviceDate'].filter(Boolean);
    if ((data.status === 'approved' || decisions.length > 0) && missing.length > 0) {
      report(['consultation', 'authority', missing[0]], {
        missing: missing.join(', '),
        status: data.status === 'approved' ? 'yes' : '',
        signed: data.status === 'approved' ? '' : decisions.join(', '),
      });
    }
    if (authority.date && authority.adviceDate && isBefore(authority.adviceDate, authority.date)) {
      report(['consultation', 'authority', 'adviceDate'], { beforeRequest: 'yes', adviceDate: authority.adviceDate, date: authority.date });
    }
  },
};
