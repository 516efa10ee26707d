// Risks to people: the three classic events (WP248 Annex 2, CNIL) and the AI risks, scored
// 1-4 for likelihood and severity, with measures picked by id and the residual risk.
import { message } from '../../i18n/catalogue.ts';
import { RISK_EVENTS } from '../../model/schema.ts';
import { itemQuestions, LEVEL_CHOICES, type Item, type Scope, type Section, type Seed } from '../types.ts';

/** The risks offered when the list is empty: the three classic events, and the AI risks when AI is used. Their words are `risks.seed.<id>` and `risks.seed.<id>.description`. */
const CLASSIC_EVENTS: ReadonlySet<string> = new Set(['illegitimate-access', 'unwanted-modification', 'disappearance']);
const RISK_SEEDS: Array<{ id: string; ai?: boolean }> = RISK_EVENTS.map((id) => ({ id, ai: !CLASSIC_EVENTS.has(id) }));

const EVENT_ID = 'event';
const riskLabel = (item: Item) => String(item.id ?? item.title ?? '?');

export const risksSection: Section = {
  name: 'risks',
  questions: [{
    id: 'risks', path: 'risks', kind: 'list-of-items', label: riskLabel, principle: 'accountability', article: 'GDPR Art. 35(7)(c)-(d)',
    seeds: {
      choices: ({ data, lang }: Scope) => RISK_SEEDS.filter((r) => !r.ai || data.system?.ai?.used === true).map((r): Seed => ({
        value: r.id, key: `risks.seed.${r.id}`, itemKeys: [`risks.seed.${r.id}.description`],
        item: { id: r.id, title: message(lang, 'interview', `risks.seed.${r.id}`), description: message(lang, 'interview', `risks.seed.${r.id}.description`), [EVENT_ID]: r.id },
      })),
    },
    item: itemQuestions('risks', [
      { key: 'title', kind: 'text', principle: 'accountability', article: 'GDPR Art. 35(7)(c)' },
      { key: 'id', kind: 'text', slugOf: 'title', principle: 'accountability', article: 'GDPR Art. 35(7)(c)' },
      { key: 'description', kind: 'text', principle: 'accountability', article: 'GDPR Art. 35(7)(c)' },
      { key: EVENT_ID, kind: 'select', when: ({ item }) => item?.[EVENT_ID] === undefined,
        choices: RISK_SEEDS.map((r) => ({ value: r.id, key: `risks.seed.${r.id}` })), principle: 'accountability', article: 'GDPR Art. 35(7)(c), WP248 Annex 2' },
      { key: 'source', kind: 'text', optional: true, principle: 'data-security', article: 'GDPR Art. 35(7)(c), WP248 Annex 2' },
      { key: 'impact', kind: 'text', principle: 'accountability', article: 'GDPR Art. 35(7)(c), recital 75' },
      { key: 'likelihood', kind: 'select', choices: LEVEL_CHOICES('likelihood'), principle: 'accountability', article: 'GDPR Art. 35(7)(c), recital 76' },
      { key: 'severity', kind: 'select', choices: LEVEL_CHOICES('severity'), principle: 'accountability', article: 'GDPR Art. 35(7)(c), recital 76' },
      { key: 'measures', kind: 'checkbox', when: ({ data }) => (data.security?.measures ?? []).length > 0,
        choices: ({ data }: Scope) => (data.security?.measures ?? []).filter((m) => m.id).map((m) => ({ value: m.id!, label: m.description ? `${m.id} — ${m.description}` : m.id! })), principle: 'data-security', article: 'GDPR Art. 35(7)(d)' },
      { key: 'residual.likelihood', kind: 'select', choices: LEVEL_CHOICES('likelihood'), principle: 'accountability', article: 'GDPR Art. 35(7)(d), 36(1)' },
      { key: 'residual.severity', kind: 'select', choices: LEVEL_CHOICES('severity'), principle: 'accountability', article: 'GDPR Art. 36(1)' },
      { key: 'residual.justification', kind: 'text', principle: 'accountability', article: 'GDPR Art. 35(7)(d)' },
    ]),
  }],
};
