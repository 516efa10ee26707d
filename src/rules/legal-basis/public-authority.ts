import { mergeController } from '../../model/parties.ts';
import { list } from '../facts.ts';
import type { Rule } from '../types.ts';
import { nameOf } from './basis-facts.ts';

// Only `public-authority`: a publicly owned company is not a public authority by
// ownership alone. An authority acting outside its tasks (rare) may turn the rule off.
export const rule: Rule = {
  id: 'legal-basis/public-authority',
  principle: 'purpose',
  article: 'GDPR Art. 6(1) second subparagraph; recital 47',
  severity: 'error',
  messages: {
    en: 'purpose {purpose} rests on legitimate interests, but the controller is recorded as a public authority: Art. 6(1)(f) does not apply to processing carried out by public authorities in the performance of their tasks',
    nb: 'formål {purpose} bygger på berettiget interesse, men den behandlingsansvarlige er registrert som offentlig myndighet: art. 6 nr. 1 bokstav f gjelder ikke for behandling som offentlige myndigheter utfører som ledd i utførelsen av sine oppgaver',
  },
  hint: {
    en: 'Base the purpose on the law that lays down the task (`legalBasis: public-task` or `legal-obligation`, with the law in `legalBasisDetails`), or on consent where the person has a real choice. If the controller is not a public authority (a publicly owned company, for example), correct `controller.type`.',
    nb: 'La formålet bygge på loven som fastsetter oppgaven (`legalBasis: public-task` eller `legal-obligation`, med loven i `legalBasisDetails`), eller på samtykke der den registrerte har et reelt valg. Er den behandlingsansvarlige ikke en offentlig myndighet (for eksempel et offentlig eid selskap), rett `controller.type`.',
  },
  why: {
    en: 'Point (f) of Art. 6(1) "shall not apply to processing carried out by public authorities in the performance of their tasks" (Art. 6(1) second subparagraph). Recital 47 gives the reason: it is for the legislator to provide by law for the legal basis for public authorities to process personal data.',
    nb: 'Art. 6 nr. 1 bokstav f gjelder ikke for behandling som utføres av offentlige myndigheter som ledd i utførelsen av deres oppgaver (art. 6 nr. 1 annet ledd). Fortalepunkt 47 gir begrunnelsen: det er lovgivers oppgave å fastsette i lov det rettslige grunnlaget for offentlige myndigheters behandling av personopplysninger.',
  },
  example: {
    bad: 'schemaVersion: 1\nid: benefit-triage\ncontroller:\n  type: public-authority\npurposes:\n  - id: triage\n    legalBasis: legitimate-interests\n',
    good: 'schemaVersion: 1\nid: benefit-triage\ncontroller:\n  type: public-authority\npurposes:\n  - id: triage\n    legalBasis: public-task\n    legalBasisDetails: The agency\'s act, section on processing applications for benefits\n',
  },
  check({ data, config }, report) {
    if (mergeController(data, config).type !== 'public-authority') return;
    list(data.purposes).forEach((purpose, index) => {
      if (purpose.legalBasis === 'legitimate-interests') report(['purposes', index, 'legalBasis'], { purpose: nameOf(purpose, index) });
    });
  },
};
