import { filled } from '../facts.ts';
import type { Rule } from '../types.ts';

/** True when an ISO 8601 duration is surely longer than one month (a month being up to 31 days). */
function longerThanAMonth(duration: string): boolean {
  const m = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/.exec(duration);
  if (!m) return false;
  const [years, months, weeks, days, hours, minutes, seconds] = m.slice(1).map((part) => Number(part ?? 0));
  const rest = weeks * 7 + days + hours / 24 + minutes / 1440 + seconds / 86400;
  if (years > 0 || months > 1) return true;
  return months === 1 ? rest > 0 : rest > 31;
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
