import { filled, list } from '../facts.ts';
import type { Rule } from '../types.ts';
import { CONDITIONS_NEEDING_LAW, conditionNeedsLaw, nameOf } from './basis-facts.ts';

// Fires on the condition the file records, whether or not the purpose's categories are
// marked special: a condition that is claimed must be complete.
export const rule: Rule = {
  id: 'legal-basis/special-category-law',
  principle: 'purpose',
  article: 'GDPR Art. 9(2)(b), Art. 9(2)(g)-(j)',
  severity: 'error',
  messages: {
    en: 'purpose {purpose} relies on Art. 9(2)({point}) ({condition}) but does not name {agreement?:the Union or member-state law, or the collective agreement, that authorises it}{contract?:the Union or member-state law, or the contract with a health professional, that it rests on}{law?:the Union or member-state law that it rests on} (`specialCategoryLaw`)',
    nb: 'formål {purpose} bygger på art. 9 nr. 2 bokstav {point} ({condition}), men angir ikke {agreement?:bestemmelsen i unionsretten eller nasjonal rett, eller tariffavtalen, som gir adgang til behandlingen}{contract?:bestemmelsen i unionsretten eller nasjonal rett, eller avtalen med helsepersonell, som behandlingen bygger på}{law?:bestemmelsen i unionsretten eller nasjonal rett som behandlingen bygger på} (`specialCategoryLaw`)',
  },
  hint: {
    en: 'Name the act and section in `specialCategoryLaw`. In Norway: (b) employment — personopplysningsloven § 6 (necessary to carry out obligations or rights in employment law), or the social security law that applies; (g) substantial public interest — a sector law, or personopplysningsloven § 7 (a permission from Datatilsynet in the particular case, or a regulation); (h) health or social care — the health legislation that governs the care, or the contract with a health professional bound by professional secrecy (Art. 9(3)); (i) public health — the sector law relied on; (j) archiving, research or statistics — personopplysningsloven § 9 (society\'s interest clearly outweighs the disadvantages for the individual, Art. 89(1) safeguards, the DPO consulted unless a DPIA is made). If no such law applies, the condition does not either: choose another (often explicit consent) or stop processing the data.',
    nb: 'Angi lov og paragraf i `specialCategoryLaw`. I Norge: bokstav b (arbeidsforhold) – personopplysningsloven § 6 (nødvendig for å gjennomføre arbeidsrettslige plikter eller rettigheter), eller trygdelovgivningen som gjelder; bokstav g (viktige allmenne interesser) – en særlov, eller personopplysningsloven § 7 (tillatelse fra Datatilsynet i det enkelte tilfellet, eller forskrift); bokstav h (helse- og omsorgstjenester) – helselovgivningen som regulerer tjenesten, eller avtalen med helsepersonell med taushetsplikt (art. 9 nr. 3); bokstav i (folkehelse) – særloven behandlingen bygger på; bokstav j (arkiv, forskning eller statistikk) – personopplysningsloven § 9 (samfunnets interesse klart overstiger ulempene for den enkelte, garantier etter art. 89 nr. 1, rådføring med personvernombudet med mindre det er gjort en vurdering av personvernkonsekvenser). Gjelder ingen slik lov, gjelder heller ikke unntaket: velg et annet (ofte uttrykkelig samtykke) eller slutt å behandle opplysningene.',
  },
  why: {
    en: 'Five of the Art. 9(2) conditions lift the prohibition on special categories only on the basis of law: (b) employment, social security and social protection law, as far as Union or member-state law or a collective agreement authorises it; (g) substantial public interest, on the basis of Union or member-state law that is proportionate and provides suitable and specific measures; (h) health or social care, on the basis of Union or member-state law or under contract with a health professional; (i) public health, on the basis of Union or member-state law; (j) archiving, research or statistics in accordance with Art. 89(1), based on Union or member-state law. Without the law, the condition does not hold.',
    nb: 'Fem av unntakene i art. 9 nr. 2 opphever forbudet mot å behandle særlige kategorier bare på grunnlag av lov: bokstav b (arbeids-, trygde- og sosialrett) i den grad unionsretten, nasjonal rett eller en tariffavtale tillater det; bokstav g (viktige allmenne interesser) på grunnlag av unionsretten eller nasjonal rett som står i et rimelig forhold til målet og fastsetter egnede og særlige tiltak; bokstav h (helse- og omsorgstjenester) på grunnlag av unionsretten eller nasjonal rett eller en avtale med helsepersonell; bokstav i (folkehelse) på grunnlag av unionsretten eller nasjonal rett; bokstav j (arkiv, forskning eller statistikk) i samsvar med art. 89 nr. 1 og på grunnlag av unionsretten eller nasjonal rett. Uten loven gjelder ikke unntaket.',
  },
  example: {
    bad: 'schemaVersion: 1\nid: sick-leave\npurposes:\n  - id: absence\n    legalBasis: legal-obligation\n    legalBasisDetails: Arbeidsmiljøloven § 4-6 (3) – follow-up plan for employees on sick leave\n    specialCategoryCondition: employment\n',
    good: 'schemaVersion: 1\nid: sick-leave\npurposes:\n  - id: absence\n    legalBasis: legal-obligation\n    legalBasisDetails: Arbeidsmiljøloven § 4-6 (3) – follow-up plan for employees on sick leave\n    specialCategoryCondition: employment\n    specialCategoryLaw: Personopplysningsloven § 6 – necessary to carry out the employer\'s obligations in employment law\n',
  },
  check({ data }, report) {
    list(data.purposes).forEach((purpose, index) => {
      const condition = purpose.specialCategoryCondition;
      if (!conditionNeedsLaw(condition) || filled(purpose.specialCategoryLaw)) return;
      const point = CONDITIONS_NEEDING_LAW[condition];
      const alternative = point === 'b' ? 'agreement' : point === 'h' ? 'contract' : 'law';
      report(['purposes', index, 'specialCategoryLaw'], { purpose: nameOf(purpose, index), condition, point, [alternative]: 'yes' });
    });
  },
};
