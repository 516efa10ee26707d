// Recipients (processors, other controllers, authorities) and transfers out of the EEA.
import { RECIPIENT_ROLES, TRANSFER_MECHANISMS } from '../../model/schema.ts';
import { outsideEEA } from '../../rules/facts.ts';
import { enumChoices, itemQuestions, refChoices, type Item, type Scope, type Section } from '../types.ts';

const outsideEea = ({ item }: Scope) => outsideEEA(item?.country);
/** Art. 46-47 tools, which need a transfer impact assessment (C-311/18). */
const TOOLS = new Set(['scc', 'bcr', 'code-of-conduct', 'certification']);
const tool = (s: Scope) => outsideEea(s) && TOOLS.has(String((s.item?.transfer as Item | undefined)?.mechanism));

export const recipientsSection: Section = {
  name: 'recipients',
  questions: [{
    id: 'recipients', path: 'recipients', kind: 'list-of-items', label: (item: Item) => String(item.id ?? item.name ?? '?'), principle: 'transparency', article: 'GDPR Art. 13(1)(e), 28, 44',
    item: itemQuestions('recipients', [
      { key: 'name', kind: 'text', principle: 'transparency', article: 'GDPR Art. 13(1)(e)' },
      { key: 'id', kind: 'text', slugOf: 'name', principle: 'transparency', article: 'GDPR Art. 13(1)(e)' },
      { key: 'role', kind: 'select', choices: enumChoices(RECIPIENT_ROLES), principle: 'data-security', article: 'GDPR Art. 4(7)-(8), 26, 28' },
      { key: 'purpose', kind: 'text', principle: 'purpose', article: 'GDPR Art. 5(1)(b)' },
      { key: 'categories', kind: 'checkbox', when: ({ data }) => (data.dataCategories ?? []).length > 0, choices: ({ data }: Scope) => refChoices(data.dataCategories as Item[]), principle: 'data-quality', article: 'GDPR Art. 5(1)(c)' },
      { key: 'country', kind: 'text', principle: 'data-security', article: 'GDPR Art. 44' },
      { key: 'transfer.mechanism', kind: 'select', when: outsideEea, choices: enumChoices(TRANSFER_MECHANISMS), principle: 'data-security', article: 'GDPR Art. 45-49' },
      { key: 'transfer.dpfCertified', kind: 'confirm', default: false, when: (s) => outsideEea(s) && s.item?.country === 'US' && (s.item?.transfer as Item | undefined)?.mechanism === 'adequacy', principle: 'data-security', article: 'GDPR Art. 45' },
      { key: 'transfer.tia.date', kind: 'date', optional: true, when: tool, principle: 'data-security', article: 'GDPR Art. 46, C-311/18' },
      { key: 'transfer.tia.outcome', kind: 'text', when: tool, principle: 'data-security', article: 'GDPR Art. 46, C-311/18' },
      { key: 'transfer.details', kind: 'text', when: outsideEea, principle: 'transparency', article: 'GDPR Art. 13(1)(f)' },
      { key: 'agreement', kind: 'text', when: ({ item }) => item?.role === 'processor' || item?.role === 'joint-controller', principle: 'data-security', article: 'GDPR Art. 26, 28(3)' },
      { key: 'arrangementEssence', kind: 'text', when: ({ item }) => item?.role === 'joint-controller', principle: 'accountability', article: 'GDPR Art. 26(2)' },
    ]),
  }],
};
