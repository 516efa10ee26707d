import { filled, list } from '../facts.ts';
import type { Rule } from '../types.ts';

// The three classic risk events (WP248 Annex 2, CNIL) in the words of Art. 32(2):
// unauthorised disclosure of or access to data, alteration, and destruction or loss.
// Matched on `event`, whose documented keys are illegitimate-access,
// unwanted-modification and disappearance.
const CLASSIC_EVENT = /access|disclosure|modification|alteration|disappearance|destruction|loss|unavailab/;

export const rule: Rule = {
  id: 'risk/missing',
  principle: 'accountability',
  article: 'GDPR Art. 35(7)(c), Art. 32(2)',
  severity: 'error',
  messages: {
    en: '{none?:the file records no risks to the rights and freedoms of people}{noSecurity?:no recorded risk covers the three classic risk events: illegitimate access to, unwanted modification of, or disappearance of personal data}',
    nb: '{none?:filen registrerer ingen risikoer for de registrertes rettigheter og friheter}{noSecurity?:ingen registrert risiko dekker de tre klassiske risikohendelsene: uberettiget tilgang til, uønsket endring av eller tap av personopplysninger}',
  },
  hint: {
    en: 'Add each risk under `risks` with an id, a description of what could happen to people, its `event`, `likelihood` and `severity` (1–4). Assess at least one of illegitimate-access, unwanted-modification and disappearance besides the AI-specific risks (discrimination, wrong inference, function creep).',
    nb: 'Legg hver risiko inn under `risks` med id, en beskrivelse av hva som kan skje med de registrerte, `event`, `likelihood` og `severity` (1–4). Vurder minst én av illegitimate-access, unwanted-modification og disappearance i tillegg til de KI-spesifikke risikoene (diskriminering, feilaktige slutninger, formålsglidning).',
  },
  why: {
    en: 'A DPIA must assess the risks to the rights and freedoms of data subjects (Art. 35(7)(c)). Security risks are always among them: the level of security must take account of accidental or unlawful destruction, loss, alteration, unauthorised disclosure of or access to personal data (Art. 32(2)), which WP248 Annex 2 sums up as illegitimate access, undesired modification and disappearance of data.',
    nb: 'En vurdering av personvernkonsekvenser skal vurdere risikoene for de registrertes rettigheter og friheter (art. 35 nr. 7 bokstav c). Sikkerhetsrisikoer hører alltid med: sikkerhetsnivået skal ta hensyn til utilsiktet eller ulovlig tilintetgjøring, tap, endring, ikke-autorisert utlevering av eller tilgang til personopplysninger (art. 32 nr. 2), som WP248 vedlegg 2 oppsummerer som uberettiget tilgang, uønsket endring og tap av opplysninger.',
  },
  example: {
    bad: 'schemaVersion: 1\nid: lead-scoring\nrisks: []\n',
    good: 'schemaVersion: 1\nid: lead-scoring\nrisks:\n  - id: leak\n    event: illegitimate-access\n    description: Scores and contact data leak from the CRM to unauthorised staff or outsiders.\n    likelihood: 2\n    severity: 3\n',
  },
  check({ data }, report) {
    const risks = list(data.risks);
    if (risks.length === 0) {
      report(['risks'], { none: 'yes' });
      return;
    }
    const classic = risks.some((risk) => filled(risk?.event) && CLASSIC_EVENT.test(String(risk.event).toLowerCase()));
    if (!classic) report(['risks'], { noSecurity: 'yes' });
  },
};
