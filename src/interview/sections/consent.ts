// Consent: asked only when a purpose relies on it (Art. 6(1)(a), 9(2)(a) or 22(2)(c)); after
// the data section, so that children among the data subjects are known (Art. 8).
import { childrenConcerned, needsExplicitConsent, reliesOnConsent } from '../../rules/facts.ts';
import { mergeController } from '../../model/parties.ts';
import { purposeOnConsent } from '../../rules/consent/consents.ts';
import { itemQuestions, refChoices, type Item, type Scope, type Section } from '../types.ts';

/** The purposes that rely on consent: the ones a consent must cover (consent/coverage). */
const consentPurposes = (data: { purposes?: unknown }) => ((Array.isArray(data.purposes) ? data.purposes : []) as Item[]).filter((p) => purposeOnConsent(p as never));

/** The purposes on consent that no other consent in the file covers yet: the new consent's starting ticks. */
const uncovered = (s: Scope): string[] => {
  const others = ((Array.isArray(s.data.consents) ? s.data.consents : []) as Item[]).filter((c) => c !== s.item);
  const covered = new Set(others.flatMap((c) => (Array.isArray(c.purposes) ? c.purposes.map(String) : [])));
  return consentPurposes(s.data).map((p) => p.id).filter((id): id is string => typeof id === 'string' && !covered.has(id));
};

// Consent is given for specific purposes (Art. 6(1)(a), 7): one item per consent the
// person gives, each naming the purposes it covers (consent/coverage checks every purpose
// on consent is covered by one).
const consentQuestions = itemQuestions('consents', [
  { key: 'name', kind: 'text', principle: 'consent', article: 'GDPR Art. 6(1)(a), 7(2)' },
  { key: 'id', kind: 'text', slugOf: 'name', principle: 'consent', article: 'GDPR Art. 6(1)(a)' },
  { key: 'purposes', kind: 'checkbox', choices: ({ data }) => refChoices(consentPurposes(data)), default: uncovered, principle: 'consent', article: 'GDPR Art. 6(1)(a), 7(2)' },
  { key: 'mechanism', kind: 'text', principle: 'consent', article: 'GDPR Art. 4(11), 7' },
  { key: 'freelyGiven', kind: 'text', principle: 'consent', article: 'GDPR Art. 7(4), recital 43' },
  { key: 'freeChoice', kind: 'text', when: ({ data, config }) => mergeController(data, config).type === 'public-authority', principle: 'consent', article: 'GDPR Art. 4(11), 7(1), recital 43; EDPB Guidelines 05/2020 3.1.1' },
  { key: 'specific', kind: 'text', principle: 'consent', article: 'GDPR Art. 6(1)(a), 7(2)' },
  { key: 'informed', kind: 'text', principle: 'consent', article: 'GDPR Art. 4(11), 7(3), recital 42' },
  { key: 'unambiguous', kind: 'text', principle: 'consent', article: 'GDPR Art. 4(11), recital 32' },
  { key: 'explicit', kind: 'text', when: ({ data }) => needsExplicitConsent(data), principle: 'consent', article: 'GDPR Art. 9(2)(a), 22(2)(c)' },
  { key: 'withdrawal.how', kind: 'text', principle: 'consent', article: 'GDPR Art. 7(3)' },
  { key: 'withdrawal.asEasyAsGiving', kind: 'confirm', default: true, principle: 'consent', article: 'GDPR Art. 7(3)' },
  { key: 'withdrawal.consequences', kind: 'text', optional: true, principle: 'consent', article: 'GDPR Art. 7(3), 17(1)(b)' },
  { key: 'notice.text', kind: 'text', optional: true, principle: 'transparency', article: 'GDPR Art. 7(2), 13(2)(c)' },
  { key: 'records', kind: 'text', principle: 'consent', article: 'GDPR Art. 7(1)' },
  { key: 'askedWhen', kind: 'text', optional: true, principle: 'consent', article: 'GDPR Art. 6(1)(a), 7(1)' },
  { key: 'validity', kind: 'text', optional: true, principle: 'consent', article: 'GDPR Art. 7; EDPB Guidelines 05/2020' },
  { key: 'minimumAge', kind: 'number', optional: true, min: 0, max: 18, when: ({ data }) => childrenConcerned(data), principle: 'consent', article: 'GDPR Art. 8, personopplysningsloven § 5' },
  { key: 'parentalConsent', kind: 'text', when: ({ data }) => childrenConcerned(data), principle: 'consent', article: 'GDPR Art. 8(1)-(2)' },
]);

export const consentSection: Section = {
  name: 'consent',
  when: ({ data }) => reliesOnConsent(data),
  questions: [{
    id: 'consents', path: 'consents', kind: 'list-of-items', item: consentQuestions, label: (item: Item) => String(item.id ?? item.name ?? '?'),
    principle: 'consent', article: 'GDPR Art. 6(1)(a), 7',
  }],
};
