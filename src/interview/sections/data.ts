// Data subjects and data categories: kinds of data, special categories free text can
// reveal, source, minimisation, accuracy, retention, deletion.
import { DATA_ORIGINS, DATA_TYPES, DEVICE_TECHNOLOGIES, PHASE_STAGES, PHASE_STEPS, SPECIAL_CATEGORY_CONDITIONS } from '../../model/schema.ts';
import { aiUsed } from '../../rules/facts.ts';
import { enumChoices, itemQuestions, refChoices, sharedChoices, type Item, type Scope, type Section, labelChoices } from '../types.ts';
import { decisionCategoriesQuestion } from './system.ts';

/** Free text and messages not marked special: can they reveal special categories (C-184/20)? */
const freeText = ({ item }: Scope) => item?.special !== true
  && Array.isArray(item?.types) && item.types.some((x) => x === 'free-text' || x === 'communications');
const revealing = (s: Scope) => freeText(s) && (s.item?.incidentalSpecial as Item | undefined)?.possible === true;

const byName = (item: Item) => String(item.id ?? item.name ?? '?');

// Where the data lives and how it gets there (ekomloven § 3-15), as norway/device-access reads it.
const storage = (s: Scope) => (s.item?.storage ?? {}) as { device?: boolean };
const access = (s: Scope) => (s.item?.deviceAccess ?? {}) as { stores?: boolean; reads?: boolean; strictlyNecessary?: boolean };
/** Data that can come from the device: kept there, observed, or usage, device or location data. */
const fromDevice = (s: Scope) => storage(s).device === true || s.item?.origin === 'observed'
  || (Array.isArray(s.item?.types) && s.item.types.some((t) => t === 'usage' || t === 'device' || t === 'location'));
const onDevice = (s: Scope) => access(s).stores === true || access(s).reads === true;
const processors = (s: Scope) => (s.data.recipients ?? []).filter((r) => r.role === 'processor') as Item[];
const nationalId = (s: Scope) => Array.isArray(s.item?.types) && s.item.types.includes('national-id');

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
        { key: 'storage.device', kind: 'confirm', default: false, principle: 'data-security', article: 'GDPR Art. 5(1)(c), 25(1)' },
        { key: 'storage.controller', kind: 'confirm', default: true, principle: 'data-security', article: 'GDPR Art. 5(1)(f), 30(1)' },
        { key: 'storage.processors', kind: 'checkbox', emptyIsAnswer: true, when: (s) => processors(s).length > 0, choices: (s: Scope) => refChoices(processors(s)), principle: 'data-security', article: 'GDPR Art. 28, 30(1)(d)' },
        { key: 'storage.details', kind: 'text', optional: true, principle: 'data-security', article: 'GDPR Art. 30(1)(g), 32' },
        // Shown to the people concerned in the privacy notice.
        { key: 'storage.notice', kind: 'text', optional: true, principle: 'transparency', article: 'GDPR Art. 12(1)' },
        { key: 'deviceAccess.stores', kind: 'confirm', when: fromDevice, default: (s: Scope) => storage(s).device === true, principle: 'consent', article: 'ekomloven § 3-15' },
        { key: 'deviceAccess.reads', kind: 'confirm', when: fromDevice, default: (s: Scope) => storage(s).device === true, principle: 'consent', article: 'ekomloven § 3-15' },
        { key: 'deviceAccess.technologies', kind: 'checkbox', when: onDevice, choices: labelChoices('deviceTechnology', DEVICE_TECHNOLOGIES), principle: 'consent', article: 'ekomloven § 3-15' },
        { key: 'deviceAccess.strictlyNecessary', kind: 'confirm', default: false, when: onDevice, principle: 'consent', article: 'ekomloven § 3-15 second paragraph' },
        { key: 'deviceAccess.reason', kind: 'text', when: (s) => onDevice(s) && access(s).strictlyNecessary === true, principle: 'consent', article: 'ekomloven § 3-15 second paragraph' },
        { key: 'nationalIdNeed.identification', kind: 'text', when: nationalId, principle: 'data-quality', article: 'personopplysningsloven § 12' },
        { key: 'nationalIdNeed.necessity', kind: 'text', when: nationalId, principle: 'data-quality', article: 'personopplysningsloven § 12' },
        // Shown to the people concerned in the privacy notice; the internal criteria are the starting suggestion.
        { key: 'notice.retention', kind: 'text', optional: true, default: ({ item }: Scope) => item?.retentionCriteria, principle: 'transparency', article: 'GDPR Art. 12(1), 13(2)(a), 14(2)(a)' },
      ]),
    },
    // The AI's lifecycle (EDPB Opinion 28/2024), once purposes and data can be picked.
    {
      id: 'phases', path: 'phases', kind: 'list-of-items', label: byName, when: ({ data }) => aiUsed(data), principle: 'purpose', article: 'GDPR Art. 5(1)(b), 35(7)(a)',
      item: itemQuestions('phases', [
        { key: 'name', kind: 'text', principle: 'purpose', article: 'GDPR Art. 35(7)(a)' },
        { key: 'id', kind: 'text', slugOf: 'name', principle: 'purpose', article: 'GDPR Art. 35(7)(a)' },
        { key: 'stage', kind: 'select', choices: labelChoices('phaseStage', PHASE_STAGES), principle: 'purpose', article: 'GDPR Art. 35(7)(a)' },
        { key: 'steps', kind: 'checkbox', choices: labelChoices('phaseStep', PHASE_STEPS), principle: 'purpose', article: 'GDPR Art. 35(7)(a)' },
        { key: 'description', kind: 'text', optional: true, principle: 'purpose', article: 'GDPR Art. 35(7)(a)' },
        { key: 'start', kind: 'date', optional: true, principle: 'purpose', article: 'GDPR Art. 5(1)(b), 6(4)' },
        { key: 'purposes', kind: 'checkbox', when: ({ data }) => (data.purposes ?? []).length > 0, choices: ({ data }: Scope) => refChoices(data.purposes as Item[]), principle: 'purpose', article: 'GDPR Art. 5(1)(b), 6(1)' },
        { key: 'dataCategories', kind: 'checkbox', when: ({ data }) => (data.dataCategories ?? []).length > 0, choices: ({ data }: Scope) => refChoices(data.dataCategories as Item[]), principle: 'data-quality', article: 'GDPR Art. 5(1)(c)' },
        { key: 'flows', kind: 'text', principle: 'accountability', article: 'GDPR Art. 30(1)(d), 35(7)(a)' },
        // Shown to the people concerned in the privacy notice.
        { key: 'notice.text', kind: 'text', principle: 'transparency', article: 'GDPR Art. 12(1), 13(1)(c), 13(3), 14(1)(c)' },
      ]),
    },
    // A new interview meets the Art. 22(4) question here, once there are categories to pick.
    { ...decisionCategoriesQuestion, when: (s) => decisionCategoriesQuestion.when!(s) && s.data.system?.ai?.automatedDecision?.categories === undefined },
  ],
};
