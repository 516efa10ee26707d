import { filled, reliesOnConsent } from '../facts.ts';
import type { Rule } from '../types.ts';

export const rule: Rule = {
  id: 'consent/records',
  principle: 'consent',
  article: 'GDPR Art. 7(1)',
  severity: 'error',
  messages: {
    en: 'consent is relied on but `consent.records` does not say how consent is recorded so that it can be demonstrated',
    nb: 'behandlingen bygger på samtykke, men `consent.records` sier ikke hvordan samtykket registreres slik at det kan dokumenteres',
  },
  hint: {
    en: 'Describe in `consent.records` what is stored for each consent (who, when, how, which text and version they saw, which purposes) and for withdrawals, and where.',
    nb: 'Beskriv i `consent.records` hva som lagres for hvert samtykke (hvem, når, hvordan, hvilken tekst og versjon vedkommende så, hvilke formål) og for hver tilbaketrekking, og hvor det lagres.',
  },
  why: {
    en: 'Where processing is based on consent, the controller must be able to demonstrate that the data subject has consented (Art. 7(1)); that needs a record of each consent and withdrawal.',
    nb: 'Når behandlingen bygger på samtykke, må den behandlingsansvarlige kunne påvise at den registrerte har samtykket (art. 7 nr. 1); det krever at hvert samtykke og hver tilbaketrekking registreres.',
  },
  example: {
    bad: 'schemaVersion: 1\nid: offers\npurposes:\n  - id: offers\n    legalBasis: consent\nconsent:\n  mechanism: Unticked checkbox for personalised offers in the customer portal\n',
    good: 'schemaVersion: 1\nid: offers\npurposes:\n  - id: offers\n    legalBasis: consent\nconsent:\n  mechanism: Unticked checkbox for personalised offers in the customer portal\n  records: The CRM stores customer id, time, channel, the version of the consent text and the purposes; withdrawals are stored the same way\n',
  },
  check({ data }, report) {
    if (reliesOnConsent(data) && !filled(data.consent?.records)) report(['consent', 'records']);
  },
};
