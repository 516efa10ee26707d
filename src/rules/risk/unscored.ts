import { itemName, list } from '../facts.ts';
import type { Rule } from '../types.ts';

export const rule: Rule = {
  id: 'risk/unscored',
  principle: 'accountability',
  article: 'GDPR Art. 35(7)(c), Art. 36(1)',
  severity: 'error',
  example: {
    bad: 'schemaVersion: 1\nid: lead-scoring\nrisks:\n  - id: discrimination\n    likelihood: 3\n',
    good: 'schemaVersion: 1\nid: lead-scoring\nrisks:\n  - id: discrimination\n    likelihood: 3\n    severity: 3\n    residual: {likelihood: 1, severity: 3, justification: Quarterly bias tests and human review of low scores}\n',
  },
  check({ data }, report) {
    list(data.risks).forEach((risk, index) => {
      const name = itemName(risk, index);
      if (!risk?.likelihood) report(['risks', index, 'likelihood'], { risk: name, likelihood: 'yes' });
      if (!risk?.severity) report(['risks', index, 'severity'], { risk: name, severity: 'yes' });
      const residual = risk?.residual;
      if (!residual) {
        report(['risks', index, 'residual'], { risk: name, residual: 'yes' });
        return;
      }
      if (!residual.likelihood) report(['risks', index, 'residual', 'likelihood'], { risk: name, residualLikelihood: 'yes' });
      if (!residual.severity) report(['risks', index, 'residual', 'severity'], { risk: name, residualSeverity: 'yes' });
    });
  },
};
