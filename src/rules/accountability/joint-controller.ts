import { filled, list } from '../facts.ts';
import type { Rule } from '../types.ts';

export const rule: Rule = {
  id: 'accountability/joint-controller',
  principle: 'accountability',
  article: 'GDPR Art. 26(1)-(2)',
  severity: 'error',
  messages: {
    en: 'joint controller {recipient}: the file does not record {noAgreement?:the arrangement that sets out your respective responsibilities}{noEssence?:how the essence of the arrangement is made available to data subjects}',
    nb: 'felles behandlingsansvarlig {recipient}: filen registrerer ikke {noAgreement?:avtalen som fastsetter deres respektive ansvar}{noEssence?:hvordan hovedinnholdet i avtalen gjøres tilgjengelig for de registrerte}',
  },
  hint: {
    en: "In `agreement`, name the arrangement (title, date, where it is kept) and who does what: who answers requests from data subjects and who gives the information of Art. 13 and 14; if Union or member-state law sets the responsibilities, name that law instead. In `arrangementEssence`, say how people can see its essence, e.g. a summary in the privacy notice naming the contact point, and that they can use their rights against either controller (Art. 26(3)).",
    nb: 'Beskriv i `agreement` avtalen (tittel, dato, hvor den ligger) og hvem som gjør hva: hvem som svarer på henvendelser fra de registrerte og hvem som gir informasjonen etter art. 13 og 14; er ansvaret fastsatt i unionsretten eller nasjonal rett, navngi den loven i stedet. Beskriv i `arrangementEssence` hvordan de registrerte får se hovedinnholdet, f.eks. et sammendrag i personvernerklæringen som nevner kontaktpunktet, og at de kan bruke rettighetene sine overfor hver av de behandlingsansvarlige (art. 26 nr. 3).',
  },
  why: {
    en: 'Where two or more controllers jointly determine the purposes and means of processing, they must determine their respective responsibilities, in particular for the rights of data subjects and the information of Art. 13 and 14, by means of an arrangement between them, unless law determines them (Art. 26(1)). The arrangement must duly reflect their roles towards the data subjects, and its essence must be made available to the data subjects (Art. 26(2)).',
    nb: 'Når to eller flere behandlingsansvarlige i fellesskap fastsetter formålet med og midlene for behandlingen, skal de ved en avtale seg imellom fastsette sitt respektive ansvar, særlig for de registrertes rettigheter og informasjonen etter art. 13 og 14, med mindre ansvaret er fastsatt i lov (art. 26 nr. 1). Avtalen skal gjenspeile rollene overfor de registrerte, og hovedinnholdet i den skal gjøres tilgjengelig for de registrerte (art. 26 nr. 2).',
  },
  example: {
    bad: 'schemaVersion: 1\nid: events\nrecipients:\n  - id: partner\n    name: Partner AS\n    role: joint-controller\n',
    good: 'schemaVersion: 1\nid: events\nrecipients:\n  - id: partner\n    name: Partner AS\n    role: joint-controller\n    agreement: Joint-controller arrangement of 2026-02-01 (contract archive); we answer all requests and give the notice\n    arrangementEssence: Summarised in the privacy notice section on the joint webinar, which names us as the contact point\n',
  },
  check({ data }, report) {
    list(data.recipients).forEach((recipient, index) => {
      if (recipient?.role !== 'joint-controller') return;
      const name = recipient.name ?? recipient.id ?? String(index + 1);
      if (!filled(recipient.agreement)) report(['recipients', index, 'agreement'], { recipient: name, noAgreement: 'yes' });
      if (!filled(recipient.arrangementEssence)) report(['recipients', index, 'arrangementEssence'], { recipient: name, noEssence: 'yes' });
    });
  },
};
