import { filled, needsExplicitConsent } from '../facts.ts';
import type { Rule } from '../types.ts';

export const rule: Rule = {
  id: 'consent/explicit',
  principle: 'consent',
  article: 'GDPR Art. 9(2)(a), Art. 22(2)(c)',
  severity: 'error',
  messages: {
    en: 'explicit consent is needed (for special-category data or an automated decision) but `consent.explicit` does not say how consent is made explicit',
    nb: 'uttrykkelig samtykke kreves (for særlige kategorier av personopplysninger eller en automatisert avgjørelse), men `consent.explicit` sier ikke hvordan samtykket gjøres uttrykkelig',
  },
  hint: {
    en: 'Describe in `consent.explicit` how the person expressly confirms consent for this use, e.g. a separate written statement, a signed form, or a two-step confirmation that names the data (such as health data) and the purpose.',
    nb: 'Beskriv i `consent.explicit` hvordan den registrerte uttrykkelig bekrefter samtykket til denne bruken, f.eks. en egen skriftlig erklæring, et signert skjema eller en bekreftelse i to trinn som nevner opplysningene (som helseopplysninger) og formålet.',
  },
  why: {
    en: 'Special-category data on Art. 9(2)(a) and solely automated decisions on Art. 22(2)(c) need explicit consent: an express statement of consent, beyond the clear affirmative act that ordinary consent needs (EDPB Guidelines 05/2020).',
    nb: 'Særlige kategorier av personopplysninger etter art. 9 nr. 2 bokstav a og helautomatiserte avgjørelser etter art. 22 nr. 2 bokstav c krever uttrykkelig samtykke: en uttrykkelig erklæring om samtykke, utover den klare bekreftelsen som vanlig samtykke krever (EDPBs retningslinjer 05/2020).',
  },
  example: {
    bad: 'schemaVersion: 1\nid: care-offers\npurposes:\n  - id: offers\n    legalBasis: consent\n    specialCategoryCondition: explicit-consent\nconsent:\n  mechanism: Unticked checkbox in the customer portal\n',
    good: 'schemaVersion: 1\nid: care-offers\npurposes:\n  - id: offers\n    legalBasis: consent\n    specialCategoryCondition: explicit-consent\nconsent:\n  mechanism: Unticked checkbox in the customer portal\n  explicit: A separate confirmation step that names the health data and the purpose; the customer types "I agree"\n',
  },
  check({ data }, report) {
    if (needsExplicitConsent(data) && !filled(data.consent?.explicit)) report(['consent', 'explicit']);
  },
};
