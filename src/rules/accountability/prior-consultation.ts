import { list, riskBand } from '../facts.ts';
import type { Rule } from '../types.ts';

export const rule: Rule = {
  id: 'accountability/prior-consultation',
  principle: 'accountability',
  article: 'GDPR Art. 36(1)',
  severity: 'error',
  messages: {
    en: '{risks?:residual risk stays high ({risks}) but the file does not record a request for prior consultation of the supervisory authority}{notDone?:prior consultation is marked as required but the file does not record the date the request was submitted}',
    nb: '{risks?:restrisikoen er fortsatt høy ({risks}), men filen registrerer ingen anmodning om forhåndsdrøfting med tilsynsmyndigheten}{notDone?:forhåndsdrøfting er markert som påkrevd, men filen registrerer ikke datoen anmodningen ble sendt}',
  },
  hint: {
    en: 'Set `consultation.authority.required: true` and record the `date` the request was submitted and the case `reference`; when the authority answers, record its written advice in `outcome` and its date in `adviceDate` (see accountability/consultation-pending). The request includes the DPIA, the purposes and means, the measures and safeguards, the responsibilities of the parties and, where one is designated, the DPO\'s contact details (Art. 36(3)).',
    nb: 'Sett `consultation.authority.required: true` og registrer datoen anmodningen ble sendt (`date`) og saksnummeret (`reference`); når tilsynsmyndigheten svarer, registrer det skriftlige rådet i `outcome` og datoen i `adviceDate` (se accountability/consultation-pending). Anmodningen skal inneholde vurderingen av personvernkonsekvenser, formålet med og midlene for behandlingen, tiltak og garantier, partenes ansvar og, der et personvernombud er utpekt, ombudets kontaktopplysninger (art. 36 nr. 3).',
  },
  why: {
    en: 'Where a DPIA indicates that the processing would result in a high risk in the absence of measures taken by the controller to mitigate the risk, the controller must consult the supervisory authority prior to processing (Art. 36(1)); recital 94 and the WP29 DPIA guidelines (WP248 rev.01) read this as a high risk that the measures cannot bring down. The file shows this as a residual risk of 9 or more (likelihood × severity).',
    nb: 'Når en vurdering av personvernkonsekvenser viser at behandlingen vil medføre høy risiko dersom den behandlingsansvarlige ikke treffer tiltak for å redusere risikoen, skal tilsynsmyndigheten rådspørres før behandlingen (art. 36 nr. 1); fortalepunkt 94 og Artikkel 29-gruppens retningslinjer (WP248 rev.01) forstår dette som høy risiko som tiltakene ikke kan redusere. I filen vises det som en restrisiko på 9 eller mer (sannsynlighet × konsekvens).',
  },
  example: {
    bad: 'schemaVersion: 1\nid: scoring\nrisks:\n  - id: discrimination\n    residual: {likelihood: 3, severity: 4}\n',
    good: 'schemaVersion: 1\nid: scoring\nrisks:\n  - id: discrimination\n    residual: {likelihood: 3, severity: 4}\nconsultation:\n  authority: {required: true, date: 2026-03-01, reference: "26/01234"}\n',
  },
  check({ data }, report) {
    const high = list(data.risks)
      .filter((risk) => risk.residual?.likelihood && risk.residual.severity && riskBand(risk.residual.likelihood, risk.residual.severity) === 'high')
      .map((risk, index) => risk.id ?? String(index + 1));
    const authority = data.consultation?.authority;
    if (high.length > 0 && (authority?.required !== true || !authority.date)) {
      report(authority ? ['consultation', 'authority'] : ['consultation'], { risks: high.join(', ') });
    } else if (authority?.required === true && !authority.date) {
      report(['consultation', 'authority', 'required'], { notDone: 'yes' });
    }
  },
};
