import { filled, itemName, list, obtainedElsewhere } from '../facts.ts';
import type { Rule } from '../types.ts';

export const rule: Rule = {
  id: 'transparency/notice',
  principle: 'transparency',
  article: 'GDPR Art. 12(1), Art. 13(1), Art. 14(1), Art. 14(3)',
  severity: 'error',
  example: {
    bad: 'schemaVersion: 1\nid: scoring\ntransparency:\n  aiDisclosure: The notice says a model ranks leads\n',
    good: 'schemaVersion: 1\nid: scoring\ntransparency:\n  notice:\n    url: https://example.com/privacy\n    channels: [web form, welcome e-mail]\n',
  },
  check({ data }, report) {
    const notice = data.transparency?.notice;
    if (!filled(notice?.url) && !filled(notice?.channels)) report(['transparency', 'notice'], { missing: 'yes' });
    const indirect = list(data.dataCategories)
      .map((category, index) => ({ category, index }))
      .filter(({ category }) => category && obtainedElsewhere(category) === true);
    if (indirect.length > 0 && !filled(notice?.timing)) {
      report(['transparency', 'notice', 'timing'], {
        timing: 'yes',
        categories: indirect.map(({ category, index }) => itemName(category, index)).join(', '),
      });
    }
  },
};
