import { filled, list } from '../facts.ts';
import { objectionOnGrounds } from '../right-to-object.ts';
import type { Rule } from '../types.ts';

export const rule: Rule = {
  id: 'transparency/objection',
  principle: 'transparency',
  article: 'GDPR Art. 21(1), Art. 21(4)',
  severity: 'error',
  messages: {
    en: 'purpose {purpose} rests on Art. 6(1)({point}), but the file does not record {both?:how people object to it or what happens when they do}{noHow?:how people object to it}{noEffect?:what happens when someone objects to it}',
    nb: 'formålet {purpose} bygger på art. 6 nr. 1 bokstav {point}, men filen registrerer ikke {both?:hvordan de registrerte protesterer mot det, eller hva som skjer når de gjør det}{noHow?:hvordan de registrerte protesterer mot det}{noEffect?:hva som skjer når noen protesterer mot det}',
  },
  hint: {
    en: "Record `objection.how` (the channel people use to object, e.g. a link in every e-mail, a setting in My Page or the privacy address; it is quoted in the privacy notice) and `objection.effect` (what happens then: the processing for this purpose stops for that person, unless you can demonstrate compelling legitimate grounds that override their interests, rights and freedoms, or need the data for legal claims; say who decides and how fast). For direct marketing, set `objection.alwaysStops: true` as well.",
    nb: 'Registrer `objection.how` (hvordan de registrerte protesterer, f.eks. en lenke i hver e-post, en innstilling på Min side eller personvernadressen; teksten brukes i personvernerklæringen) og `objection.effect` (hva som skjer da: behandlingen for dette formålet stanser for vedkommende, med mindre dere kan påvise tvingende berettigede grunner som går foran den registrertes interesser, rettigheter og friheter, eller trenger opplysningene for rettskrav; si hvem som avgjør og hvor raskt). For direkte markedsføring skal også `objection.alwaysStops: true` settes.',
  },
  why: {
    en: 'People have the right to object at any time, on grounds relating to their particular situation, to processing based on Art. 6(1)(e) or (f), including profiling based on those provisions; the controller must then stop unless it demonstrates compelling legitimate grounds that override their interests, rights and freedoms, or the processing is needed for legal claims (Art. 21(1)). The right must be brought to their attention explicitly, clearly and separately from any other information, at the latest at the first communication (Art. 21(4)). An assessment that does not say how an objection is made and handled cannot show that either is possible.',
    nb: 'Den registrerte har til enhver tid rett til å protestere, av grunner knyttet til sin særlige situasjon, mot behandling som har grunnlag i art. 6 nr. 1 bokstav e eller f, herunder profilering med grunnlag i disse bestemmelsene; den behandlingsansvarlige skal da stanse, med mindre den kan påvise tvingende berettigede grunner som går foran den registrertes interesser, rettigheter og friheter, eller behandlingen trengs for rettskrav (art. 21 nr. 1). Retten skal uttrykkelig gjøres kjent for den registrerte, klart og atskilt fra all annen informasjon, senest ved første kommunikasjon (art. 21 nr. 4). En vurdering som ikke sier hvordan en protest fremsettes og behandles, kan ikke vise at noen av delene er mulig.',
  },
  example: {
    bad: 'schemaVersion: 1\nid: scoring\npurposes:\n  - id: prioritise-leads\n    legalBasis: legitimate-interests\n',
    good: 'schemaVersion: 1\nid: scoring\npurposes:\n  - id: prioritise-leads\n    legalBasis: legitimate-interests\n    objection:\n      how: The link "Do not score me" in every sales e-mail, or personvern@kvarts.example\n      effect: A do-not-score flag is set within five working days; the lead is no longer scored and is left out of training sets\n',
  },
  check({ data }, report) {
    list(data.purposes).forEach((purpose, index) => {
      if (!purpose || !objectionOnGrounds(purpose)) return;
      const args = { purpose: purpose.id ?? String(index + 1), point: purpose.legalBasis === 'public-task' ? 'e' : 'f' };
      const how = filled(purpose.objection?.how);
      const effect = filled(purpose.objection?.effect);
      if (!how && !effect) report(['purposes', index, 'objection'], { ...args, both: 'yes' });
      else if (!how) report(['purposes', index, 'objection', 'how'], { ...args, noHow: 'yes' });
      else if (!effect) report(['purposes', index, 'objection', 'effect'], { ...args, noEffect: 'yes' });
    });
  },
};
