import { filled, list } from '../facts.ts';
import type { Rule } from '../types.ts';

export const rule: Rule = {
  id: 'accountability/consultation-pending',
  principle: 'accountability',
  article: 'GDPR Art. 36(1)-(2)',
  severity: 'error',
  messages: {
    en: "{missing?:{status?:the assessment is approved}{signed?:the assessment is signed off by {signed}} before the outcome of the prior consultation: the file does not record the authority's written advice ({missing})}{beforeRequest?:the authority's advice is dated {adviceDate}, before the request of {date}}",
    nb: '{missing?:{status?:vurderingen er godkjent}{signed?:vurderingen er signert av {signed}} før utfallet av forhåndsdrøftingen: filen registrerer ikke tilsynsmyndighetens skriftlige råd ({missing})}{beforeRequest?:tilsynsmyndighetens råd er datert {adviceDate}, før anmodningen av {date}}',
  },
  hint: {
    en: "Wait for the authority's answer before approving or signing the decision to proceed: record its written advice in `consultation.authority.outcome` and the date in `adviceDate`, follow it in the assessment, and only then approve. The authority has up to eight weeks from receiving the request, extendable by six for complex processing and suspended while it waits for information it asked for (Art. 36(2)); the GDPR does not say that silence means approval (recital 94), so record what the authority actually answered. The DPO's own sign-off is advice and may come before.",
    nb: 'Vent på svaret fra tilsynsmyndigheten før dere godkjenner eller signerer beslutningen om å sette i gang: registrer det skriftlige rådet i `consultation.authority.outcome` og datoen i `adviceDate`, følg det opp i vurderingen, og godkjenn først da. Tilsynsmyndigheten har inntil åtte uker fra den mottok anmodningen, med mulig forlengelse på seks uker for komplisert behandling, og fristene stanses mens den venter på opplysninger den har bedt om (art. 36 nr. 2); forordningen sier ikke at taushet betyr godkjenning (fortalepunkt 94), så registrer det tilsynsmyndigheten faktisk svarte. Personvernombudets egen signatur er et råd og kan komme før.',
  },
  why: {
    en: "The supervisory authority must be consulted prior to processing (Art. 36(1)); where it considers that the processing would infringe the GDPR, it gives written advice within up to eight weeks, extendable by six, and may use its powers under Art. 58, including a ban (Art. 36(2)). Approving the assessment, or signing the decision to proceed, before that outcome is recorded decides the question the consultation is meant to answer. The DPO advises and may sign before; the controller's decision comes after.",
    nb: 'Tilsynsmyndigheten skal rådspørres før behandlingen (art. 36 nr. 1); mener den at behandlingen vil være i strid med forordningen, gir den skriftlig råd innen inntil åtte uker, med mulig forlengelse på seks uker, og kan bruke sin myndighet etter art. 58, herunder forbud (art. 36 nr. 2). Å godkjenne vurderingen, eller signere beslutningen om å sette i gang, før utfallet er registrert, avgjør spørsmålet drøftingen skal besvare. Personvernombudet gir råd og kan signere før; den behandlingsansvarliges beslutning kommer etter.',
  },
  example: {
    bad: 'schemaVersion: 1\nid: scoring\nstatus: approved\nconsultation:\n  authority: {required: true, date: 2026-03-01, reference: "26/01234"}\n',
    good: 'schemaVersion: 1\nid: scoring\nstatus: approved\nconsultation:\n  authority:\n    required: true\n    date: 2026-03-01\n    reference: "26/01234"\n    outcome: Datatilsynet advised that the processing may start once the bias test runs monthly; done (fairness.tests)\n    adviceDate: 2026-04-20\n',
  },
  check({ data }, report) {
    const authority = data.consultation?.authority;
    if (authority?.required !== true) return;

    // Approval is the controller's: status approved, or a sign-off by anyone but the DPO,
    // whose sign-off records advice (DESIGN: the DPO advises, the controller decides).
    const decisions = list(data.signoffs).filter((s) => s && s.role !== 'dpo').map((s) => s.role ?? '?');
    const missing = [filled(authority.outcome) ? '' : 'outcome', filled(authority.adviceDate) ? '' : 'adviceDate'].filter(Boolean);
    if ((data.status === 'approved' || decisions.length > 0) && missing.length > 0) {
      report(['consultation', 'authority', missing[0]], {
        missing: missing.join(', '),
        status: data.status === 'approved' ? 'yes' : '',
        signed: data.status === 'approved' ? '' : decisions.join(', '),
      });
    }
    if (authority.date && authority.adviceDate && authority.adviceDate < authority.date) {
      report(['consultation', 'authority', 'adviceDate'], { beforeRequest: 'yes', adviceDate: authority.adviceDate, date: authority.date });
    }
  },
};
