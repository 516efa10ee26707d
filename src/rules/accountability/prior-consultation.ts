import { itemName, list, riskBand } from '../facts.ts';
import type { Rule } from '../types.ts';

export const rule: Rule = {
  id: 'accountability/prior-consultation',
  principle: 'accountability',
  article: 'GDPR Art. 36(1)',
  severity: 'error',
  example: {
    bad: 'schemaVersion: 1\nid: scoring\nrisks:\n  - id: discrimination\n    residual: {likelihood: 3, severity: 4}\n',
    good: 'schemaVersion: 1\nid: scoring\nrisks:\n  - id: discrimination\n    residual: {likelihood: 3, severity: 4}\nconsultation:\n  authority: {required: true, date: 2026-03-01, reference: "26/01234"}\n',
  },
  check({ data }, report) {
    const high = list(data.risks)
      .filter((risk) => risk.residual?.likelihood && risk.residual.severity && riskBand(risk.residual.likelihood, risk.residual.severity) === 'high')
      .map((risk, index) => itemName(risk, index));
    const authority = data.consultation?.authority;
    if (high.length > 0 && (authority?.required !== true || !authority.date)) {
      report(authority ? ['consultation', 'authority'] : ['consultation'], { risks: high.join(', ') });
    } else if (authority?.required === true && !authority.date) {
      report(['consultation', 'authority', 'required'], { notDone: 'yes' });
    }
  },
};
