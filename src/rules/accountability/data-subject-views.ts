import { filled } from '../facts.ts';
import type { Rule } from '../types.ts';

export const rule: Rule = {
  id: 'accountability/data-subject-views',
  principle: 'accountability',
  article: 'GDPR Art. 35(9)',
  severity: 'error',
  messages: {
    en: '{unknown?:the file does not record whether the views of data subjects or their representatives were sought}{noHow?:the file records that the views of data subjects were sought, but not how}{noReason?:the file records that the views of data subjects were not sought, but not why}{noDeparture?:the file records that the decision departs from the views of data subjects, but not why}',
    nb: '{unknown?:filen registrerer ikke om de registrertes eller deres representanters syn er innhentet}{noHow?:filen registrerer at de registrertes syn er innhentet, men ikke hvordan}{noReason?:filen registrerer at de registrertes syn ikke er innhentet, men ikke hvorfor}{noDeparture?:filen registrerer at beslutningen avviker fra de registrertes syn, men ikke hvorfor}',
  },
  hint: {
    en: 'Fill in `consultation.dataSubjects`: `consulted: true` with `how` (survey, panel, user test, works council, consumer organisation) and a `summary` of what they said, or `consulted: false` with the `reason` it was not appropriate (e.g. it would reveal confidential business plans, or would be disproportionate). Where the decision does not follow their views, set `followed: false` and say why in `departure`.',
    nb: 'Fyll ut `consultation.dataSubjects`: `consulted: true` med `how` (spørreundersøkelse, kundepanel, brukertest, tillitsvalgte, forbrukerorganisasjon) og et sammendrag (`summary`) av hva de sa, eller `consulted: false` med begrunnelsen (`reason`) for at det ikke var hensiktsmessig (f.eks. at det ville avsløre fortrolige forretningsplaner eller være uforholdsmessig). Følger beslutningen ikke deres syn, sett `followed: false` og begrunn det i `departure`.',
  },
  why: {
    en: "Where appropriate, the controller must seek the views of data subjects or their representatives on the intended processing, without prejudice to commercial or public interests or the security of the processing (Art. 35(9)). The WP29 DPIA guidelines (WP248 rev.01) ask for the reasons to be documented both when views are not sought and when the final decision differs from them.",
    nb: 'Der det er hensiktsmessig, skal den behandlingsansvarlige innhente synspunktene til de registrerte eller deres representanter på den planlagte behandlingen, med forbehold for vern av kommersielle eller offentlige interesser eller sikkerheten ved behandlingen (art. 35 nr. 9). Artikkel 29-gruppens retningslinjer om vurdering av personvernkonsekvenser (WP248 rev.01) ber om at begrunnelsen dokumenteres både når synspunkter ikke innhentes og når den endelige beslutningen avviker fra dem.',
  },
  example: {
    bad: 'schemaVersion: 1\nid: scoring\nconsultation:\n  dataSubjects:\n    consulted: false\n',
    good: 'schemaVersion: 1\nid: scoring\nconsultation:\n  dataSubjects:\n    consulted: true\n    how: Session with the customer advisory panel and a survey of 300 recent leads\n    summary: Most found prioritisation acceptable if explained; several objected to web tracking\n    followed: true\n',
  },
  check({ data }, report) {
    const views = data.consultation?.dataSubjects;
    if (typeof views?.consulted !== 'boolean') {
      report(views ? ['consultation', 'dataSubjects', 'consulted'] : ['consultation', 'dataSubjects'], { unknown: 'yes' });
      return;
    }
    if (views.consulted === false) {
      if (!filled(views.reason)) report(['consultation', 'dataSubjects', 'reason'], { noReason: 'yes' });
      return;
    }
    if (!filled(views.how)) report(['consultation', 'dataSubjects', 'how'], { noHow: 'yes' });
    if (views.followed === false && !filled(views.departure)) report(['consultation', 'dataSubjects', 'departure'], { noDeparture: 'yes' });
  },
};
