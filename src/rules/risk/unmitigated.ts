import { filled, itemName, list, riskBand } from '../facts.ts';
import type { Rule } from '../types.ts';

export const rule: Rule = {
  id: 'risk/unmitigated',
  principle: 'accountability',
  article: 'GDPR Art. 35(7)(d)',
  severity: 'error',
  example: {
    bad: 'schemaVersion: 1\nid: lead-scoring\nrisks:\n  - id: discrimination\n    likelihood: 3\n    severity: 3\n',
    good: 'schemaVersion: 1\nid: lead-scoring\nsecurity:\n  measures:\n    - id: bias-tests\n      type: testing\nrisks:\n  - id: discrimination\n    likelihood: 3\n    severity: 3\n    measures: [bias-tests]\n    residual: {likelihood: 1, severity: 3, justification: Quarterly bias tests}\n',
  },
  check({ data }, report) {
    list(data.risks).forEach((risk, index) => {
      const name = itemName(risk, index);
      const { likelihood, severity, residual } = risk ?? {};
      const band = likelihood && severity ? riskBand(likelihood, severity) : undefined;
      if (list(risk?.measures).length === 0) {
        // Accepting a low risk as it is, with a reason, is a legitimate treatment.
        if (!(band === 'low' && filled(residual?.justification))) report(['risks', index, 'measures'], { risk: name, none: 'yes' });
        return;
      }
      if (!band || band === 'low' || !residual?.likelihood || !residual.severity) return;
      const before = likelihood! * severity!;
      const after = residual.likelihood * residual.severity;
      if (after >= before && !filled(residual.justification)) {
        report(['risks', index, 'residual'], { risk: name, notLower: 'yes', [band]: 'yes', before, after });
      }
    });
  },
};
