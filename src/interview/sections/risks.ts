// Risks to people: the three classic events (WP248 Annex 2, CNIL) and the AI risks, scored
// 1-4 for likelihood and severity, with measures picked by id and the residual risk.
import { message } from '../../i18n/catalogue.ts';
import { MEASURE_TYPES, RISK_EVENTS, type Measure } from '../../model/schema.ts';
import { itemQuestions, type Choice, LEVEL_CHOICES, type Item, type Scope, type Section, type Seed } from '../types.ts';

/** The risks offered when the list is empty: the three classic events, and the AI risks when AI is used. Their words are `risks.seed.<id>` and `risks.seed.<id>.description`. */
const CLASSIC_EVENTS: ReadonlySet<string> = new Set(['illegitimate-access', 'unwanted-modification', 'disappearance']);
const RISK_SEEDS: Array<{ id: string; ai?: boolean }> = RISK_EVENTS.map((id) => ({ id, ai: !CLASSIC_EVENTS.has(id) }));

const EVENT_ID = 'event';

// A risk is treated by measures of every kind (security, organisational, AI: bias tests, human
// review, training, contracts), picked from the one catalogue of measure types: a type that is
// not yet a measure is created in security.measures when it is picked, with its type as id.
const measuresOf = (scope: Scope): Measure[] => scope.data.security?.measures ?? [];
function measureChoices(scope: Scope): Choice[] {
  const existing = measuresOf(scope).filter((m) => m.id);
  const ids = new Set(existing.map((m) => m.id));
  return [
    ...existing.map((m): Choice => ({ value: m.id!, label: m.description ? `${m.id} — ${m.description}` : m.id!, descriptionKey: m.type ? `measureType.${m.type}.help` : undefined })),
    ...MEASURE_TYPES.filter((type) => !ids.has(type) && type !== 'other').map((type): Choice => ({
      value: type, label: message(scope.lang, 'interview', 'runner.newMeasure', { label: message(scope.lang, 'interview', `measureType.${type}`) }), descriptionKey: `measureType.${type}.help`,
    })),
  ];
}
function createPicked(value: unknown, scope: Scope): Array<[string, unknown]> {
  const measures = measuresOf(scope);
  const ids = new Set(measures.map((m) => m.id));
  const fresh = (Array.isArray(value) ? value.map(String) : []).filter((id) => !ids.has(id) && (MEASURE_TYPES as readonly string[]).includes(id))
    .map((type) => ({ id: type, type, description: message(scope.lang, 'interview', `measureType.${type}`) }));
  return fresh.length ? [['security.measures', [...measures, ...fresh]]] : [];
}
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
      { key: 'measures', kind: 'checkbox', choices: measureChoices, resolve: createPicked, principle: 'data-security', article: 'GDPR Art. 35(7)(d)' },
      { key: 'residual.likelihood', kind: 'select', choices: LEVEL_CHOICES('likelihood'), principle: 'accountability', article: 'GDPR Art. 35(7)(d), 36(1)' },
      { key: 'residual.severity', kind: 'select', choices: LEVEL_CHOICES('severity'), principle: 'accountability', article: 'GDPR Art. 36(1)' },
      { key: 'residual.justification', kind: 'text', principle: 'accountability', article: 'GDPR Art. 35(7)(d)' },
    ]),
  }],
};
