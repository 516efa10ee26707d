// Purposes with what they do, necessity and proportionality; then, once the data is
// known, the legal basis for each purpose with what hangs on it: Art. 9 law, the Art. 6(4)
// compatibility test and the Art. 21 objection.
import { LEGAL_BASES, LEGAL_BASIS_STATUSES, MARKETING_BASES, MARKETING_CHANNELS, PURPOSE_KINDS, PURPOSE_STATUSES, SPECIAL_CATEGORY_CONDITIONS, type Purpose, type PurposeKind } from '../../model/schema.ts';
import { childrenConcerned, hasKind } from '../../rules/facts.ts';
import { conditionNeedsLaw, namesLaw } from '../../rules/legal-basis/basis-facts.ts';
import { directMarketing, objectionOnGrounds } from '../../rules/right-to-object.ts';
import { enumChoices, itemQuestions, sharedChoices, type Item, type Scope, type Section, labelChoices } from '../types.ts';

const basis = (s: Scope) => s.item?.legalBasis;
const purpose = (s: Scope) => (s.item ?? {}) as Purpose;
const kind = (s: Scope, k: PurposeKind) => hasKind(purpose(s), k);
// The conditions below read the purpose as `check` does (src/rules), so that every answer a rule asks for is asked here.
/** Further processing needs the Art. 6(4) test unless it rests on consent or a named law; model training counts while the question is open. */
const further = (s: Scope) => basis(s) !== 'consent' && !namesLaw(purpose(s))
  && (s.item?.furtherProcessing === true || (s.item?.furtherProcessing === undefined && kind(s, 'model-training')));
/** Art. 21(1) on (e) and (f); Art. 21(2) direct marketing on any basis. */
const marketing = (s: Scope) => directMarketing(purpose(s));
const objectable = (s: Scope) => objectionOnGrounds(purpose(s)) || marketing(s);

// Electronic marketing (markedsføringsloven § 15), as norway/electronic-marketing reads it.
const sendsElectronically = (s: Scope) => (purpose(s).marketing?.channels ?? []).length > 0;
const existingCustomer = (s: Scope) => sendsElectronically(s) && purpose(s).marketing?.basis === 'existing-customer';

const purposeQuestions = itemQuestions('purposes', [
  { key: 'name', kind: 'text', principle: 'purpose', article: 'GDPR Art. 5(1)(b)' },
  { key: 'id', kind: 'text', slugOf: 'name', principle: 'purpose', article: 'GDPR Art. 5(1)(b)' },
  { key: 'description', kind: 'text', principle: 'purpose', article: 'GDPR Art. 5(1)(b)' },
  { key: 'kinds', kind: 'checkbox', choices: labelChoices('purposeKind', PURPOSE_KINDS), principle: 'purpose', article: 'GDPR Art. 5(1)(b)' },
  { key: 'status', kind: 'select', choices: labelChoices('purposeStatus', PURPOSE_STATUSES), principle: 'purpose', article: 'GDPR Art. 5(1)(b), 6(4), 13(3)' },
  { key: 'startsOn', kind: 'date', optional: true, when: (s) => s.item?.status === 'planned', principle: 'purpose', article: 'GDPR Art. 6(1), 6(4)' },
  { key: 'necessity', kind: 'text', principle: 'purpose', article: 'GDPR Art. 35(7)(b)' },
  { key: 'proportionality', kind: 'text', principle: 'purpose', article: 'GDPR Art. 35(7)(b)' },
  { key: 'marketing.channels', kind: 'checkbox', emptyIsAnswer: true, when: (s) => kind(s, 'direct-marketing'), choices: labelChoices('marketingChannel', MARKETING_CHANNELS), principle: 'consent', article: 'markedsføringsloven § 15' },
  { key: 'marketing.toNaturalPersons', kind: 'confirm', default: true, when: sendsElectronically, principle: 'consent', article: 'markedsføringsloven § 15 first paragraph' },
  { key: 'marketing.basis', kind: 'select', when: sendsElectronically, choices: labelChoices('marketingBasis', MARKETING_BASES), principle: 'consent', article: 'markedsføringsloven § 15 first and third paragraphs' },
  { key: 'marketing.existingCustomer.relationship', kind: 'text', when: existingCustomer, principle: 'consent', article: 'markedsføringsloven § 15 third paragraph' },
  { key: 'marketing.existingCustomer.addressFromSale', kind: 'confirm', default: false, when: existingCustomer, principle: 'consent', article: 'markedsføringsloven § 15 third paragraph' },
  { key: 'marketing.existingCustomer.ownSimilarProducts', kind: 'confirm', default: false, when: existingCustomer, principle: 'consent', article: 'markedsføringsloven § 15 third paragraph' },
  { key: 'marketing.existingCustomer.optOutAtCollection', kind: 'confirm', default: false, when: existingCustomer, principle: 'consent', article: 'markedsføringsloven § 15 third paragraph' },
  { key: 'marketing.existingCustomer.optOutEachMessage', kind: 'confirm', default: false, when: existingCustomer, principle: 'consent', article: 'markedsføringsloven § 15 third paragraph' },
  // Shown to the people concerned in the privacy notice; the internal description is the starting suggestion.
  { key: 'notice.text', kind: 'text', default: (s: Scope) => s.item?.description, principle: 'transparency', article: 'GDPR Art. 12(1), 13(1)(c), 14(1)(c)' },
]);

