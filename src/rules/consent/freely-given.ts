import { filled, reliesOnConsent } from '../facts.ts';
import type { Rule } from '../types.ts';

export const rule: Rule = {
  id: 'consent/freely-given',
  principle: 'consent',
  article: 'GDPR Art. 4(11), Art. 7(4)',
  severity: 'error',
  messages: {
    en: 'consent is relied on but `consent.freelyGiven` does not show that it is freely given',
    nb: 'behandlingen bygger på samtykke, men `consent.freelyGiven` viser ikke at samtykket er frivillig',
  },
  hint: {
    en: 'Explain in `consent.freelyGiven` why people can say no without detriment: the service or contract does not depend on it, there is no imbalance of power (as with employees), consent is asked separately for each purpose, and refusing or withdrawing costs nothing.',
    nb: 'Forklar i `consent.freelyGiven` hvorfor de registrerte kan si nei uten ulemper: tjenesten eller avtalen er ikke avhengig av samtykket, det er ingen skjev maktbalanse (som overfor ansatte), samtykke innhentes særskilt per formål, og det koster ingenting å la være eller å trekke det tilbake.',
  },
  why: {
    en: 'Consent must be freely given (Art. 4(11)). It is not when the person has no real choice, when there is a clear imbalance of power, or when a contract or service is made conditional on consent to processing it does not need (Art. 7(4), EDPB Guidelines 05/2020).',
    nb: 'Samtykket må være frivillig (art. 4 nr. 11). Det er det ikke når den registrerte ikke har et reelt valg, når det er en klar skjevhet i maktforholdet, eller når en avtale eller tjeneste gjøres avhengig av samtykke til behandling som ikke er nødvendig for den (art. 7 nr. 4, EDPBs retningslinjer 05/2020).',
  },
  example: {
    bad: 'schemaVersion: 1\nid: offers\npurposes:\n  - id: offers\n    legalBasis: consent\nconsent:\n  mechanism: Unticked checkbox for personalised offers in the customer portal\n',
    good: 'schemaVersion: 1\nid: offers\npurposes:\n  - id: offers\n    legalBasis: consent\nconsent:\n  mechanism: Unticked checkbox for personalised offers in the customer portal\n  freelyGiven: Offers are optional; the portal and the subscription work the same without consent, and saying no has no cost\n',
  },
  check({ data }, report) {
    if (reliesOnConsent(data) && !filled(data.consent?.freelyGiven)) report(['consent', 'freelyGiven']);
  },
};
