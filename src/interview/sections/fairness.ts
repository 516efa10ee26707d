// Fairness of the AI: protected attributes, proxies, bias tests, human review, contest, monitoring.
import { itemQuestions, questions, type Item, type Scope, type Section } from '../types.ts';

const ai = ({ data }: Scope) => data.system?.ai?.used === true;

export const fairnessSection: Section = {
  name: 'fairness',
  when: ai,
  questions: [
    ...questions([
      { id: 'fairness.protectedAttributes', kind: 'checkbox',
        choices: [
          { value: 'gender' }, { value: 'age' }, { value: 'ethnicity' },
          { value: 'religion' }, { value: 'disability' },
          { value: 'sexual-orientation' }, { value: 'gender-identity' },
          { value: 'pregnancy' },
        ], principle: 'fairness', article: 'GDPR Art. 5(1)(a), recital 71' },
      { id: 'fairness.proxies', kind: 'text', split: true, optional: true, principle: 'fairness', article: 'GDPR Art. 5(1)(a), recital 71' },
    ]),
    {
      id: 'fairness.tests', path: 'fairness.tests', kind: 'list-of-items', label: (item: Item) => String(item.id ?? item.metric ?? '?'), principle: 'fairness', article: 'GDPR Art. 5(1)(a), 22(3); AI Act Art. 10(2)(f)',
      item: itemQuestions('fairness.tests', [
        { key: 'metric', kind: 'text', principle: 'fairness', article: 'GDPR Art. 5(1)(a)' },
        { key: 'id', kind: 'text', slugOf: 'metric', principle: 'fairness', article: 'GDPR Art. 5(2)' },
        { key: 'attribute', kind: 'text', principle: 'fairness', article: 'GDPR Art. 5(1)(a)' },
        { key: 'threshold', kind: 'text', numeric: true, principle: 'fairness', article: 'GDPR Art. 5(1)(a)' },
        { key: 'frequency', kind: 'duration', principle: 'fairness', article: 'GDPR Art. 35(11)' },
        { key: 'lastRun', kind: 'date', optional: true, principle: 'fairness', article: 'GDPR Art. 35(11)' },
        { key: 'result', kind: 'text', numeric: true, optional: true, when: ({ item }) => item?.lastRun !== undefined, principle: 'fairness', article: 'GDPR Art. 5(2)' },
        { key: 'passed', kind: 'confirm', default: true, when: ({ item }) => item?.lastRun !== undefined, principle: 'fairness', article: 'GDPR Art. 5(1)(a)' },
      ]),
    },
    ...questions([
      { id: 'fairness.humanReview', kind: 'text', principle: 'fairness', article: 'GDPR Art. 22(3), AI Act Art. 14' },
      { id: 'fairness.contest', kind: 'text', principle: 'fairness', article: 'GDPR Art. 22(3)' },
      { id: 'fairness.monitoring', kind: 'text', principle: 'fairness', article: 'GDPR Art. 5(1)(a), AI Act Art. 26(5)' },
    ]),
  ],
};
