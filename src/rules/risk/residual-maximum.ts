import { list, riskBand } from '../facts.ts';
import type { Rule } from '../types.ts';

export const rule: Rule = {
  id: 'risk/residual-maximum',
  principle: 'accountability',
  article: 'GDPR Art. 35(7)(d), Art. 36(1)',
  severity: 'warning',
  messages: {
    en: 'risk {risk} is recorded with maximum severity (4) after measures{likelihood?: at likelihood {likelihood}}',
    nb: 'risiko {risk} er registrert med maksimal konsekvens (4) etter tiltak{likelihood?: med sannsynlighet {likelihood}}',
  },
  hint: {
    en: 'Look for measures that reduce the consequences themselves, not only the likelihood (less data, pseudonymisation, no effect on the person without human review, a way back). If severity stays at 4, say in `residual.justification` why the risk is acceptable, and weigh with the DPO whether the supervisory authority must be consulted (accountability/prior-consultation).',
    nb: 'Se etter tiltak som reduserer selve følgene, ikke bare sannsynligheten (mindre data, pseudonymisering, ingen virkning for personen uten menneskelig vurdering, en vei tilbake). Blir konsekvensen stående på 4, forklar i `residual.justification` hvorfor risikoen er akseptabel, og vurder med personvernombudet om tilsynsmyndigheten må rådspørres (accountability/prior-consultation).',
  },
  why: {
    en: 'On the four-level scale of the CNIL method, maximum severity means consequences people may not overcome. A product of likelihood and severity can rank such a risk as medium when its likelihood is low, yet the measures must address the risks (Art. 35(7)(d)), and the WP29 DPIA guidelines (WP248 rev.01) give significant or irreversible consequences as an example of a residual risk that can call for prior consultation (Art. 36(1)). risk/residual-high already reports the cases whose level is high.',
    nb: 'På den firedelte skalaen i CNILs metode betyr maksimal konsekvens følger den registrerte kanskje ikke kommer over. Produktet av sannsynlighet og konsekvens kan gjøre en slik risiko middels når sannsynligheten er lav, men tiltakene skal håndtere risikoene (art. 35 nr. 7 bokstav d), og Artikkel 29-gruppens retningslinjer (WP248 rev.01) nevner betydelige eller uopprettelige følger som eksempel på restrisiko som kan kreve forhåndsdrøfting (art. 36 nr. 1). risk/residual-high melder allerede tilfellene der nivået er høyt.',
  },
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
      report(['risks', index, 'residual', 'severity'], { risk: risk.id ?? String(index + 1), likelihood: residual.likelihood ?? '' });
    });
  },
};
