import { childrenConcerned, filled, list } from '../facts.ts';
import type { Rule } from '../types.ts';
import { idsOf } from '../legal-basis/basis-facts.ts';

export const rule: Rule = {
  id: 'transparency/children',
  principle: 'transparency',
  article: 'GDPR Art. 12(1); recital 58',
  severity: 'warning',
  example: {
    bad: 'schemaVersion: 1\nid: game-app\ndataSubjects:\n  - id: players\n    children: true\n',
    good: 'schemaVersion: 1\nid: game-app\ndataSubjects:\n  - id: players\n    children: true\ntransparency:\n  notice:\n    children: A one-screen comic explains what we collect, tested with players aged 10–14\n',
  },
  check({ data }, report) {
    if (!childrenConcerned(data) || filled(data.transparency?.notice?.children)) return;
    report(['transparency', 'notice', 'children'], { groups: idsOf(list(data.dataSubjects).filter((subject) => subject.children === true)) });
  },
};
