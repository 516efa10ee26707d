import { filled, list } from '../facts.ts';
import type { Rule } from '../types.ts';

const PARTS = ['interest', 'necessity', 'balancing'] as const;

export const rule: Rule = {
  id: 'legal-basis/legitimate-interest',
  principle: 'purpose',
  article: 'GDPR Art. 6(1)(f), Art. 35(7)(a)',
  severity: 'error',
  messages: {
    en: 'purpose {purpose} relies on legitimate interests but {interest?:does not name the interest pursued}{necessity?:does not show that the processing is necessary for that interest}{balancing?:has no balancing test against the interests and rights of the people concerned}',
    nb: 'formål {purpose} bygger på berettiget interesse, men {interest?:angir ikke hvilken interesse som forfølges}{necessity?:viser ikke at behandlingen er nødvendig for å ivareta interessen}{balancing?:mangler interesseavveining mot de registrertes interesser og rettigheter}',
  },
  hint: {
    en: 'Fill in the three-part test under `legitimateInterest`: `interest` (what you want to achieve and why it is legitimate), `necessity` (why the processing is needed for it and no less intrusive way works) and `balancing` (the people\'s reasonable expectations, the impact on them and the safeguards, and why their interests do not override yours).',
    nb: 'Fyll ut trinnene under `legitimateInterest`: `interest` (hva dere vil oppnå og hvorfor interessen er berettiget), `necessity` (hvorfor behandlingen er nødvendig for det, og hvorfor en mindre inngripende løsning ikke holder) og `balancing` (interesseavveiningen: de registrertes rimelige forventninger, konsekvensene for dem og tiltakene, og hvorfor deres interesser ikke går foran).',
  },
  why: {
    en: 'Legitimate interests is a lawful basis only when the interest is legitimate, the processing is necessary for it, and the interests or fundamental rights of the data subjects do not override it (Art. 6(1)(f)). The DPIA must state the legitimate interest pursued (Art. 35(7)(a)).',
    nb: 'Berettiget interesse er bare et gyldig behandlingsgrunnlag når interessen er berettiget, behandlingen er nødvendig for å ivareta den, og de registrertes interesser eller grunnleggende rettigheter ikke går foran (art. 6 nr. 1 bokstav f). Vurderingen skal angi den berettigede interessen som forfølges (art. 35 nr. 7 bokstav a).',
  },
  example: {
    bad: 'schemaVersion: 1\nid: lead-scoring\npurposes:\n  - id: scoring\n    legalBasis: legitimate-interests\n    legitimateInterest:\n      interest: Focus sales effort on the leads most likely to buy\n',
    good: 'schemaVersion: 1\nid: lead-scoring\npurposes:\n  - id: scoring\n    legalBasis: legitimate-interests\n    legitimateInterest:\n      interest: Focus sales effort on the leads most likely to buy\n      necessity: Sales cannot call every lead; the score uses only data already held about business contacts\n      balancing: Business contacts expect sales follow-up; the score decides nothing alone and they can object at any time\n',
  },
  check({ data }, report) {
    list(data.purposes).forEach((purpose, index) => {
      if (purpose.legalBasis !== 'legitimate-interests') return;
      for (const part of PARTS) {
        if (!filled(purpose.legitimateInterest?.[part])) {
          report(['purposes', index, 'legitimateInterest', part], { purpose: purpose.id ?? String(index + 1), [part]: 'yes' });
        }
      }
    });
  },
};
