import { filled, list } from '../facts.ts';
import type { Rule } from '../types.ts';
import { nameOf } from './basis-facts.ts';

// Art. 10 data is not a special category (legal-basis/special-category), but Art. 6(1)
// alone does not cover it either: it needs official authority or an authorising law.
export const rule: Rule = {
  id: 'legal-basis/criminal-offence',
  principle: 'purpose',
  article: 'GDPR Art. 10',
  severity: 'error',
  messages: {
    en: 'data category {category} holds data relating to criminal convictions and offences but names neither the official authority under whose control it is processed nor the law that authorises processing it (`criminalAuthority`, Art. 10)',
    nb: 'opplysningskategori {category} gjelder straffedommer og lovovertredelser, men angir verken den offentlige myndigheten behandlingen skjer under kontroll av, eller loven som gir adgang til den (`criminalAuthority`, art. 10)',
  },
  hint: {
    en: 'Name in `criminalAuthority` the authority or the act and section. In Norway, processing that is not under the control of an official authority is allowed where Art. 9(2)(a) or (c)–(f), or personopplysningsloven §§ 6, 7 or 9, would allow it for special categories (personopplysningsloven § 11 first paragraph): write e.g. "personopplysningsloven § 11, cf. Art. 9(2)(f) – establishing and defending legal claims". A comprehensive register of criminal convictions may be kept only under the control of official authority. If none of this applies, stop collecting the data.',
    nb: 'Angi myndigheten, eller lov og paragraf, i `criminalAuthority`. I Norge kan behandling som ikke skjer under kontroll av offentlig myndighet, skje der art. 9 nr. 2 bokstav a eller c–f, eller personopplysningsloven §§ 6, 7 eller 9, ville gitt adgang for særlige kategorier (personopplysningsloven § 11 første ledd): skriv f.eks. «personopplysningsloven § 11, jf. personvernforordningen art. 9 nr. 2 bokstav f – fastsette, gjøre gjeldende eller forsvare rettskrav». Omfattende registre over straffedommer kan bare føres under kontroll av offentlig myndighet. Gjelder ingenting av dette, slutt å samle inn opplysningene.',
  },
  why: {
    en: 'Processing of personal data relating to criminal convictions and offences or related security measures based on Art. 6(1) may be carried out only under the control of official authority or when authorised by Union or member-state law providing appropriate safeguards; any comprehensive register of criminal convictions may be kept only under the control of official authority (Art. 10). Norway\'s law is personopplysningsloven § 11.',
    nb: 'Behandling av personopplysninger om straffedommer og lovovertredelser eller tilknyttede sikkerhetstiltak på grunnlag av art. 6 nr. 1 kan bare skje under kontroll av offentlig myndighet eller når unionsretten eller nasjonal rett med nødvendige garantier for de registrertes rettigheter og friheter gir adgang til det; omfattende registre over straffedommer kan bare føres under kontroll av offentlig myndighet (art. 10). Den norske bestemmelsen er personopplysningsloven § 11.',
  },
  example: {
    bad: 'schemaVersion: 1\nid: insurance-claims\ndataCategories:\n  - id: fraud-convictions\n    criminal: true\n',
    good: 'schemaVersion: 1\nid: insurance-claims\ndataCategories:\n  - id: fraud-convictions\n    criminal: true\n    criminalAuthority: Personopplysningsloven § 11, cf. Art. 9(2)(f) – establishing and defending legal claims in fraud cases\n',
  },
  check({ data }, report) {
    list(data.dataCategories).forEach((category, index) => {
      if (category.criminal === true && !filled(category.criminalAuthority)) {
        report(['dataCategories', index, 'criminalAuthority'], { category: nameOf(category, index) });
      }
    });
  },
};
