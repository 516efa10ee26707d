import { message } from '../../i18n/catalogue.ts';
import type { Rule } from '../types.ts';

const VALUE_WORDS = 'schemaValue';

// Reported by the validator (src/model/validate.ts); the check is empty on purpose.
export const rule: Rule = {
  id: 'schema/invalid',
  principle: 'structure',
  article: 'GDPR Art. 5(2)',
  severity: 'error',
  example: {
    bad: 'schemaVersion: 1\nid: lead-scoring\nrisks:\n  - id: r1\n    likelihood: 7\n',
    good: 'schemaVersion: 1\nid: lead-scoring\nrisks:\n  - id: r1\n    likelihood: 3\n',
  },
  check() {},
  // The validator reports codes (src/model/validate.ts); the words are the labels catalogue's.
  messageArgs: (args, lang) => {
    const words = (code: unknown) => message(lang, 'labels', `${VALUE_WORDS}.${String(code)}`, args as Record<string, string>);
    return { ...args, expected: words(args.expected), actual: args.actual === 'value' ? String(args.found) : words(args.actual) };
  },
};
