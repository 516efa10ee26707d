// Security measures: the seed's list (encryption, pseudonymisation, firewalls, passwords
// and authentication, access control, backups) plus logging, each with status and owner;
// then data protection by design and by default (Art. 25), the measures' other half.
import { message } from '../../i18n/catalogue.ts';
import { MEASURE_STATUSES, MEASURE_TYPES } from '../../model/schema.ts';
import { enumChoices, itemQuestions, questions, sharedChoices, type Item, type Section, type Seed } from '../types.ts';

const SEEDS = ['encryption', 'pseudonymisation', 'firewall', 'authentication', 'access-control', 'backup', 'logging'] as const;

export const securitySection: Section = {
  name: 'security',
  questions: [{
    id: 'security.measures', path: 'security.measures', kind: 'list-of-items',
    label: (item: Item) => String(item.id ?? item.type ?? '?'), principle: 'data-security', article: 'GDPR Art. 32, 35(7)(d)',
    seeds: {
      choices: ({ lang }) => SEEDS.map((type): Seed => ({ value: type, key: `measureType.${type}`, item: { id: type, type, description: message(lang, 'interview', `measureType.${type}`) } })),
    },
    item: itemQuestions('security.measures', [
      { key: 'type', kind: 'select', choices: sharedChoices('measureType', MEASURE_TYPES).map((c) => ({ ...c, descriptionKey: `measureType.${String(c.value)}.help` })), principle: 'data-security', article: 'GDPR Art. 32(1)' },
      { key: 'id', kind: 'text', slugOf: 'type', principle: 'data-security', article: 'GDPR Art. 35(7)(d)' },
      { key: 'description', kind: 'text', principle: 'data-security', article: 'GDPR Art. 32(1)' },
      { key: 'status', kind: 'select', choices: enumChoices(MEASURE_STATUSES), principle: 'data-security', article: 'GDPR Art. 32' },
      { key: 'owner', kind: 'text', principle: 'accountability', article: 'GDPR Art. 5(2), 24' },
      { key: 'due', kind: 'date', when: ({ item }) => item?.status === 'planned', principle: 'data-security', article: 'GDPR Art. 32' },
    ]),
  },
  ...questions([
    { id: 'byDesign.design', kind: 'text', principle: 'accountability', article: 'GDPR Art. 25(1)' },
    { id: 'byDesign.defaults', kind: 'text', principle: 'accountability', article: 'GDPR Art. 25(2)' },
  ]),
  ],
};
