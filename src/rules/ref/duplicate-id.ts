import { ID_LISTS } from '../../model/schema.ts';
import { list } from '../facts.ts';
import type { Rule } from '../types.ts';

export const rule: Rule = {
  id: 'ref/duplicate-id',
  principle: 'structure',
  article: 'GDPR Art. 5(2)',
  severity: 'error',
  example: {
    bad: 'schemaVersion: 1\nid: lead-scoring\npurposes:\n  - id: scoring\n  - id: scoring\n',
    good: 'schemaVersion: 1\nid: lead-scoring\npurposes:\n  - id: scoring\n  - id: segmentation\n',
  },
  check({ data }, report) {
    for (const dotted of ID_LISTS) {
      const path = dotted.split('.');
      const items = list(path.reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], data) as { id?: string }[] | undefined);
      const first = new Map<string, number>();
      items.forEach((item, index) => {
        if (typeof item?.id !== 'string') return;
        const earlier = first.get(item.id);
        if (earlier === undefined) first.set(item.id, index);
        else report([...path, index, 'id'], { id: item.id, list: dotted, first: earlier });
      });
    }
  },
};
