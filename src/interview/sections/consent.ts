// Consent: asked only when a purpose relies on it (Art. 6(1)(a), 9(2)(a) or 22(2)(c)); after
// the data section, so that children among the data subjects are known (Art. 8).
import { childrenConcerned, needsExplicitConsent, reliesOnConsent } from '../../rules/facts.ts';
import { questions, type Section } from '../types.ts';

export const consentSection: Section = {
  name: 'consent',
  when: ({ data }) => reliesOnConsent(data),
  questions: questions([
    { id: 'consent.mechanism', kind: 'text', principle: 'consent', article: 'GDPR Art. 4(11), 7' },
    { id: 'consent.freelyGiven', kind: 'text', principle: 'consent', article: 'GDPR Art. 7(4), recital 43' },
    { id: 'consent.specific', kind: 'text', principle: 'consent', article: 'GDPR Art. 6(1)(a), 7(2)' },
    { id: 'consent.informed', kind: 'text', principle: 'consent', article: 'GDPR Art. 4(11), 7(3), recital 42' },
    { id: 'consent.unambiguous', kind: 'text', principle: 'consent', article: 'GDPR Art. 4(11), recital 32' },
    { id: 'consent.explicit', kind: 'text', when: ({ data }) => needsExplicitConsent(data), principle: 'consent', article: 'GDPR Art. 9(2)(a), 22(2)(c)' },
    { id: 'consent.withdrawal.how', kind: 'text', principle: 'consent', article: 'GDPR Art. 7(3)' },
    { id: 'consent.withdrawal.asEasyAsGiving', kind: 'confirm', default: true, principle: 'consent', article: 'GDPR Art. 7(3)' },
    { id: 'consent.withdrawal.consequences', kind: 'text', optional: true, principle: 'consent', article: 'GDPR Art. 7(3), 17(1)(b)' },
    { id: 'consent.records', kind: 'text', principle: 'consent', article: 'GDPR Art. 7(1)' },
    { id: 'consent.minimumAge', kind: 'number', optional: true, min: 0, max: 18, when: ({ data }) => childrenConcerned(data), principle: 'consent', article: 'GDPR Art. 8, personopplysningsloven § 5' },
    { id: 'consent.parentalConsent', kind: 'text', when: ({ data }) => childrenConcerned(data), principle: 'consent', article: 'GDPR Art. 8(1)-(2)' },
  ]),
};
