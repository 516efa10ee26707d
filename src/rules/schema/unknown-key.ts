import type { Rule } from '../types.ts';

// Reported by the validator (src/model/validate.ts); the check is empty on purpose.
export const rule: Rule = {
  id: 'schema/unknown-key',
  principle: 'structure',
  article: 'GDPR Art. 5(2)',
  severity: 'warning',
  messages: {
    en: 'unknown key "{key}"{suggestion?:; did you mean "{suggestion}"?}',
    nb: 'ukjent nøkkel «{key}»{suggestion?:; mente du «{suggestion}»?}',
  },
  hint: {
    en: 'Fix the spelling, or prefix keys of your own with "x-" (x-jira: PRIV-12) so dpia leaves them alone.',
    nb: 'Rett stavingen, eller la egne nøkler begynne med «x-» (x-jira: PRIV-12), så lar dpia dem være.',
  },
  why: {
    en: 'A misspelt key is silently ignored: the answer it holds is then missing from checks, the report and the notice.',
    nb: 'En feilstavet nøkkel blir oversett: svaret den holder mangler da i kontrollene, rapporten og personvernerklæringen.',
  },
  example: {
    bad: 'schemaVersion: 1\nid: lead-scoring\ndataCategories:\n  - id: contact\n    retension: P2Y\n',
    good: 'schemaVersion: 1\nid: lead-scoring\ndataCategories:\n  - id: contact\n    retention: P2Y\n',
  },
  check() {},
};
