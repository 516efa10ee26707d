import { filled, list, riskBand } from '../facts.ts';
import type { Rule } from '../types.ts';

export const rule: Rule = {
  id: 'risk/unmitigated',
  principle: 'accountability',
  article: 'GDPR Art. 35(7)(d)',
  severity: 'error',
  messages: {
    en: '{none?:risk {risk} lists no measures}{notLower?:risk {risk} is scored {high?:high}{medium?:medium} ({before}) and its residual level ({after}) is no lower, and the file records no justification}',
    nb: '{none?:risiko {risk} viser ikke til noen tiltak}{notLower?:risiko {risk} er vurdert som {high?:høy}{medium?:middels} ({before}), og restrisikoen ({after}) er ikke lavere, uten at filen registrerer noen begrunnelse}',
  },
  hint: {
    en: 'List the ids of the measures from `security.measures` that treat the risk under `measures`, and lower the residual score they achieve. To accept a risk as it is, explain why in `residual.justification` (a risk without measures can only be accepted when it is low).',
    nb: 'List id-ene til tiltakene fra `security.measures` som håndterer risikoen under `measures`, og senk restrisikoen de gir. Skal risikoen aksepteres som den er, begrunn det i `residual.justification` (en risiko uten tiltak kan bare aksepteres når den er lav).',
  },
  why: {
    en: 'A DPIA must set out the measures envisaged to address the risks: safeguards, security measures and mechanisms (Art. 35(7)(d)). When the measures do not reduce a medium or high risk, the DPIA must say why, or it does not show that the risk is addressed; a high risk that stays high needs prior consultation (Art. 36(1)).',
    nb: 'Vurderingen skal beskrive tiltakene som er planlagt for å håndtere risikoene: garantier, sikkerhetstiltak og mekanismer (art. 35 nr. 7 bokstav d). Når tiltakene ikke reduserer en middels eller høy risiko, må vurderingen si hvorfor, ellers viser den ikke at risikoen er håndtert; en høy risiko som forblir høy, krever forhåndsdrøfting (art. 36 nr. 1).',
  },
  example: {
    bad: 'schemaVersion: 1\nid: lead-scoring\nrisks:\n  - id: discrimination\n    likelihood: 3\n    severity: 3\n',
    good: 'schemaVersion: 1\nid: lead-scoring\nsecurity:\n  measures:\n    - id: bias-tests\n      type: testing\nrisks:\n  - id: discrimination\n    likelihood: 3\n    severity: 3\n    measures: [bias-tests]\n    residual: {likelihood: 1, severity: 3, justification: Quarterly bias tests}\n',
  },
  check({ data }, report) {
    list(data.risks).forEach((risk, index) => {
      const name = risk?.id ?? String(index + 1);
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
