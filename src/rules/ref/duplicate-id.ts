import { ID_LISTS } from '../../model/schema.ts';
import { list } from '../facts.ts';
import type { Rule } from '../types.ts';

export const rule: Rule = {
  id: 'ref/duplicate-id',
  principle: 'structure',
  article: 'GDPR Art. 5(2)',
  severity: 'error',
  messages: {
    en: 'id "{id}" is used twice in {list} (first at item {first})',
    nb: 'id «{id}» er brukt to ganger i {list} (først i element {first})',
  },
  hint: {
    en: 'Give every item in a list its own id; other sections refer to items by id.',
    nb: 'Gi hvert element i en liste sin egen id; andre deler viser til elementer med id.',
  },
  why: {
    en: 'References (data category → purpose, risk → measure) and diffs between versions match items by id; a duplicate makes them ambiguous.',
    nb: 'Henvisninger (datakategori → formål, risiko → tiltak) og sammenligning av versjoner finner elementer via id; en dublett gjør dem tvetydige.',
  },
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
