import { filled, list } from '../facts.ts';
import type { Rule } from '../types.ts';

export const rule: Rule = {
  id: 'data/deletion',
  principle: 'data-quality',
  article: 'GDPR Art. 5(1)(e), Art. 17',
  severity: 'warning',
  messages: {
    en: 'data category {category} does not say how the data is deleted or anonymised',
    nb: 'opplysningskategori {category} sier ikke hvordan opplysningene slettes eller anonymiseres',
  },
  hint: {
    en: 'Describe in `deletion` how the data is erased or anonymised when the retention period ends or a person asks for erasure: the job or routine, which systems it covers (CRM, backups, model training sets, processors) and who checks it.',
    nb: 'Beskriv i `deletion` hvordan opplysningene slettes eller anonymiseres når lagringstiden er ute eller den registrerte ber om sletting: jobben eller rutinen, hvilke systemer den dekker (CRM, sikkerhetskopier, treningsdata for modeller, databehandlere) og hvem som kontrollerer den.',
  },
  why: {
    en: 'A retention period only limits storage if something deletes the data when it ends (storage limitation, Art. 5(1)(e)), and people have the right to erasure (Art. 17), which must reach every copy.',
    nb: 'En lagringstid begrenser bare lagringen hvis noe faktisk sletter opplysningene når den er ute (lagringsbegrensning, art. 5 nr. 1 bokstav e), og de registrerte har rett til sletting (art. 17), som må nå alle kopier.',
  },
  example: {
    bad: 'schemaVersion: 1\nid: lead-scoring\ndataCategories:\n  - id: web-visits\n    retention: P13M\n',
    good: 'schemaVersion: 1\nid: lead-scoring\ndataCategories:\n  - id: web-visits\n    retention: P13M\n    deletion: A nightly job deletes visits older than 13 months in the CRM; backups expire after 35 days\n',
  },
  check({ data }, report) {
    list(data.dataCategories).forEach((category, index) => {
      if (!filled(category.deletion)) report(['dataCategories', index, 'deletion'], { category: category.id ?? String(index + 1) });
    });
  },
};
