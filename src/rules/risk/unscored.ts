import { list } from '../facts.ts';
import type { Rule } from '../types.ts';

export const rule: Rule = {
  id: 'risk/unscored',
  principle: 'accountability',
  article: 'GDPR Art. 35(7)(c), Art. 36(1)',
  severity: 'error',
  messages: {
    en: 'the file does not score {likelihood?:the likelihood (1–4)}{severity?:the severity (1–4)}{residual?:the residual risk (likelihood and severity after measures, 1–4)}{residualLikelihood?:the residual likelihood (1–4)}{residualSeverity?:the residual severity (1–4)} of risk {risk}',
    nb: 'filen angir ikke {likelihood?:sannsynlighet (1–4)}{severity?:konsekvens (1–4)}{residual?:restrisiko (sannsynlighet og konsekvens etter tiltak, 1–4)}{residualLikelihood?:sannsynlighet for restrisikoen (1–4)}{residualSeverity?:konsekvens for restrisikoen (1–4)} for risiko {risk}',
  },
  hint: {
    en: 'Score `likelihood` and `severity` from 1 (negligible) to 4 (maximum) before measures, and `residual: {likelihood, severity, justification}` after them.',
    nb: 'Angi `likelihood` (sannsynlighet) og `severity` (konsekvens) fra 1 (ubetydelig) til 4 (maksimal) før tiltak, og `residual: {likelihood, severity, justification}` etter tiltak.',
  },
  why: {
    en: 'Assessing a risk (Art. 35(7)(c)) means estimating how likely it is and how severe it would be for people. Without a residual score no one can tell whether the risk stays high after measures, which decides whether the supervisory authority must be consulted first (Art. 36(1)).',
    nb: 'Å vurdere en risiko (art. 35 nr. 7 bokstav c) betyr å anslå hvor sannsynlig den er og hvor alvorlig den vil være for de registrerte. Uten vurdering av restrisikoen kan ingen se om risikoen fortsatt er høy etter tiltak, og det avgjør om tilsynsmyndigheten må konsulteres på forhånd (forhåndsdrøfting, art. 36 nr. 1).',
  },
  example: {
    bad: 'schemaVersion: 1\nid: lead-scoring\nrisks:\n  - id: discrimination\n    likelihood: 3\n',
    good: 'schemaVersion: 1\nid: lead-scoring\nrisks:\n  - id: discrimination\n    likelihood: 3\n    severity: 3\n    residual: {likelihood: 1, severity: 3, justification: Quarterly bias tests and human review of low scores}\n',
  },
  check({ data }, report) {
    list(data.risks).forEach((risk, index) => {
      const name = risk?.id ?? String(index + 1);
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
