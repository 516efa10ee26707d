import { filled, reliesOnConsent } from '../facts.ts';
import type { Rule } from '../types.ts';

export const rule: Rule = {
  id: 'consent/specific',
  principle: 'consent',
  article: 'GDPR Art. 4(11), Art. 6(1)(a)',
  severity: 'error',
  messages: {
    en: 'consent is relied on but `consent.specific` does not show that it is given for each specific purpose',
    nb: 'behandlingen bygger på samtykke, men `consent.specific` viser ikke at samtykket gis for hvert spesifikke formål',
  },
  hint: {
    en: 'Explain in `consent.specific` how consent is asked separately for each purpose (one choice per purpose, not bundled with the terms of service or with other purposes).',
    nb: 'Forklar i `consent.specific` hvordan samtykke innhentes særskilt for hvert formål (ett valg per formål, ikke buntet sammen med bruksvilkårene eller med andre formål).',
  },
  why: {
    en: 'Consent must be specific: given for one or more specific purposes (Art. 4(11), Art. 6(1)(a)), with a separate choice for each purpose instead of one bundled consent (EDPB Guidelines 05/2020).',
    nb: 'Samtykket må være spesifikt: gitt for ett eller flere bestemte formål (art. 4 nr. 11, art. 6 nr. 1 bokstav a), med et eget valg for hvert formål i stedet for ett samlet samtykke (EDPBs retningslinjer 05/2020).',
  },
  example: {
    bad: 'schemaVersion: 1\nid: offers\npurposes:\n  - id: offers\n    legalBasis: consent\nconsent:\n  mechanism: Unticked checkbox for personalised offers in the customer portal\n',
    good: 'schemaVersion: 1\nid: offers\npurposes:\n  - id: offers\n    legalBasis: consent\nconsent:\n  mechanism: Unticked checkbox for personalised offers in the customer portal\n  specific: A separate checkbox for personalised offers, apart from the terms of service and the newsletter\n',
  },
  check({ data }, report) {
    if (reliesOnConsent(data) && !filled(data.consent?.specific)) report(['consent', 'specific']);
  },
};
