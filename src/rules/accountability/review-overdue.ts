import { filled } from '../facts.ts';
import type { Rule } from '../types.ts';

export const rule: Rule = {
  id: 'accountability/review-overdue',
  principle: 'accountability',
  article: 'GDPR Art. 35(11)',
  severity: 'error',
  messages: {
    en: '{missing?:no next review date is planned}{overdue?:the review planned for {next} is overdue}',
    nb: '{missing?:ingen dato for neste gjennomgang er planlagt}{overdue?:gjennomgangen som var planlagt {next}, er på overtid}',
  },
  hint: {
    en: 'Review the assessment against how the processing runs today (data, model, recipients, risks), record the outcome with `dpia bump`, and set `review.next` to the next date. Also list in `review.triggers` the changes that call for an earlier review, such as a new model or new data.',
    nb: 'Gå gjennom vurderingen mot hvordan behandlingen faktisk foregår i dag (opplysninger, modell, mottakere, risikoer), registrer resultatet med `dpia bump`, og sett `review.next` til neste dato. List også i `review.triggers` endringer som krever en tidligere gjennomgang, for eksempel en ny modell eller nye opplysninger.',
  },
  why: {
    en: 'Where necessary, and at least when the risk represented by the processing changes, the controller must review whether processing follows the DPIA (Art. 35(11)). AI features change quickly (retrained models, new data, new providers), so a DPIA without a planned review soon stops describing the processing.',
    nb: 'Ved behov, og minst når risikoen ved behandlingen endres, skal den behandlingsansvarlige gå gjennom om behandlingen skjer i samsvar med vurderingen (art. 35 nr. 11). KI-funksjoner endres raskt (nye treningsrunder, nye opplysninger, nye leverandører), så en vurdering uten planlagt gjennomgang slutter fort å beskrive behandlingen.',
  },
  example: {
    bad: 'schemaVersion: 1\nid: scoring\nreview:\n  cadence: P1Y\n  next: 2020-01-15\n',
    good: 'schemaVersion: 1\nid: scoring\nreview:\n  cadence: P1Y\n  next: 2099-01-15\n',
  },
  check({ data, today }, report) {
    const next = data.review?.next;
    if (!filled(next)) report(['review', 'next'], { missing: 'yes' });
    // YYYY-MM-DD (the schema's pattern): string order is date order.
    else if (next! < today) report(['review', 'next'], { overdue: 'yes', next: next! });
  },
};
