import { itemName, list, riskBand } from '../facts.ts';
import type { Rule } from '../types.ts';

export const rule: Rule = {
  id: 'risk/residual-high',
  principle: 'accountability',
  article: 'GDPR Art. 35(7)(d), Art. 36(1)',
  severity: 'warning',
  example: {
    bad: 'schemaVersion: 1\nid: scoring\nrisks:\n  - id: discrimination\n    likelihood: 4\n    severity: 4\n    residual: {likelihood: 3, severity: 4, justification: Few controls yet}\n',
    good: 'schemaVersion: 1\nid: scoring\nrisks:\n  - id: discrimination\n    likelihood: 4\n    severity: 4\n    residual: {likelihood: 1, severity: 3, justification: Bias tests and human review}\n',
  },
  check({ data }, report) {
    list(data.risks).forEach((risk, index) => {
      const residual = risk.residual;
      if (!residual?.likelihood || !residual.severity) return;
      if (riskBand(residual.likelihood, residual.severity) === 'high') {
        report(['risks', index, 'residual'], { risk: itemName(risk, index), likelihood: residual.likelihood, severity: residual.severity, level: residual.likelihood * residual.severity });
      }
    });
  },
};
