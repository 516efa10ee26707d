import { isAfter, isDate } from '../../model/dates.ts';
import { itemName, list } from '../facts.ts';
import type { Rule } from '../types.ts';
import { compatibilityExempt, reusesData } from './lifecycle-facts.ts';

// A planned purpose may start only with its own legal basis (Art. 6(1)) and, where it
// reuses data collected for another purpose and rests on neither consent nor a law, a
// concluded compatibility assessment (Art. 6(4)). Once its start date has come, both
// must be in the file.
export const rule: Rule = {
  id: 'purpose/planned-start',
  principle: 'purpose',
  article: 'GDPR Art. 6(1), Art. 6(4)',
  severity: 'error',
  example: {
    bad: 'schemaVersion: 1\nid: suggestions\npurposes:\n  - id: partner-offers\n    status: planned\n    startsOn: 2026-01-01\n',
    good: 'schemaVersion: 1\nid: suggestions\npurposes:\n  - id: partner-offers\n    status: planned\n    startsOn: 2026-01-01\n    legalBasis: consent\n',
  },
  check({ data, today }, report) {
    list(data.purposes).forEach((purpose, index) => {
      if (purpose.status !== 'planned' || !isDate(purpose.startsOn) || isAfter(purpose.startsOn, today)) return;
      const args = { purpose: itemName(purpose, index), date: purpose.startsOn };
      if (purpose.legalBasis === undefined) report(['purposes', index, 'legalBasis'], { ...args, basis: 'yes' });
      else if (reusesData(data, purpose) && !compatibilityExempt(purpose) && purpose.compatibility?.compatible !== true) {
        report(['purposes', index, 'compatibility'], { ...args, compatibility: 'yes' });
      }
    });
  },
};
