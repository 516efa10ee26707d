import { itemName, list, riskBand } from '../facts.ts';
import type { Rule } from '../types.ts';

export const rule: Rule = {
  id: 'risk/residual-maximum',
  principle: 'accountability',
  article: 'GDPR Art. 35(7)(d), Art. 36(1)',
  severity: 'warning',
  example: {
    bad: 'schemaVersion: 1\nid: scoring\nrisks:\n  - id: credit-refusal\n    residual: {likelihood: 1, severity: 4, justification: Rare, but a wrong refusal cannot be undone}\n',
    good: 'schemaVersion: 1\nid: scoring\nrisks:\n  - id: credit-refusal\n    residual: {likelihood: 1, severity: 3, justification: Every refusal is reviewed by a person and can be reversed within a day}\n',
  },
  check({ data }, report) {
    list(data.risks).forEach((risk, index) => {
      const residual = risk?.residual;
      if (residual?.severity !== 4) return;
      // risk/residual-high reports severity 4 at likelihood 3 or 4; one finding is enough.
      if (typeof residual.likelihood === 'number' && riskBand(residual.likelihood, residual.severity) === 'high') return;
      report(['risks', index, 'residual', 'severity'], { risk: itemName(risk, index), likelihood: residual.likelihood ?? '' });
    });
  },
};
