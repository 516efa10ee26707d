import { filled, reliesOnConsent } from '../facts.ts';
import type { Rule } from '../types.ts';

export const rule: Rule = {
  id: 'consent/informed',
  principle: 'consent',
  article: 'GDPR Art. 4(11), Art. 7(3)',
  severity: 'error',
  messages: {
    en: 'consent is relied on but `consent.informed` does not say what people are told before they consent',
    nb: 'behandlingen bygger på samtykke, men `consent.informed` sier ikke hva de registrerte får vite før de samtykker',
  },
  hint: {
    en: 'List in `consent.informed` what people are told before they consent: who the controller is, the purpose of each processing operation, which data is used, that they can withdraw consent at any time, any automated decisions, and any transfer risks.',
    nb: 'Før opp i `consent.informed` hva de registrerte får vite før de samtykker: hvem som er behandlingsansvarlig, formålet med hver behandling, hvilke opplysninger som brukes, at de når som helst kan trekke tilbake samtykket, eventuelle automatiserte avgjørelser og eventuelle risikoer ved overføring.',
  },
  why: {
    en: 'Consent must be informed (Art. 4(11)): at least the controller, the purpose of each operation, the types of data, the right to withdraw (Art. 7(3)), automated decisions and transfer risks must be known before consenting (EDPB Guidelines 05/2020).',
    nb: 'Samtykket må være informert (art. 4 nr. 11): den registrerte må før samtykket kjenne minst den behandlingsansvarlige, formålet med hver behandling, hvilke typer opplysninger det gjelder, retten til å trekke tilbake samtykket (art. 7 nr. 3), automatiserte avgjørelser og risikoer ved overføring (EDPBs retningslinjer 05/2020).',
  },
  example: {
    bad: 'schemaVersion: 1\nid: offers\npurposes:\n  - id: offers\n    legalBasis: consent\nconsent:\n  mechanism: Unticked checkbox for personalised offers in the customer portal\n',
    good: 'schemaVersion: 1\nid: offers\npurposes:\n  - id: offers\n    legalBasis: consent\nconsent:\n  mechanism: Unticked checkbox for personalised offers in the customer portal\n  informed: Next to the checkbox we say who we are, that purchase history is used to choose offers, the right to withdraw at any time, and a link to the privacy notice\n',
  },
  check({ data }, report) {
    if (reliesOnConsent(data) && !filled(data.consent?.informed)) report(['consent', 'informed']);
  },
};
