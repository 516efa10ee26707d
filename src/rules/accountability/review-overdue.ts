import { isBefore } from '../../model/dates.ts';
import { filled } from '../facts.ts';
import type { Rule } from '../types.ts';

export const rule: Rule = {
  id: 'accountability/review-overdue',
  principle: 'accountability',
  article: 'GDPR Art. 35(11)',
  severity: 'error',
  example: {
    bad: 'schemaVersion: 1\nid: scoring\nreview:\n  cadence: P1Y\n  next: 2020-01-15\n',
    good: 'schemaVersion: 1\nid: scoring\nreview:\n  cadence: P1Y\n  next: 2099-01-15\n',
  },
  check({ data, today }, report) {
    const next = data.review?.next;
    if (!filled(next)) report(['review', 'next'], { missing: 'yes' });
    else if (isBefore(next, today)) report(['review', 'next'], { overdue: 'yes', next: next! });
  },
};
