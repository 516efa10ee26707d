import type { Rule } from '../types.ts';

// Reported by the validator (src/model/validate.ts); the check is empty on purpose.
export const rule: Rule = {
  id: 'schema/invalid',
  principle: 'structure',
  article: 'GDPR Art. 5(2)',
  severity: 'error',
  messages: {
    en: 'expected {expected}, found {actual}',
    nb: 'forventet {expected}, fant {actual}',
  },
  hint: {
    en: 'Correct the value; `dpia schema` prints the file format, and editors with the yaml-language-server complete it.',
    nb: 'Rett verdien; `dpia schema` skriver ut filformatet, og redigeringsprogram med yaml-language-server fullfører det.',
  },
  why: {
    en: 'A value of the wrong type cannot be checked or rendered, so the assessment cannot demonstrate compliance (accountability, Art. 5(2)).',
    nb: 'En verdi av feil type kan ikke kontrolleres eller gjengis, og vurderingen kan da ikke dokumentere etterlevelse (ansvarlighet, art. 5 nr. 2).',
  },
  example: {
    bad: 'schemaVersion: 1\nid: lead-scoring\nrisks:\n  - id: r1\n    likelihood: 7\n',
    good: 'schemaVersion: 1\nid: lead-scoring\nrisks:\n  - id: r1\n    likelihood: 3\n',
  },
  check() {},
};
