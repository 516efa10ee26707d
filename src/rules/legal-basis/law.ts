import { filled, list } from '../facts.ts';
import type { Rule } from '../types.ts';
import { nameOf, restsOnLaw } from './basis-facts.ts';

// Whether the named law really lays down the basis is for people to judge; the file must
// at least say which law it is, or nobody can.
export const rule: Rule = {
  id: 'legal-basis/law',
  principle: 'purpose',
  article: 'GDPR Art. 6(3)',
  severity: 'error',
  messages: {
    en: 'purpose {purpose} rests on {obligation?:a legal obligation (Art. 6(1)(c))}{task?:a task in the public interest or the exercise of official authority (Art. 6(1)(e))} but does not name the Union or member-state law that lays down that basis (Art. 6(3))',
    nb: 'formål {purpose} bygger på {obligation?:en rettslig forpliktelse (art. 6 nr. 1 bokstav c)}{task?:en oppgave i allmennhetens interesse eller utøvelse av offentlig myndighet (art. 6 nr. 1 bokstav e)}, men angir ikke hvilken bestemmelse i unionsretten eller nasjonal rett som fastsetter grunnlaget (art. 6 nr. 3)',
  },
  hint: {
    en: 'Name in `legalBasisDetails` the act and section that lays down the obligation or the task, e.g. "bokføringsloven § 13 (keeping accounting records for five years)". If no law requires or authorises this processing, it does not rest on Art. 6(1)(c) or (e): choose the basis that really applies.',
    nb: 'Angi i `legalBasisDetails` loven og paragrafen som fastsetter plikten eller oppgaven (supplerende rettsgrunnlag), f.eks. «bokføringsloven § 13 (oppbevaring av regnskapsmateriale i fem år)». Finnes det ingen lov som pålegger eller gir adgang til behandlingen, bygger den ikke på art. 6 nr. 1 bokstav c eller e: velg det grunnlaget som faktisk gjelder.',
  },
  why: {
    en: 'Art. 6(3): the basis for processing under Art. 6(1)(c) and (e) shall be laid down by Union law or the law of the member state to which the controller is subject, and the purpose must be determined in that legal basis or, for (e), be necessary for the task. A legal obligation or public task that no one can point to in a statute is not a legal basis.',
    nb: 'Art. 6 nr. 3: grunnlaget for behandling etter art. 6 nr. 1 bokstav c og e skal fastsettes i unionsretten eller i nasjonal rett som den behandlingsansvarlige er underlagt, og formålet skal være fastsatt i dette rettsgrunnlaget eller, for bokstav e, være nødvendig for å utføre oppgaven. En rettslig plikt eller offentlig oppgave som ingen kan vise til i lov, er ikke et behandlingsgrunnlag.',
  },
  example: {
    bad: 'schemaVersion: 1\nid: invoicing\npurposes:\n  - id: bookkeeping\n    legalBasis: legal-obligation\n',
    good: 'schemaVersion: 1\nid: invoicing\npurposes:\n  - id: bookkeeping\n    legalBasis: legal-obligation\n    legalBasisDetails: Bokføringsloven § 13 – accounting records are kept for five years after the end of the financial year\n',
  },
  check({ data }, report) {
    list(data.purposes).forEach((purpose, index) => {
      if (!restsOnLaw(purpose) || filled(purpose.legalBasisDetails)) return;
      const basis = purpose.legalBasis === 'legal-obligation' ? 'obligation' : 'task';
      report(['purposes', index, 'legalBasisDetails'], { purpose: nameOf(purpose, index), [basis]: 'yes' });
    });
  },
};
