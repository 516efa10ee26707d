import { nearest } from '../../model/validate.ts';
import { list } from '../facts.ts';
import type { Rule } from '../types.ts';

export const rule: Rule = {
  id: 'ref/unknown',
  principle: 'structure',
  article: 'GDPR Art. 5(2)',
  severity: 'error',
  example: {
    bad: 'schemaVersion: 1\nid: lead-scoring\npurposes:\n  - id: scoring\ndataCategories:\n  - id: contact\n    purposes: [scorring]\n',
    good: 'schemaVersion: 1\nid: lead-scoring\npurposes:\n  - id: scoring\ndataCategories:\n  - id: contact\n    purposes: [scoring]\n',
  },
  check({ data }, report) {
    const ids = (items: { id?: string }[] | undefined) => list(items).map((item) => item?.id).filter((id): id is string => typeof id === 'string');
    const known = {
      purposes: ids(data.purposes),
      dataSubjects: ids(data.dataSubjects),
      dataCategories: ids(data.dataCategories),
      recipients: ids(data.recipients),
      'security.measures': ids(data.security?.measures),
      references: ids(data.references),
    };
    const checkRefs = (refs: unknown, path: (string | number)[], target: keyof typeof known) => {
      list(refs as string[] | undefined).forEach((ref, index) => {
        if (typeof ref !== 'string' || known[target].includes(ref)) return;
        report([...path, index], { id: ref, list: target, suggestion: nearest(ref, known[target]) ?? '' });
      });
    };
    list(data.dataCategories).forEach((category, i) => {
      checkRefs(category?.subjects, ['dataCategories', i, 'subjects'], 'dataSubjects');
      checkRefs(category?.purposes, ['dataCategories', i, 'purposes'], 'purposes');
      checkRefs(category?.storage?.processors, ['dataCategories', i, 'storage', 'processors'], 'recipients');
    });
    list(data.phases).forEach((phase, i) => {
      checkRefs(phase?.purposes, ['phases', i, 'purposes'], 'purposes');
      checkRefs(phase?.dataCategories, ['phases', i, 'dataCategories'], 'dataCategories');
    });
    list(data.consents).forEach((consent, i) => checkRefs(consent?.purposes, ['consents', i, 'purposes'], 'purposes'));
    list(data.recipients).forEach((recipient, i) => checkRefs(recipient?.categories, ['recipients', i, 'categories'], 'dataCategories'));
    list(data.risks).forEach((risk, i) => checkRefs(risk?.measures, ['risks', i, 'measures'], 'security.measures'));
    list(data.openQuestions).forEach((question, i) => checkRefs(question?.references, ['openQuestions', i, 'references'], 'references'));
    list(data.consultation?.authority?.dialogue).forEach((entry, i) => checkRefs(entry?.references, ['consultation', 'authority', 'dialogue', i, 'references'], 'references'));
  },
};
