import { filled, list } from '../facts.ts';
import type { Rule } from '../types.ts';

export const rule: Rule = {
  id: 'data/retention',
  principle: 'data-quality',
  article: 'GDPR Art. 5(1)(e), Art. 13(2)(a)',
  severity: 'error',
  messages: {
    en: 'the file records no retention period for data category {category}',
    nb: 'filen registrerer ingen lagringstid for opplysningskategori {category}',
  },
  hint: {
    en: 'Set `retention` to an ISO 8601 duration (P2Y, P18M, P30D) and say in `retentionCriteria` from when it runs (e.g. from the end of the customer relationship). Where no fixed period is possible, give the criteria that decide it in `retentionCriteria`.',
    nb: 'Sett `retention` til en ISO 8601-varighet (P2Y, P18M, P30D) og angi i `retentionCriteria` fra når den løper (f.eks. fra kundeforholdet opphører). Er en fast periode ikke mulig, angi kriteriene som avgjør den i `retentionCriteria`.',
  },
  why: {
    en: 'Personal data may be kept no longer than necessary for the purposes (storage limitation, Art. 5(1)(e)), and people must be told the retention period or, if that is not possible, the criteria used to determine it (Art. 13(2)(a), 14(2)(a)).',
    nb: 'Personopplysninger skal ikke lagres lenger enn nødvendig for formålene (lagringsbegrensning, art. 5 nr. 1 bokstav e), og de registrerte skal få vite lagringstiden eller, om det ikke er mulig, kriteriene som brukes for å fastsette den (art. 13 nr. 2 bokstav a, 14 nr. 2 bokstav a).',
  },
  example: {
    bad: 'schemaVersion: 1\nid: lead-scoring\ndataCategories:\n  - id: web-visits\n    name: Pages visited on our website\n',
    good: 'schemaVersion: 1\nid: lead-scoring\ndataCategories:\n  - id: web-visits\n    name: Pages visited on our website\n    retention: P13M\n    retentionCriteria: From the visit\n',
  },
  check({ data }, report) {
    list(data.dataCategories).forEach((category, index) => {
      // Art. 13(2)(a) accepts the criteria where a fixed period is not possible.
      if (!filled(category.retention) && !filled(category.retentionCriteria)) {
        report(['dataCategories', index, 'retention'], { category: category.id ?? String(index + 1) });
      }
    });
  },
};