const purposeLabel = (item: Item) => String(item.id ?? item.name ?? '?');

export const purposesSection: Section = {
  name: 'purposes',
  questions: [{
    id: 'purposes', path: 'purposes', kind: 'list-of-items', item: purposeQuestions, label: purposeLabel, principle: 'purpose', article: 'GDPR Art. 5(1)(b), 35(7)(a)',
  }],
};

export const legalBasisSection: Section = {
  name: 'legal-basis',
  questions: [{
    id: 'purposes', path: 'purposes', key: 'legal-basis.purposes', kind: 'list-of-items', fixed: true, label: purposeLabel, principle: 'purpose', article: 'GDPR Art. 6(1)',
    item: itemQuestions('purposes', [
      { key: 'legalBasis', kind: 'select',
        choices: enumChoices(LEGAL_BASES), principle: 'purpose', article: 'GDPR Art. 6(1)(a)-(f)' },
      { key: 'legalBasisDetails', kind: 'text', optional: true, when: (s) => ['contract', 'legal-obligation', 'public-task'].includes(String(basis(s))), principle: 'purpose', article: 'GDPR Art. 6(1)(b),(c),(e), 6(3)' },
      { key: 'legalBasisStatus', kind: 'select', when: (s) => basis(s) !== undefined, choices: enumChoices(LEGAL_BASIS_STATUSES), principle: 'purpose', article: 'GDPR Art. 6(1), 5(2)' },
      { key: 'legitimateInterest.interest', kind: 'text', when: (s) => basis(s) === 'legitimate-interests', principle: 'purpose', article: 'GDPR Art. 6(1)(f)' },
      { key: 'legitimateInterest.necessity', kind: 'text', when: (s) => basis(s) === 'legitimate-interests', principle: 'purpose', article: 'GDPR Art. 6(1)(f)' },
      { key: 'legitimateInterest.balancing', kind: 'text', when: (s) => basis(s) === 'legitimate-interests', principle: 'purpose', article: 'GDPR Art. 6(1)(f), 21' },
      { key: 'notice.interest', kind: 'text', when: (s) => basis(s) === 'legitimate-interests', default: (s: Scope) => purpose(s).legitimateInterest?.interest, principle: 'transparency', article: 'GDPR Art. 12(1), 13(1)(d), 14(2)(b)' },
      { key: 'legitimateInterest.children', kind: 'text', when: (s) => basis(s) === 'legitimate-interests' && childrenConcerned(s.data), principle: 'purpose', article: 'GDPR Art. 6(1)(f), recital 38' },
      { key: 'specialCategoryCondition', kind: 'select',
        choices: [
          { value: '' },
          ...sharedChoices('condition', SPECIAL_CATEGORY_CONDITIONS),
        ], principle: 'purpose', article: 'GDPR Art. 9(1)-(2)' },
      { key: 'specialCategoryLaw', kind: 'text', when: (s) => conditionNeedsLaw(s.item?.specialCategoryCondition), principle: 'purpose', article: 'GDPR Art. 9(2)(b), 9(2)(g)-(j)' },
      { key: 'furtherProcessing', kind: 'confirm', default: (s: Scope) => kind(s, 'model-training'), principle: 'purpose', article: 'GDPR Art. 6(4)' },
      { key: 'compatibility.link', kind: 'text', when: further, principle: 'purpose', article: 'GDPR Art. 6(4)(a)' },
      { key: 'compatibility.context', kind: 'text', when: further, principle: 'purpose', article: 'GDPR Art. 6(4)(b)' },
      { key: 'compatibility.nature', kind: 'text', when: further, principle: 'purpose', article: 'GDPR Art. 6(4)(c)' },
      { key: 'compatibility.consequences', kind: 'text', when: further, principle: 'purpose', article: 'GDPR Art. 6(4)(d)' },
      { key: 'compatibility.safeguards', kind: 'text', when: further, principle: 'purpose', article: 'GDPR Art. 6(4)(e)' },
      { key: 'compatibility.compatible', kind: 'confirm', when: further, principle: 'purpose', article: 'GDPR Art. 6(4), 5(1)(b)' },
      { key: 'objection.how', kind: 'text', when: objectable, principle: 'transparency', article: 'GDPR Art. 21' },
      { key: 'objection.effect', kind: 'text', when: objectable, principle: 'transparency', article: 'GDPR Art. 21(1)' },
      { key: 'objection.alwaysStops', kind: 'confirm', default: true, when: marketing, principle: 'transparency', article: 'GDPR Art. 21(2)-(3)' },
      { key: 'notice.ifYouSayNo', kind: 'text', optional: true, default: (s: Scope) => purpose(s).objection?.effect, principle: 'transparency', article: 'GDPR Art. 12(1)' },
    ]),
  }],
};
