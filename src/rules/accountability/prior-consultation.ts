import { list, riskBand } from '../facts.ts';
import type { Rule } from '../types.ts';

export const rule: Rule = {
  id: 'accountability/prior-consultation',
  principle: 'accountability',
  article: 'GDPR Art. 36(1)',
  severity: 'error',
  messages: {
    en: '{risks?:residual risk stays high ({risks}) but prior consultation of the supervisory authority is not recorded}{notDone?:prior consultation is marked as required but no date is recorded}',
    nb: '{risks?:restrisikoen er fortsatt høy ({risks}), men forhåndsdrøfting med tilsynsmyndigheten er ikke registrert}{notDone?:forhåndsdrøfting er markert som påkrevd, men ingen dato er registrert}',
  },
  hint: {
    en: 'Set `consultation.authority.required: true` and record the date and case reference of the consultation with the authority (Datatilsynet) before processing starts.',
    nb: 'Sett `consultation.authority.required: true` og registrer dato og saksnummer for forhåndsdrøftingen med tilsynsmyndigheten (Datatilsynet) før behandlingen starter.',
  },
  why: {
    en: 'Where a DPIA shows that processing would result in a high risk in the absence of measures to mitigate it, the controller must consult the supervisory authority before processing (Art. 36(1)).',
    nb: 'Når vurderingen viser at behandlingen vil gi høy risiko dersom det ikke treffes tiltak, skal den behandlingsansvarlige rådføre seg med tilsynsmyndigheten før behandlingen (art. 36 nr. 1).',
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
