import { list, riskBand } from '../facts.ts';
import type { Rule } from '../types.ts';

export const rule: Rule = {
  id: 'risk/residual-high',
  principle: 'accountability',
  article: 'GDPR Art. 35(7)(d), Art. 36(1)',
  severity: 'warning',
  messages: {
    en: 'risk {risk} is scored high after measures too (residual {likelihood}×{severity} = {level})',
    nb: 'risiko {risk} er vurdert som høy også etter tiltak (restrisiko {likelihood}×{severity} = {level})',
  },
  hint: {
    en: 'Add measures that bring likelihood or severity down; if the risk cannot be reduced, consult the supervisory authority before processing (see accountability/prior-consultation).',
    nb: 'Legg til tiltak som senker sannsynlighet eller konsekvens; kan risikoen ikke reduseres, må tilsynsmyndigheten konsulteres før behandlingen starter (se accountability/prior-consultation).',
  },
  why: {
    en: 'The measures must address the risks (Art. 35(7)(d)); a high residual risk means processing may not start without prior consultation (Art. 36(1)).',
    nb: 'Tiltakene skal håndtere risikoene (art. 35 nr. 7 bokstav d); høy restrisiko betyr at behandlingen ikke kan starte uten forhåndsdrøfting (art. 36 nr. 1).',
  },
  example: {
    bad: 'schemaVersion: 1\nid: scoring\nrisks:\n  - id: discrimination\n    likelihood: 4\n    severity: 4\n    residual: {likelihood: 3, severity: 4, justification: Few controls yet}\n',
    good: 'schemaVersion: 1\nid: scoring\nrisks:\n  - id: discrimination\n    likelihood: 4\n    severity: 4\n    residual: {likelihood: 1, severity: 3, justification: Bias tests and human review}\n',
  },
  check({ data }, report) {
    list(data.risks).forEach((risk, index) => {
      const residual = risk.residual;
      if (!residual?.likelihood || !residual.severity) return;
      if (riskBand(residual.likelihood, residual.severity) === 'high') {
        report(['risks', index, 'residual'], { risk: risk.id ?? String(index + 1), likelihood: residual.likelihood, severity: residual.severity, level: residual.likelihood * residual.severity });
      }
    });
  },
};
