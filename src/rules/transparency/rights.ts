import { surelyLonger } from '../../model/dates.ts';
import { filled } from '../facts.ts';
import type { Rule } from '../types.ts';

/** True when an ISO 8601 duration is surely longer than one month (a month being up to 31 days). */
function longerThanAMonth(duration: string): boolean {
  return surelyLonger(duration, 'P1M') === true;
}

export const rule: Rule = {
  id: 'transparency/rights',
  principle: 'transparency',
  article: 'GDPR Art. 12(2), Art. 12(3)',
  severity: 'error',
  example: {
    bad: 'schemaVersion: 1\nid: scoring\ntransparency:\n  rights:\n    contact: privacy@example.com\n    process: The privacy team answers within the deadline\n    responseTime: P2M\n',
    good: 'schemaVersion: 1\nid: scoring\ntransparency:\n  rights:\n    contact: privacy@example.com\n    process: The privacy team answers; access requests include the current lead score and its main factors\n    responseTime: P30D\n',
  },
  check({ data }, report) {
    const rights = data.transparency?.rights;
    if (!filled(rights?.contact) && !filled(rights?.process)) {
      report(['transparency', 'rights'], { missing: 'yes' });
    } else {
      if (!filled(rights?.contact)) report(['transparency', 'rights', 'contact'], { noContact: 'yes' });
      if (!filled(rights?.process)) report(['transparency', 'rights', 'process'], { noProcess: 'yes' });
    }
    if (rights?.responseTime && longerThanAMonth(rights.responseTime)) {
      report(['transparency', 'rights', 'responseTime'], { tooLong: 'yes', responseTime: rights.responseTime });
    }
  },
};
