import { filled } from '../facts.ts';
import type { Rule } from '../types.ts';

export const rule: Rule = {
  id: 'accountability/data-subject-views',
  principle: 'accountability',
  article: 'GDPR Art. 35(9)',
  severity: 'error',
  example: {
    bad: 'schemaVersion: 1\nid: scoring\nconsultation:\n  dataSubjects:\n    consulted: false\n',
    good: 'schemaVersion: 1\nid: scoring\nconsultation:\n  dataSubjects:\n    consulted: true\n    how: Session with the customer advisory panel and a survey of 300 recent leads\n    summary: Most found prioritisation acceptable if explained; several objected to web tracking\n    followed: true\n',
  },
  check({ data }, report) {
    const views = data.consultation?.dataSubjects;
    if (typeof views?.consulted !== 'boolean') {
      report(views ? ['consultation', 'dataSubjects', 'consulted'] : ['consultation', 'dataSubjects'], { unknown: 'yes' });
      return;
    }
    if (views.consulted === false) {
      if (!filled(views.reason)) report(['consultation', 'dataSubjects', 'reason'], { noReason: 'yes' });
      return;
    }
    if (!filled(views.how)) report(['consultation', 'dataSubjects', 'how'], { noHow: 'yes' });
    if (views.followed === false && !filled(views.departure)) report(['consultation', 'dataSubjects', 'departure'], { noDeparture: 'yes' });
  },
};
