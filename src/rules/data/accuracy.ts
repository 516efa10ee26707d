import { filled, list } from '../facts.ts';
import type { Rule } from '../types.ts';

export const rule: Rule = {
  id: 'data/accuracy',
  principle: 'data-quality',
  article: 'GDPR Art. 5(1)(d)',
  severity: 'warning',
  messages: {
    en: 'data category {category} does not say how the data is kept accurate and up to date',
    nb: 'opplysningskategori {category} sier ikke hvordan opplysningene holdes riktige og oppdaterte',
  },
  hint: {
    en: 'Describe in `accuracy` how the data is checked and corrected: where it comes from, how often it is refreshed, how people can correct it, and how errors in inferred data (scores, predictions) are found.',
    nb: 'Beskriv i `accuracy` hvordan opplysningene kontrolleres og rettes: hvor de kommer fra, hvor ofte de oppdateres, hvordan de registrerte kan få dem rettet, og hvordan feil i utledede opplysninger (skårer, prediksjoner) oppdages.',
  },
  why: {
    en: 'Personal data must be accurate and, where necessary, kept up to date; inaccurate data must be erased or rectified without delay (accuracy, Art. 5(1)(d)). An AI model fed stale or wrong data produces wrong scores about people.',
    nb: 'Personopplysninger skal være korrekte og om nødvendig oppdaterte; uriktige opplysninger skal slettes eller rettes uten opphold (riktighet, art. 5 nr. 1 bokstav d). En KI-modell som får utdaterte eller feil opplysninger, gir feil skårer om folk.',
  },
  example: {
    bad: 'schemaVersion: 1\nid: lead-scoring\ndataCategories:\n  - id: company\n    name: Company size and industry\n',
    good: 'schemaVersion: 1\nid: lead-scoring\ndataCategories:\n  - id: company\n    name: Company size and industry\n    accuracy: Refreshed monthly from the business register; sales corrects errors in the CRM\n',
  },
  check({ data }, report) {
    list(data.dataCategories).forEach((category, index) => {
      if (!filled(category.accuracy)) report(['dataCategories', index, 'accuracy'], { category: category.id ?? String(index + 1) });
    });
  },
};
