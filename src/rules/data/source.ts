import { filled, list, obtainedElsewhere } from '../facts.ts';
import type { Rule } from '../types.ts';

export const rule: Rule = {
  id: 'data/source',
  principle: 'transparency',
  article: 'GDPR Art. 14(2)(f)',
  severity: 'error',
  messages: {
    en: '{thirdParty?:data category {category} is recorded as coming from a third party, but the file does not name the source}{public?:data category {category} is recorded as coming from public sources, but the file does not name them}{unknown?:data category {category} does not say where the data comes from, so it is unclear whether Art. 13 or Art. 14 applies}',
    nb: '{thirdParty?:opplysningskategori {category} er registrert som hentet fra en tredjepart, men filen angir ikke kilden}{public?:opplysningskategori {category} er registrert som hentet fra offentlig tilgjengelige kilder, men filen angir ikke kildene}{unknown?:opplysningskategori {category} sier ikke hvor opplysningene kommer fra, så det er uklart om art. 13 eller art. 14 gjelder}',
  },
  hint: {
    en: 'Set `origin` (data-subject, observed, derived, third-party or public) and, for data not collected from the person, name the `source` (e.g. "Brønnøysund Register Centre (public)", "lead lists bought from Acme AS").',
    nb: 'Sett `origin` (data-subject, observed, derived, third-party eller public) og, for opplysninger som ikke er samlet inn fra den registrerte selv, angi `source` (f.eks. «Brønnøysundregistrene (offentlig)», «leadlister kjøpt fra Acme AS»).',
  },
  why: {
    en: 'When personal data is not obtained from the person, they must be told where it comes from and whether it came from publicly accessible sources (Art. 14(2)(f)), within a month at most (Art. 14(3)). Whether Art. 13 or Art. 14 applies depends on the origin of the data.',
    nb: 'Når personopplysninger ikke er samlet inn fra den registrerte, skal vedkommende få vite hvor de kommer fra og om de stammer fra offentlig tilgjengelige kilder (art. 14 nr. 2 bokstav f), senest innen en måned (art. 14 nr. 3). Om art. 13 eller art. 14 gjelder, avhenger av hvor opplysningene kommer fra.',
  },
  example: {
    bad: 'schemaVersion: 1\nid: lead-scoring\ndataCategories:\n  - id: company\n    name: Company size and industry\n    origin: public\n',
    good: 'schemaVersion: 1\nid: lead-scoring\ndataCategories:\n  - id: company\n    name: Company size and industry\n    origin: public\n    source: The Brønnøysund Register Centre (publicly accessible)\n',
  },
  check({ data }, report) {
    list(data.dataCategories).forEach((category, index) => {
      if (filled(category.source)) return;
      const name = category.id ?? String(index + 1);
      const elsewhere = obtainedElsewhere(category);
      if (elsewhere === undefined) report(['dataCategories', index, 'origin'], { category: name, unknown: 'yes' });
      else if (elsewhere) report(['dataCategories', index, 'source'], { category: name, [category.origin === 'public' ? 'public' : 'thirdParty']: 'yes' });
    });
  },
};
