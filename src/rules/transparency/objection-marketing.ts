import { hasKind, itemName, list } from '../facts.ts';
import { directMarketing } from '../right-to-object.ts';
import type { Rule } from '../types.ts';

export const rule: Rule = {
  id: 'transparency/objection-marketing',
  principle: 'transparency',
  article: 'GDPR Art. 21(2)-(3)',
  severity: 'error',
  example: {
    bad: 'schemaVersion: 1\nid: nurture\npurposes:\n  - id: nurture-emails\n    kinds: [profiling, direct-marketing]\n    legalBasis: legitimate-interests\n',
    good: 'schemaVersion: 1\nid: nurture\npurposes:\n  - id: nurture-emails\n    kinds: [profiling, direct-marketing]\n    legalBasis: legitimate-interests\n    objection:\n      how: The unsubscribe link in every e-mail, or personvern@kvarts.example\n      alwaysStops: true\n',
  },
  check({ data }, report) {
    list(data.purposes).forEach((purpose, index) => {
      if (!purpose || !directMarketing(purpose) || purpose.objection?.alwaysStops === true) return;
      report(['purposes', index, 'objection', 'alwaysStops'], {
        purpose: itemName(purpose, index),
        profiling: hasKind(purpose, 'profiling') ? 'yes' : '',
        notAlways: purpose.objection?.alwaysStops === false ? 'yes' : '',
        unset: purpose.objection?.alwaysStops === false ? '' : 'yes',
      });
    });
  },
};
