// Consent: asked only when a purpose relies on it (Art. 6(1)(a), 9(2)(a) or 22(2)(c)); after
// the data section, so that children among the data subjects are known (Art. 8).
import { childrenConcerned, needsExplicitConsent, reliesOnConsent } from '../../rules/facts.ts';
import { mergeController } from '../../model/parties.ts';
import { purposeOnConsent } from '../../rules/consent/consents.ts';
import { questions, refChoices, type Item, type Section } from '../types.ts';

/** The purposes that rely on consent: the ones a consent must cover (consent/coverage). */
const consentPurposes = (data: { purposes?: unknown }) => ((Array.isArray(data.purposes) ? data.purposes : []) as Item[]).filter((p) => purposeOnConsent(p as never));

export const consentSection: Section = {
  name: 'consent',
  when: ({ data }) => reliesOnConsent(data),
  questions: questions([
    // schemaVersion 2 keeps consents in a list; the interview records the first (more are added in the file), and which purposes it covers.
    { id: 'consent.purposes', path: 'consents.0.purposes', kind: 'checkbox', choices: ({ data }) => refChoices(consentPurposes(data)), default: ({ data }: { data: Item }) => consentPurposes(data).map((p) => p.id).filter(Boolean), principle: 'consent', article: 'GDPR Art. 6(1)(a), 7(2)' },
    { id: 'consent.mechanism', path: 'consents.0.mechanism', kind: 'text', principle: 'consent', article: 'GDPR Art. 4(11), 7' },
    { id: 'consent.freelyGiven', path: 'consents.0.freelyGiven', kind: 'text', principle: 'consent', article: 'GDPR Art. 7(4), recital 43' },
    { id: 'consent.freeChoice', path: 'consents.0.freeChoice', kind: 'text', when: ({ data, config }) => mergeController(data, config).type === 'public-authority', principle: 'consent', article: 'GDPR Art. 4(11), 7(1), recital 43; EDPB Guidelines 05/2020 3.1.1' },
    { id: 'consent.specific', path: 'consents.0.specific', kind: 'text', principle: 'consent', article: 'GDPR Art. 6(1)(a), 7(2)' },
    { id: 'consent.informed', path: 'consents.0.informed', kind: 'text', principle: 'consent', article: 'GDPR Art. 4(11), 7(3), recital 42' },
    { id: 'consent.unambiguous', path: 'consents.0.unambiguous', kind: 'text', principle: 'consent', article: 'GDPR Art. 4(11), recital 32' },
    { id: 'consent.explicit', path: 'consents.0.explicit', kind: 'text', when: ({ data }) => needsExplicitConsent(data), principle: 'consent', article: 'GDPR Art. 9(2)(a), 22(2)(c)' },
    { id: 'consent.withdrawal.how', path: 'consents.0.withdrawal.how', kind: 'text', principle: 'consent', article: 'GDPR Art. 7(3)' },
    { id: 'consent.withdrawal.asEasyAsGiving', path: 'consents.0.withdrawal.asEasyAsGiving', kind: 'confirm', default: true, principle: 'consent', article: 'GDPR Art. 7(3)' },
    { id: 'consent.withdrawal.consequences', path: 'consents.0.withdrawal.consequences', kind: 'text', optional: true, principle: 'consent', article: 'GDPR Art. 7(3), 17(1)(b)' },
    { id: 'consent.notice.text', path: 'consents.0.notice.text', kind: 'text', optional: true, principle: 'transparency', article: 'GDPR Art. 7(2), 13(2)(c)' },
    { id: 'consent.records', path: 'consents.0.records', kind: 'text', principle: 'consent', article: 'GDPR Art. 7(1)' },
    { id: 'consent.minimumAge', path: 'consents.0.minimumAge', kind: 'number', optional: true, min: 0, max: 18, when: ({ data }) => childrenConcerned(data), principle: 'consent', article: 'GDPR Art. 8, personopplysningsloven § 5' },
    { id: 'consent.parentalConsent', path: 'consents.0.parentalConsent', kind: 'text', when: ({ data }) => childrenConcerned(data), principle: 'consent', article: 'GDPR Art. 8(1)-(2)' },
  ]),
};
