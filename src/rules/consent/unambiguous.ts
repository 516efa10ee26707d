import { filled, reliesOnConsent } from '../facts.ts';
import type { Rule } from '../types.ts';

export const rule: Rule = {
  id: 'consent/unambiguous',
  principle: 'consent',
  article: 'GDPR Art. 4(11)',
  severity: 'error',
  messages: {
    en: 'consent is relied on but `consent.unambiguous` does not describe the clear affirmative act by which it is given',
    nb: 'behandlingen bygger på samtykke, men `consent.unambiguous` beskriver ikke den klare bekreftelsen samtykket gis med',
  },
  hint: {
    en: 'Describe in `consent.unambiguous` the active step the person takes (ticking an empty box, pressing a clearly labelled button). Pre-ticked boxes, silence, inactivity or continuing to use a service are not consent.',
    nb: 'Beskriv i `consent.unambiguous` den aktive handlingen den registrerte gjør (krysser av i en tom boks, trykker på en tydelig merket knapp). Forhåndsavkryssede bokser, taushet, passivitet eller fortsatt bruk av en tjeneste er ikke samtykke.',
  },
  why: {
    en: 'Consent must be an unambiguous indication of wishes, by a statement or a clear affirmative action (Art. 4(11)); silence, pre-ticked boxes or inactivity do not count (Recital 32, EDPB Guidelines 05/2020).',
    nb: 'Samtykket må være en utvetydig viljesytring, gitt ved en erklæring eller en klar bekreftelse (art. 4 nr. 11); taushet, forhåndsavkryssede bokser eller passivitet regnes ikke som samtykke (fortalepunkt 32, EDPBs retningslinjer 05/2020).',
  },
  example: {
    bad: 'schemaVersion: 1\nid: offers\npurposes:\n  - id: offers\n    legalBasis: consent\nconsent:\n  mechanism: Unticked checkbox for personalised offers in the customer portal\n',
    good: 'schemaVersion: 1\nid: offers\npurposes:\n  - id: offers\n    legalBasis: consent\nconsent:\n  mechanism: Unticked checkbox for personalised offers in the customer portal\n  unambiguous: The customer ticks an empty checkbox; nothing is pre-ticked\n',
  },
  check({ data }, report) {
    if (reliesOnConsent(data) && !filled(data.consent?.unambiguous)) report(['consent', 'unambiguous']);
  },
};
