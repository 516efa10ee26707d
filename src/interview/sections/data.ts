// Data subjects and data categories: kinds of data, special categories free text can
// reveal, source, minimisation, accuracy, retention, deletion.
import { DATA_ORIGINS, DATA_TYPES, SPECIAL_CATEGORY_CONDITIONS } from '../../model/schema.ts';
import { enumChoices, itemQuestions, refChoices, sharedChoices, type Item, type Scope, type Section, labelChoices } from '../types.ts';
import { decisionCategoriesQuestion } from './system.ts';

/** Free text and messages not marked special: can they reveal special categories (C-184/20)? */
const freeText = ({ item }: Scope) => item?.special !== true
  && Array.isArray(item?.types) && item.types.some((x) => x === 'free-text' || x === 'communications');
const revealing = (s: Scope) => freeText(s) && (s.item?.incidentalSpecial as Item | undefined)?.possible === true;

const byName = (item: Item) => String(item.id ?? item.name ?? '?');

export const dataSection: Section = {
  name: 'data',
  questions: [
    {
      id: 'dataSubjects', path: 'dataSubjects', kind: 'list-of-items', label: byName, principle: 'accountability', article: 'GDPR Art. 30(1)(c), 35(7)(a)',
      item: itemQuestions('dataSubjects', [
        { key: 'name', kind: 'text', principle: 'accountability', article: 'GDPR Art. 30(1)(c)' },
        { key: 'id', kind: 'text', slugOf: 'name', principle: 'accountability', article: 'GDPR Art. 30(1)(c)' },
        { key: 'description', kind: 'text', optional: true, principle: 'fairness', article: 'GDPR Art. 5(1)(a)' },
        { key: 'vulnerable', kind: 'confirm', default: false, principle: 'fairness', article: 'GDPR recital 75, WP248 criterion 7' },
        { key: 'children', kind: 'confirm', default: false, principle: 'fairness', article: 'GDPR Art. 8, recital 38' },
        { key: 'count', kind: 'text', optional: true, principle: 'accountability', article: 'GDPR Art. 35(3), WP248 criterion 5' },
      ]),
    },
    {
      id: 'dataCategories', path: 'dataCategories', kind: 'list-of-items', label: byName, principle: 'data-quality', article: 'GDPR Art. 5(1)(c), 30(1)(c)',
      item: itemQuestions('dataCategories', [
        { key: 'name', kind: 'text', principle: 'data-quality', article: 'GDPR Art. 30(1)(c)' },
        { key: 'id', kind: 'text', slugOf: 'name', principle: 'data-quality', article: 'GDPR Art. 30(1)(c)' },
        { key: 'description', kind: 'text', optional: true, principle: 'data-quality', article: 'GDPR Art. 5(1)(c)' },
        { key: 'types', kind: 'checkbox', emptyIsAnswer: true, choices: labelChoices('dataType', DATA_TYPES), principle: 'data-quality', article: 'GDPR Art. 9(1), 87' },
        { key: 'special', kind: 'confirm', default: false, principle: 'purpose', article: 'GDPR Art. 9(1)' },
        { key: 'criminal', kind: 'confirm', default: false, principle: 'purpose', article: 'GDPR Art. 10' },
        { key: 'incidentalSpecial.possible', kind: 'confirm', default: true, when: freeText, principle: 'data-quality', article: 'GDPR Art. 9(1), C-184/20' },
        { key: 'incidentalSpecial.condition', kind: 'select', when: revealing,
          choices: [
            { value: '' },
            ...sharedChoices('condition', SPECIAL_CATEGORY_CONDITIONS),
          ], principle: 'data-quality', article: 'GDPR Art. 9(2)' },
        { key: 'incidentalSpecial.handling', kind: 'text', when: revealing, principle: 'data-quality', article: 'GDPR Art. 5(1)(c), 9(1)' },
        { key: 'subjects', kind: 'checkbox', when: ({ data }) => (data.dataSubjects ?? []).length > 0, choices: ({ data }: Scope) => refChoices(data.dataSubjects as Item[]), principle: 'accountability', article: 'GDPR Art. 30(1)(c)' },
        { key: 'purposes', kind: 'checkbox', when: ({ data }) => (data.purposes ?? []).length > 0, choices: ({ data }: Scope) => refChoices(data.purposes as Item[]), principle: 'purpose', article: 'GDPR Art. 5(1)(b)-(c)' },
        { key: 'origin', kind: 'select', choices: enumChoices(DATA_ORIGINS), principle: 'transparency', article: 'GDPR Art. 13, 14' },
        { key: 'source', kind: 'text', principle: 'transparency', article: 'GDPR Art. 14(2)(f), 15(1)(g)' },
        { key: 'required', kind: 'text', when: ({ item }) => item?.origin === 'data-subject', principle: 'transparency', article: 'GDPR Art. 13(2)(e)' },
        { key: 'minimisation', kind: 'text', principle: 'data-quality', article: 'GDPR Art. 5(1)(c)' },
        { key: 'accuracy', kind: 'text', principle: 'data-quality', article: 'GDPR Art. 5(1)(d)' },
        { key: 'retention', kind: 'duration', principle: 'data-quality', article: 'GDPR Art. 5(1)(e), 13(2)(a)' },
        { key: 'retentionCriteria', kind: 'text', optional: true, principle: 'data-quality', article: 'GDPR Art. 13(2)(a)' },
        { key: 'deletion', kind: 'text', principle: 'data-quality', article: 'GDPR Art. 5(1)(e), 17' },
        // Shown to customers in the privacy notice; the internal criteria are the starting suggestion.
        { key: 'notice.retention', kind: 'text', optional: true, default: ({ item }: Scope) => item?.retentionCriteria, principle: 'transparency', article: 'GDPR Art. 12(1), 13(2)(a), 14(2)(a)' },
      ]),
    },
    // A new interview meets the Art. 22(4) question here, once there are categories to pick.
    { ...decisionCategoriesQuestion, when: (s) => decisionCategoriesQuestion.when!(s) && s.data.system?.ai?.automatedDecision?.categories === undefined },
  ],
};
