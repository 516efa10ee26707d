import { filled, list, purposeConcernsChildren } from '../facts.ts';
import type { Rule } from '../types.ts';
import { nameOf } from './basis-facts.ts';

export const rule: Rule = {
  id: 'legal-basis/children',
  principle: 'purpose',
  article: 'GDPR Art. 6(1)(f); recital 38',
  severity: 'error',
  messages: {
    en: 'purpose {purpose} rests on legitimate interests and concerns children, but the balancing test does not record how the children\'s interests are given extra weight (`legitimateInterest.children`)',
    nb: 'formål {purpose} bygger på berettiget interesse og gjelder barn, men interesseavveiningen viser ikke hvordan barnas interesser er tillagt ekstra vekt (`legitimateInterest.children`)',
  },
  hint: {
    en: 'Describe in `legitimateInterest.children` what the processing means for the children concerned and why their interests do not override yours: what they can be expected to understand, the effect on them, and the safeguards (less data, no profiling for marketing, shorter retention, easy objection). Datatilsynet advises that children should normally not be profiled for marketing. If the interest cannot outweigh theirs, use another basis or leave children out.',
    nb: 'Beskriv i `legitimateInterest.children` hva behandlingen betyr for barna den gjelder, og hvorfor deres interesser ikke går foran deres egne: hva de kan forventes å forstå, virkningen for dem og tiltakene (færre opplysninger, ingen profilering for markedsføring, kortere lagringstid, enkel protest). Datatilsynet råder til at barn normalt ikke profileres for markedsføringsformål. Kan interessen ikke veie tyngre enn barnas, velg et annet grunnlag eller hold barn utenfor.',
  },
  why: {
    en: 'Legitimate interests give way where they are overridden by the interests or fundamental rights and freedoms of the data subject, "in particular where the data subject is a child" (Art. 6(1)(f)). Children merit specific protection, as they may be less aware of the risks, consequences and safeguards and of their rights, in particular where their data is used for marketing or to create personality or user profiles (recital 38).',
    nb: 'Berettigede interesser må vike når de registrertes interesser eller grunnleggende rettigheter og friheter går foran, «særlig dersom den registrerte er et barn» (art. 6 nr. 1 bokstav f). Barn har krav på særlig vern av sine personopplysninger fordi de kan være mindre bevisst på risikoene, konsekvensene, garantiene og sine rettigheter, særlig når opplysningene brukes til markedsføring eller til å lage personlighets- eller brukerprofiler (fortalepunkt 38).',
  },
  example: {
    bad: 'schemaVersion: 1\nid: family-plans\npurposes:\n  - id: usage-insights\n    legalBasis: legitimate-interests\ndataSubjects:\n  - id: family-members\n    children: true\ndataCategories:\n  - id: usage\n    subjects: [family-members]\n    purposes: [usage-insights]\n',
    good: 'schemaVersion: 1\nid: family-plans\npurposes:\n  - id: usage-insights\n    legalBasis: legitimate-interests\n    legitimateInterest:\n      children: Children\'s usage is only counted per household, never profiled or used for offers; it is deleted after 90 days\ndataSubjects:\n  - id: family-members\n    children: true\ndataCategories:\n  - id: usage\n    subjects: [family-members]\n    purposes: [usage-insights]\n',
  },
  check({ data }, report) {
    list(data.purposes).forEach((purpose, index) => {
      if (purpose.legalBasis !== 'legitimate-interests' || filled(purpose.legitimateInterest?.children)) return;
      if (purposeConcernsChildren(data, purpose)) report(['purposes', index, 'legitimateInterest', 'children'], { purpose: nameOf(purpose, index) });
    });
  },
};
