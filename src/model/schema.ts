// The one source of the file format: the TypeScript types (Static<>), runtime validation
// (src/model/validate.ts) and the JSON Schema that `dpia schema` prints (src/model/editor-schema.ts) all come from here.
// Every field is optional in the schema: an assessment is written over days, and what is
// missing is the rules' business (with line, column and a hint), not a type error.
import { Type as T, type Static, type TSchema } from '@sinclair/typebox';
import { LANGUAGE_PATTERN } from '../i18n/catalogue.ts';
import { DATE_PATTERN, DURATION_PATTERN, DURATION_TEXT_PATTERN } from './dates.ts';

export const SCHEMA_VERSION = 2;

const Text = (description: string) => T.String({ description });
const Bool = (description: string) => T.Boolean({ description });
const Opt = <S extends TSchema>(schema: S) => T.Optional(schema);

// Dates and durations: the patterns of the one dates module (src/model/dates.ts), exact,
// so the schema accepts what every command, rule and the interview accept.
export { DATE_PATTERN, DURATION_PATTERN, DURATION_TEXT_PATTERN };
export const ID_PATTERN = '^[a-z0-9][a-z0-9._-]*$';
export const VERSION_PATTERN = '^\\d+\\.\\d+$';
/** ISO 3166-1 alpha-2; the interview also takes a country's name (src/interview/field-check.ts). */
export const COUNTRY_PATTERN = '^[A-Z]{2}$';
/** An e-mail address with a domain: something@domain.tld, no spaces. */
export const EMAIL_PATTERN = '^[^\\s@]+@[^\\s@]+\\.[^\\s@.]+$';
// A language code; which codes dpia speaks is the folders of i18n/, checked at run time
// (src/model/validate.ts), so a new catalogue needs no change here.
export { LANGUAGE_PATTERN };

const DateStr = (description: string) => T.String({ pattern: DATE_PATTERN, description: `${description} (YYYY-MM-DD, a real calendar day)` });
const Duration = (description: string) => T.String({ pattern: DURATION_TEXT_PATTERN, description: `${description} (ISO 8601 duration in whole years, months, weeks, days, hours, minutes or seconds, e.g. P2Y, P18M, P30D, the form dpia writes; words are read too: "2 years", "18 måneder", "quarterly")` });
const Id = (description = 'Stable identifier, lower-case kebab-case; referenced from other sections') =>
  T.String({ pattern: ID_PATTERN, description });
const Ids = (description: string) => T.Array(Id(), { description });
const Level = (description: string) => T.Integer({ minimum: 1, maximum: 4, description: `${description}: 1 negligible, 2 limited, 3 significant, 4 maximum` });
const Strings = (description: string) => T.Array(T.String(), { description });
const Enum = <V extends string>(values: readonly V[], description: string) =>
  T.Union(values.map((v) => T.Literal(v)), { description });

export const STATUSES = ['draft', 'in-review', 'approved'] as const;
export const LEGAL_BASES = ['consent', 'contract', 'legal-obligation', 'vital-interests', 'public-task', 'legitimate-interests'] as const;
export const SPECIAL_CATEGORY_CONDITIONS = [
  'explicit-consent', 'employment', 'vital-interests', 'not-for-profit', 'made-public', 'legal-claims',
  'substantial-public-interest', 'health-care', 'public-health', 'archiving-research',
] as const;
// The AI Act's own classes: prohibited (Art. 5), high-risk (Art. 6), neither, or not an AI
// system in its sense / outside its scope. `limited` and `minimal` were shorthand in files of
// schemaVersion 1; `dpia migrate` (and reading such a file) turns them into `not-high`
// (src/model/migrations/ai-act-class.ts).
export const AI_ACT_CLASSES = ['prohibited', 'high', 'not-high', 'none'] as const;
export const AI_ACT_ROLES = ['deployer', 'provider'] as const;
/** Outcome of screening one Art. 5 practice. */
export const AI_ACT_SCREENING_CONCLUSIONS = ['not-present', 'present', 'unclear'] as const;
export const RECIPIENT_ROLES = ['processor', 'controller', 'joint-controller', 'authority'] as const;
export const TRANSFER_MECHANISMS = ['adequacy', 'scc', 'bcr', 'code-of-conduct', 'certification', 'derogation'] as const;
export const MEASURE_TYPES = [
  'encryption', 'pseudonymisation', 'anonymisation', 'firewall', 'authentication', 'access-control', 'backup',
  'logging', 'monitoring', 'minimisation', 'training', 'policy', 'contract', 'testing', 'bias-testing', 'human-oversight', 'explanation', 'other',
] as const;
export const MEASURE_STATUSES = ['implemented', 'planned'] as const;
export const DATA_ORIGINS = ['data-subject', 'observed', 'derived', 'third-party', 'public'] as const;
/** The metrics `dpia fairness` computes (src/fairness/metrics.ts defines each, as Fairlearn does). */
export const FAIRNESS_METRICS = [
  'selection-rate', 'true-positive-rate', 'false-positive-rate', 'precision',
  'demographic-parity-difference', 'demographic-parity-ratio', 'four-fifths',
  'equal-opportunity-difference', 'equal-opportunity-ratio', 'equalized-odds-difference', 'equalized-odds-ratio',
  'predictive-parity-difference', 'calibration-difference', 'auc', 'auc-difference', 'cramers-v',
  'outcome-rate', 'outcome-rate-difference', 'outcome-rate-ratio',
] as const;
export const FAIRNESS_RATES = ['selection-rate', 'true-positive-rate', 'false-positive-rate', 'precision', 'observed-rate', 'auc', 'cramers-v', 'outcome-rate'] as const;
export const ARTICLE22_EXCEPTIONS = ['contract', 'law', 'explicit-consent'] as const;
export const SCREENING_CRITERIA = [
  'evaluation-scoring', 'automated-decision', 'systematic-monitoring', 'sensitive-data', 'large-scale',
  'matching-datasets', 'vulnerable-subjects', 'innovative-technology', 'prevents-rights',
] as const;
export const NATIONAL_LIST = [
  'third-party-data', 'biometric', 'genetic', 'innovative-technology', 'employee-monitoring',
  'research-without-consent', 'location', 'school-evaluation', 'public-monitoring', 'school-camera',
  'algorithm-training', 'proficiency-monitoring', 'commercial-prediction', 'iot',
] as const;
export const ART35_3 = ['automated-decision-significant', 'special-categories-large-scale', 'public-monitoring-large-scale'] as const;
export const CONTROLLER_TYPES = ['private', 'publicly-owned', 'public-authority'] as const;
/** How far the system is: from an idea to being taken out of use (a DPIA is made before the processing starts, Art. 35(1)). */
export const SYSTEM_STAGES = ['concept', 'development', 'pilot', 'production', 'retired'] as const;
/** What a purpose does: the rules on contract necessity, compatibility, objection and bias testing hang on it. */
export const PURPOSE_KINDS = [
  'service-delivery', 'customer-service', 'profiling', 'model-training', 'direct-marketing', 'analytics',
  'fraud-prevention', 'security', 'bias-testing', 'legal-compliance',
] as const;
export const LEGAL_BASIS_STATUSES = ['settled', 'uncertain', 'contested'] as const;
/** Whether a purpose is decided, planned or only possible: a possible purpose is not a licence (Art. 5(1)(b), 6(4), 13(3)). */
export const PURPOSE_STATUSES = ['decided', 'planned', 'possible'] as const;
/** The AI lifecycle as EDPB Opinion 28/2024 splits it: development and deployment, each with its own steps. */
export const PHASE_STAGES = ['development', 'deployment'] as const;
export const PHASE_STEPS = ['collection', 'training', 'evaluation', 'use', 'monitoring', 'retraining'] as const;
/** Kinds of data a category holds, where a rule depends on it (free text can reveal Art. 9 data, location is on Datatilsynet's list). */
export const DATA_TYPES = [
  'contact', 'identification', 'national-id', 'financial', 'location', 'free-text', 'communications', 'usage', 'device',
] as const;
/** Known values of free-text fields (JSON Schema `examples`): each prints as words; other text prints as written. */
export const RISK_EVENTS = [
  'illegitimate-access', 'unwanted-modification', 'disappearance', 'discrimination', 'wrong-inference', 'function-creep', 'training-data-leakage',
] as const;
/** How information is stored on or read from the person's device (ekomloven § 3-15, ePrivacy Art. 5(3)). */
export const DEVICE_TECHNOLOGIES = ['cookie', 'pixel', 'sdk', 'local-storage', 'e-mail-tracking', 'fingerprinting', 'other'] as const;
/** Electronic channels for marketing messages (markedsføringsloven § 15). */
export const MARKETING_CHANNELS = ['e-mail', 'sms', 'mms', 'push', 'chat', 'other'] as const;
/** The ground under markedsføringsloven § 15: prior consent (first paragraph) or the existing-customer exception (third paragraph). */
export const MARKETING_BASES = ['consent', 'existing-customer'] as const;
export const NOTICE_CHANNELS = ['web', 'app', 'e-mail', 'chat', 'phone', 'contract'] as const;
export const AI_TYPES = ['predictive model', 'classifier', 'recommender', 'generative (LLM)'] as const;
/** Kinds of contact with the supervisory authority beyond the prior consultation of Art. 36. */
export const DIALOGUE_KINDS = ['guidance', 'sandbox', 'meeting', 'letter', 'inspection', 'other'] as const;
export const QUESTION_STATUSES = ['open', 'answered'] as const;
/** Known kinds of the documents an assessment rests on (JSON Schema `examples`): other text prints as written. */
export const REFERENCE_KINDS = [
  'legitimate-interest-assessment', 'transfer-impact-assessment', 'processor-agreement', 'model-card', 'provider-documentation',
  'authority-guidance', 'sandbox-report', 'law',
] as const;

const Person = T.Object({
  name: Opt(Text('Full name')),
  email: Opt(T.String({ pattern: EMAIL_PATTERN, description: 'E-mail address' })),
  phone: Opt(Text('Telephone number')),
  role: Opt(Text('Role or job title')),
}, { description: 'A person or function' });

export const ControllerSchema = T.Object({
  name: Opt(Text('Legal name of the controller (behandlingsansvarlig)')),
  orgNumber: Opt(Text('Organisation number (e.g. the Norwegian organisasjonsnummer)')),
  address: Opt(Text('Postal address')),
  email: Opt(T.String({ pattern: EMAIL_PATTERN, description: 'Privacy contact e-mail' })),
  phone: Opt(Text('Telephone number')),
  website: Opt(Text('Website')),
  representative: Opt(Text('EU/EEA representative (Art. 27), where the controller is established outside the EEA')),
  country: Opt(T.String({ pattern: COUNTRY_PATTERN, description: 'Country of establishment, ISO 3166-1 alpha-2; the Norwegian rules (norway/*) stay silent when it is recorded and not NO' })),
  type: Opt(Enum(CONTROLLER_TYPES, 'Kind of controller: private, publicly owned, or a public authority or body (Art. 6(1) second subparagraph, Art. 37(1)(a))')),
  owners: Opt(Strings('Who owns the controller, where that tells what kind it is: for a publicly owned company, the municipalities, counties or the state')),
  publicRole: Opt(Text('The public tasks or mandate the controller carries out and what they rest on (a law, the owners, a contract with a public body): it shows which processing is a task in the public interest (Art. 6(1)(e), 6(3)) and where a public authority cannot rely on legitimate interests (Art. 6(1) second subparagraph)')),
  dpo: Opt(T.Object({ ...Person.properties }, { description: 'The data protection officer (personvernombud), where one is designated (Art. 37)' })),
  noDpoReason: Opt(Text('Where no DPO is designated: why Art. 37(1) does not require one')),
}, { description: 'The controller (Art. 4(7)); values here override dpia.config.yaml' });

const AutomatedDecision = T.Object({
  exists: Opt(Bool('A decision is based solely on automated processing, including profiling (Art. 22)')),
  significantEffect: Opt(Bool('The decision produces legal effects or similarly significantly affects the person')),
  exception: Opt(Enum(ARTICLE22_EXCEPTIONS, 'Art. 22(2) exception relied on: (a) contract, (b) law, (c) explicit consent')),
  law: Opt(Text('With the exception `law`: the Union or member-state law that authorises the decision and lays down safeguards (Art. 22(2)(b))')),
  categories: Opt(Ids('Ids of the data categories the decision is based on (Art. 22(4))')),
  logic: Opt(Text('Meaningful information about the logic involved, in plain words (Art. 13(2)(f), C-203/22)')),
  safeguards: Opt(Text('Safeguards: human intervention, expressing one\'s view, contesting the decision (Art. 22(3))')),
}, { description: 'Automated individual decision-making (Art. 22)' });

const DecisionSupport = T.Object({
  exists: Opt(Bool("A person makes decisions about people from the AI's output (decision support, not solely automated)")),
  significantEffect: Opt(Bool('Those decisions produce legal effects or similarly significantly affect the person (Art. 35(3)(a))')),
  decidedBy: Opt(Text('Who decides from the output (role), with the authority to decide otherwise')),
  understanding: Opt(Text('How they understand the output: training, explanations, reason codes, known limits')),
  departure: Opt(Text('When and how they depart from the output, and how often they do (WP251: meaningful human involvement)')),
}, { description: "Decisions a person makes from the AI's output (WP251: human involvement must be meaningful, or the decision is solely automated)" });

const PracticeScreening = (description: string) => T.Object({
  conclusion: Opt(Enum(AI_ACT_SCREENING_CONCLUSIONS, 'Conclusion: not-present, present (a prohibited practice), or unclear')),
  reasoning: Opt(Text('Why: what the system does and does not do, and for whom')),
}, { description });

const AiAct = T.Object({
  role: Opt(Enum(AI_ACT_ROLES, 'The controller\'s role under the AI Act: deployer (uses the system under its authority, Art. 3(4)) or provider (Art. 3(3))')),
  literacy: Opt(Text('Measures for a sufficient level of AI literacy of staff and others operating or using the system (AI Act Art. 4)')),
  publicService: Opt(Bool('The deployer is a private entity providing public services (AI Act Art. 27(1))')),
  practices: Opt(T.Object({
    manipulation: Opt(PracticeScreening('Purposefully manipulative or deceptive techniques that materially distort behaviour (AI Act Art. 5(1)(a))')),
    vulnerabilities: Opt(PracticeScreening('Exploiting vulnerabilities due to age, disability or a specific social or economic situation, e.g. offers to customers in payment difficulty (AI Act Art. 5(1)(b))')),
  }, { description: 'Screening for the prohibited practices of AI Act Art. 5 near a CRM' })),
  deployer: Opt(T.Object({
    instructions: Opt(Text('Measures to use the system in accordance with the provider\'s instructions for use (AI Act Art. 26(1))')),
    inputData: Opt(Text('How input data under the deployer\'s control is kept relevant and sufficiently representative (AI Act Art. 26(4))')),
    monitoring: Opt(Text('How the operation is monitored and the provider informed of risks and serious incidents (AI Act Art. 26(5))')),
    logRetention: Opt(Duration('How long the logs the system generates are kept; at least six months (AI Act Art. 26(6))')),
    providerInformation: Opt(Text('The provider\'s information (Art. 13) used for this DPIA (AI Act Art. 26(9))')),
    informAffected: Opt(Text('How the people decisions are made about are told that a high-risk AI system is used (AI Act Art. 26(11)); shown to the people concerned in the privacy notice')),
  }, { description: 'Duties of a deployer of a high-risk AI system (AI Act Art. 26); human oversight (26(2)) is `system.ai.humanOversight`' })),
  fria: Opt(T.Object({
    processes: Opt(Text('The deployer\'s processes in which the system is used (AI Act Art. 27(1)(a))')),
    period: Opt(Text('The period and frequency of use (AI Act Art. 27(1)(b))')),
    affected: Opt(Text('The categories of people and groups likely to be affected (AI Act Art. 27(1)(c))')),
    risks: Opt(Text('The specific risks of harm to them (AI Act Art. 27(1)(d))')),
    oversight: Opt(Text('How human oversight is implemented per the instructions for use (AI Act Art. 27(1)(e))')),
    measures: Opt(Text('Measures if the risks materialise, incl. internal governance and complaint mechanisms (AI Act Art. 27(1)(f))')),
    notified: Opt(DateStr('When the market surveillance authority was notified of the results (AI Act Art. 27(3))')),
  }, { description: 'Fundamental rights impact assessment (AI Act Art. 27)' })),
  explanation: Opt(Text('How an affected person obtains a clear and meaningful explanation of the AI\'s role and the main elements of the decision (AI Act Art. 86)')),
}, { description: 'Duties under the AI Act (Regulation (EU) 2024/1689), beyond the risk class' });

const Ai = T.Object({
  used: Opt(Bool('The feature uses an AI system')),
  type: Opt(T.String({ description: 'Kind of AI: predictive model, classifier, recommender, generative (LLM), ...', examples: [...AI_TYPES] })),
  description: Opt(Text('What the AI does, its inputs and outputs')),
  provider: Opt(Text('Who provides the model or service')),
  model: Opt(Text('Model name and version')),
  trainingData: Opt(Text('What the model was trained on')),
  usesPersonalDataForTraining: Opt(Bool('Personal data about the people concerned (the data subjects) is used to train or fine-tune the model')),
  // The schemaVersion 1 name; read where the new one is missing, moved by `dpia migrate` (migrations/personal-data-for-training.ts).
  humanOversight: Opt(Text('How people oversee and can override the AI (AI Act Art. 14 and 26)')),
  aiActRisk: Opt(Enum(AI_ACT_CLASSES, 'EU AI Act class: prohibited (Art. 5), high (Art. 6 with Annex I or III), not-high (an AI system that is neither), none (not an AI system, Art. 3(1), or outside the Act, Art. 2). Art. 50 duties apply on top of any class (Art. 50(6)); `dpia migrate` turns the schemaVersion 1 shorthand limited and minimal into not-high')),
  aiActRationale: Opt(Text('Why this AI Act class applies (Annex III points considered)')),
  annexIII: Opt(Strings('Annex III points the system falls under, as the Annex numbers them: e.g. 5(b) creditworthiness, 5(c) life and health insurance, 4(a) recruitment')),
  aiAct: Opt(AiAct),
  interactsWithPeople: Opt(Bool('People interact directly with the AI, e.g. a chatbot (AI Act Art. 50(1))')),
  emotionRecognition: Opt(Bool('The system recognises emotions or categorises people biometrically (AI Act Art. 50(3))')),
  generatesContent: Opt(Bool('The system generates text, images, audio or video shown to people (AI Act Art. 50(2), 50(4))')),
  automatedDecision: Opt(AutomatedDecision),
  decisionSupport: Opt(DecisionSupport),
}, { description: 'The AI system in the feature' });

const System = T.Object({
  name: Opt(Text('Name of the feature or system')),
  description: Opt(Text('Systematic description of the processing: nature, scope, context (Art. 35(7)(a))')),
  crm: Opt(Text('The CRM system and where the feature sits in it')),
  scope: Opt(Text('Scope: how many people, how much data, how long, where')),
  context: Opt(Text('Context: relationship with the people, their expectations')),
  assets: Opt(Strings('Supporting assets: software, hardware, networks, people (WP248 Annex 2)')),
  stage: Opt(Enum(SYSTEM_STAGES, 'How far the system is: concept, development, pilot, production or retired (the assessment is made prior to the processing, Art. 35(1), and kept under review, Art. 35(11))')),
  goLive: Opt(DateStr('Planned start of the processing (go-live); the DPIA must be done and approved before it, Art. 35(1), Art. 36(1)')),
  ai: Opt(Ai),
}, { description: 'The processing and the system behind it (Art. 35(7)(a))' });

const Screening = T.Object({
  criteria: Opt(T.Array(Enum(SCREENING_CRITERIA, 'WP248 criterion'), { description: 'WP248 rev.01 criteria met' })),
  nationalList: Opt(T.Array(Enum(NATIONAL_LIST, 'Datatilsynet list item'), { description: "Items of Datatilsynet's list (Art. 35(4)) that apply" })),
  art35_3: Opt(T.Array(Enum(ART35_3, 'Art. 35(3) case'), { description: 'Art. 35(3) cases that apply' })),
  required: Opt(Bool('A DPIA is required')),
  rationale: Opt(Text('Why a DPIA is or is not required')),
  carryOut: Opt(Bool('Where screening finds a DPIA recommended but not required: whether one is carried out (WP248 rev.01 recommends one where it is not clear)')),
  dpoView: Opt(Text("The DPO's view, required when deciding against a DPIA despite criteria")),
  date: Opt(DateStr('When the screening was made')),
}, { description: 'Is a DPIA required? WP248 and the national list' });

const LegitimateInterest = T.Object({
  interest: Opt(Text('The legitimate interest pursued (purpose test)')),
  necessity: Opt(Text('Why the processing is necessary for it (necessity test)')),
  balancing: Opt(Text("Why the interest is not overridden by the person's interests and rights (balancing test, interesseavveining)")),
  children: Opt(Text("Where children's data is processed: how their interests are given extra weight (Art. 6(1)(f), recital 38)")),
}, { description: 'Three-part legitimate-interest assessment (Art. 6(1)(f))' });

const Purpose = T.Object({
  id: Opt(Id()),
  name: Opt(Text('Short name of the purpose')),
  description: Opt(Text('Specified, explicit and legitimate purpose (Art. 5(1)(b))')),
  necessity: Opt(Text('Why the processing is necessary for this purpose (Art. 35(7)(b))')),
  proportionality: Opt(Text('Why the intrusion is proportionate to the benefit; less intrusive alternatives considered')),
  status: Opt(Enum(PURPOSE_STATUSES, 'decided, planned or possible: a possible purpose needs its own legal basis and, where it reuses data, the Art. 6(4) assessment before it starts; absent means not stated')),
  startsOn: Opt(DateStr('For a planned purpose: the date it is to start')),
  kinds: Opt(T.Array(Enum(PURPOSE_KINDS, 'Kind of purpose'), { description: 'What the purpose does: service-delivery, customer-service, profiling, model-training, direct-marketing, analytics, fraud-prevention, security, bias-testing, legal-compliance' })),
  legalBasis: Opt(Enum(LEGAL_BASES, 'Legal basis, Art. 6(1)(a)-(f)')),
  legalBasisDetails: Opt(Text('The contract, law or task relied on; for legal-obligation and public-task the Union or member-state law (Art. 6(3))')),
  legalBasisStatus: Opt(Enum(LEGAL_BASIS_STATUSES, 'How settled the legal basis is: settled, uncertain or contested (a finding until resolved)')),
  legitimateInterest: Opt(LegitimateInterest),
  specialCategoryCondition: Opt(Enum(SPECIAL_CATEGORY_CONDITIONS, 'Art. 9(2)(a)-(j) condition for special-category data')),
  specialCategoryLaw: Opt(Text('The Union or national law that the Art. 9(2)(b), (g), (h), (i) or (j) condition rests on')),
  furtherProcessing: Opt(Bool('The purpose uses data collected for another purpose (Art. 6(4))')),
  compatibility: Opt(T.Object({
    link: Opt(Text('Link between the purposes (Art. 6(4)(a))')),
    context: Opt(Text('Context of collection, the relationship with the people and what they expect (Art. 6(4)(b))')),
    nature: Opt(Text('Nature of the data, in particular special categories or offence data (Art. 6(4)(c))')),
    consequences: Opt(Text('Possible consequences of the further processing for the people (Art. 6(4)(d))')),
    safeguards: Opt(Text('Safeguards, such as encryption or pseudonymisation (Art. 6(4)(e))')),
    compatible: Opt(Bool('Conclusion: the further processing is compatible with the purpose of collection')),
  }, { description: 'Compatibility assessment for further processing not based on consent or law (Art. 6(4), Art. 5(1)(b))' })),
  notice: Opt(T.Object({
    text: Opt(Text('What we do for this purpose, in plain words to the people it concerns; shown to the people concerned in the privacy notice (Art. 13(1)(c), 14(1)(c))')),
    interest: Opt(Text('For legitimate interests: our interest in plain words to the people; shown to the people concerned in the privacy notice (Art. 13(1)(d), 14(2)(b))')),
    ifYouSayNo: Opt(Text('What happens if the person refuses or objects, in plain words; shown to the people concerned in the privacy notice')),
  }, { description: 'The purpose as the privacy notice tells it to the people: shown to the people concerned in the privacy notice, in their words (Art. 12(1))' })),
  marketing: Opt(T.Object({
    channels: Opt(T.Array(Enum(MARKETING_CHANNELS, 'Electronic channel'), { description: 'Electronic channels the marketing is sent by: e-mail, sms, mms, push, chat, other (markedsføringsloven § 15)' })),
    toNaturalPersons: Opt(Bool('The messages go to natural persons, including a named person at a business (markedsføringsloven § 15 first paragraph)')),
    basis: Opt(Enum(MARKETING_BASES, 'consent (prior consent, § 15 first paragraph) or existing-customer (the exception in § 15 third paragraph)')),
    existingCustomer: Opt(T.Object({
      relationship: Opt(Text('The existing customer relationship the messages rest on')),
      addressFromSale: Opt(Bool("The customer's electronic address was obtained in connection with a sale")),
      ownSimilarProducts: Opt(Bool("The marketing is only for the controller's own goods or services similar to those the relationship rests on")),
      optOutAtCollection: Opt(Bool('An easy, free way to opt out was offered when the address was collected')),
      optOutEachMessage: Opt(Bool('An easy, free way to opt out is offered in each later message')),
    }, { description: 'The conditions of the existing-customer exception (markedsføringsloven § 15 third paragraph)' })),
  }, { description: 'Marketing sent by e-mail, SMS or similar electronic messages (markedsføringsloven § 15)' })),
  objection: Opt(T.Object({
    how: Opt(Text('How people object to this processing (Art. 21)')),
    effect: Opt(Text('What happens when someone objects: the processing stops unless compelling legitimate grounds override (Art. 21(1))')),
    alwaysStops: Opt(Bool('An objection always ends the processing for this purpose, as Art. 21(3) requires for direct marketing')),
  }, { description: 'The right to object, for purposes on Art. 6(1)(e) or (f) (Art. 21)' })),
}, { description: 'A purpose of the processing' });

const Phase = T.Object({
  id: Opt(Id()),
  name: Opt(Text('Short name of the phase, e.g. training on CRM history')),
  stage: Opt(Enum(PHASE_STAGES, 'development (collection, training, evaluation) or deployment (use, monitoring, retraining), as EDPB Opinion 28/2024 separates them')),
  steps: Opt(T.Array(Enum(PHASE_STEPS, 'Step of the AI lifecycle'), { description: 'What happens in this phase: collection, training, evaluation, use, monitoring, retraining' })),
  description: Opt(Text('What happens to personal data in this phase')),
  start: Opt(DateStr('When the phase starts or started')),
  purposes: Opt(Ids('Purpose ids this phase serves; the legal basis is on each purpose')),
  dataCategories: Opt(Ids('Data category ids that flow in this phase')),
  flows: Opt(Text('Where the data goes in this phase: systems, recipients, places')),
  notice: Opt(T.Object({
    text: Opt(Text('How and when people are told about this phase, in plain words; shown to the people concerned in the privacy notice (Art. 13(1)(c), 13(3), 14(1)(c))')),
  }, { description: 'The phase as the privacy notice tells it: shown to the people concerned in the privacy notice' })),
}, { description: 'A phase of the AI lifecycle with its own purposes, data and information duty (EDPB Opinion 28/2024)' });

const DataSubject = T.Object({
  id: Opt(Id()),
  name: Opt(Text('Group of people, in the words the documents use for them, e.g. leads, contact persons, customers, users, patients, employees')),
  description: Opt(Text('Who they are')),
  vulnerable: Opt(Bool('Vulnerable people: children, patients, employees, people in a power imbalance')),
  children: Opt(Bool('Includes children under 18')),
  count: Opt(Text('Approximate number of people')),
}, { description: 'A category of data subjects' });

const DataCategory = T.Object({
  id: Opt(Id()),
  name: Opt(Text('Category of personal data')),
  description: Opt(Text('Fields included')),
  special: Opt(Bool('Special category (Art. 9(1)) data')),
  criminal: Opt(Bool('Criminal convictions and offences data (Art. 10)')),
  criminalAuthority: Opt(Text('For criminal-offence data: the official authority or the law that authorises the processing (Art. 10), e.g. personopplysningsloven § 11')),
  types: Opt(T.Array(Enum(DATA_TYPES, 'Kind of data'), { description: 'Kinds of data in the category: contact, identification, national-id, financial, location, free-text, communications (chat, e-mail, call notes), usage, device' })),
  incidentalSpecial: Opt(T.Object({
    possible: Opt(Bool('Free text or messages in this category can reveal special categories (Art. 9(1), C-184/20)')),
    condition: Opt(Enum(SPECIAL_CATEGORY_CONDITIONS, 'The Art. 9(2) condition under which such data is held meanwhile')),
    handling: Opt(Text('How such data is found, limited or removed')),
  }, { description: 'Special categories that free text, chat or e-mail can reveal' })),
  subjects: Opt(Ids('Data subject ids')),
  purposes: Opt(Ids('Purpose ids this data serves')),
  origin: Opt(Enum(DATA_ORIGINS, 'Where the data comes from: the person, observed, derived/inferred, a third party, public sources')),
  source: Opt(Text('Source of the data (Art. 14(2)(f))')),
  required: Opt(Text('Whether giving the data is a statutory or contractual requirement, and what happens if it is not given (Art. 13(2)(e))')),
  minimisation: Opt(Text('Why this data is adequate, relevant and limited to what is necessary (Art. 5(1)(c))')),
  accuracy: Opt(Text('How the data is kept accurate and up to date (Art. 5(1)(d))')),
  storage: Opt(T.Object({
    device: Opt(Bool("Kept on the person's own device (phone, browser, app)")),
    controller: Opt(Bool("Kept at the controller, in its own systems")),
    processors: Opt(Ids('Ids of the recipients (role processor) that keep the data for the controller; their country is recorded on the recipient. An empty list: no processor keeps it')),
    details: Opt(Text('Systems and region where the data is kept')),
    notice: Opt(Text('Where the data is kept, in plain words to the people; shown to the people concerned in the privacy notice')),
  }, { description: "Where the data lives: on the person's device, at the controller, at processors. Device only (device true, controller false, processors []) keeps it out of the controller's reach (Art. 5(1)(c), 25(1))" })),
  deviceAccess: Opt(T.Object({
    stores: Opt(Bool("Information is stored on the person's device to collect this data")),
    reads: Opt(Bool("Information already on the person's device is read to collect this data")),
    technologies: Opt(T.Array(Enum(DEVICE_TECHNOLOGIES, 'Technology'), { description: 'How: cookie, pixel, sdk, local-storage, e-mail-tracking, fingerprinting, other' })),
    strictlyNecessary: Opt(Bool('Strictly necessary to provide a service the person has expressly asked for (ekomloven § 3-15 second paragraph)')),
    reason: Opt(Text('Why it is strictly necessary for the service the person asked for')),
  }, { description: "Storing or reading information on the person's device (ekomloven § 3-15, Directive 2002/58/EC Art. 5(3))" })),
  nationalIdNeed: Opt(T.Object({
    identification: Opt(Text('The objective need for secure identification (saklig behov for sikker identifisering)')),
    necessity: Opt(Text('Why the national identity number is necessary to achieve that identification')),
  }, { description: 'For a category with the national identity number: personopplysningsloven § 12' })),
  fields: Opt(T.Array(T.String({ minLength: 1 }), { description: "The CRM's fields that hold this data, as patterns that dpia scan holds against its schemas and migrations: table.column (customers.email, crm.customers.email), Object.Field (Lead.Email, Customer.email), a file before a colon (schema.prisma:Customer.*); `*` stands for any characters of a part, `**` for any parts, case is ignored. An empty list: no field of the scanned schemas holds it" })),
  retention: Opt(Duration('Retention period (Art. 5(1)(e))')),
  retentionCriteria: Opt(Text('From when the period runs, or the criteria that decide it')),
  deletion: Opt(Text('How and when the data is deleted or anonymised')),
  notice: Opt(T.Object({
    retention: Opt(Text('How long we keep it and what happens then, in plain words to the people; shown to the people concerned in the privacy notice instead of retentionCriteria (Art. 13(2)(a), 14(2)(a))')),
  }, { description: 'The data category as the privacy notice tells it: shown to the people concerned in the privacy notice' })),
}, { description: 'A category of personal data' });

const Consent = T.Object({
  id: Opt(Id()),
  name: Opt(Text('Short name of the consent, as the person sees it asked')),
  purposes: Opt(Ids('Ids of the purposes this consent covers (Art. 6(1)(a), 7(2): consent is given for specific purposes)')),
  mechanism: Opt(Text('How consent is asked for and given')),
  freelyGiven: Opt(Text('Why it is freely given: no imbalance, not a condition of the contract, no detriment (Art. 7(4))')),
  informed: Opt(Text('What the person is told before consenting')),
  specific: Opt(Text('How consent is separate for each purpose (no bundling)')),
  unambiguous: Opt(Text('The clear affirmative act; no pre-ticked boxes or silence')),
  explicit: Opt(Text('How consent is made explicit where Art. 9(2)(a) or 22(2)(c) needs it')),
  withdrawal: Opt(T.Object({
    how: Opt(Text('How the person withdraws consent')),
    asEasyAsGiving: Opt(Bool('Withdrawing is as easy as giving consent (Art. 7(3))')),
    consequences: Opt(Text('What happens on withdrawal')),
  }, { description: 'Withdrawal of consent (Art. 7(3))' })),
  records: Opt(Text('How consent is recorded so it can be demonstrated (Art. 7(1))')),
  askedWhen: Opt(Text('When the person is asked, measured against the processing the consent covers: e.g. at sign-up, or before any data leaves the device (Art. 6(1)(a): the person has given consent to the processing)')),
  validity: Opt(Text('How long the consent is meant to last, and when it is asked again (the EDPB recommends refreshing consent at appropriate intervals: Guidelines 05/2020 on consent)')),
  freeChoice: Opt(Text('Where the controller is a public authority: why the person still has a real free choice (no service or right depends on it) despite the imbalance (recital 43; EDPB Guidelines 05/2020 3.1.1)')),
  minimumAge: Opt(T.Integer({ minimum: 0, maximum: 18, description: 'Minimum age to consent to online services (13 in Norway)' })),
  parentalConsent: Opt(Text('For children below that age: how consent by the holder of parental responsibility is obtained and verified (Art. 8(1)-(2))')),
  notice: Opt(T.Object({
    text: Opt(Text('What the person agrees to and how to withdraw, in plain words; shown to the people concerned in the privacy notice (Art. 7(2), 13(2)(c))')),
  }, { description: 'The consent as the privacy notice tells it: shown to the people concerned in the privacy notice' })),
}, { description: 'A consent: the purposes it covers, how it is asked for, recorded and withdrawn (Art. 4(11), 7)' });

const Recipient = T.Object({
  id: Opt(Id()),
  name: Opt(Text('Recipient')),
  role: Opt(Enum(RECIPIENT_ROLES, 'Role of the recipient')),
  purpose: Opt(Text('Why they receive data')),
  categories: Opt(Ids('Data category ids they receive')),
  country: Opt(T.String({ pattern: COUNTRY_PATTERN, description: 'Country where data is processed, ISO 3166-1 alpha-2' })),
  transfer: Opt(T.Object({
    mechanism: Opt(Enum(TRANSFER_MECHANISMS, 'Chapter V mechanism: adequacy (Art. 45), scc/bcr/code/certification (Art. 46-47), derogation (Art. 49)')),
    details: Opt(Text('Decision, clauses and supplementary measures; how to get a copy')),
    dpfCertified: Opt(Bool('For adequacy in the United States: the recipient is certified under the EU-US Data Privacy Framework (Decision 2023/1795)')),
    tia: Opt(T.Object({
      date: Opt(DateStr('When the transfer impact assessment was made')),
      outcome: Opt(Text('Its conclusion and the supplementary measures it requires')),
    }, { description: 'Transfer impact assessment for Art. 46 tools (C-311/18, EDPB Recommendations 01/2020)' })),
  }, { description: 'Transfer to a third country (Chapter V)' })),
  agreement: Opt(Text('Data processing agreement (Art. 28(3)) or arrangement (Art. 26)')),
  arrangementEssence: Opt(Text('For joint controllers: how the essence of the arrangement is made available to data subjects (Art. 26(2))')),
}, { description: 'A recipient of personal data' });

const Measure = T.Object({
  id: Opt(Id()),
  type: Opt(Enum(MEASURE_TYPES, 'Kind of measure')),
  description: Opt(Text('The measure')),
  status: Opt(Enum(MEASURE_STATUSES, 'implemented or planned')),
  owner: Opt(Text('Who is responsible')),
  due: Opt(DateStr('When a planned measure is due')),
}, { description: 'A technical or organisational measure (Art. 32)' });

const Transparency = T.Object({
  notice: Opt(T.Object({
    url: Opt(Text('Where the privacy notice is published')),
    channels: Opt(T.Array(T.String({ examples: [...NOTICE_CHANNELS] }), { description: 'Where people are told: web, app, e-mail, chat, phone, contract, ...' })),
    timing: Opt(Text('When people are told (Art. 13: at collection; Art. 14: within a month at most)')),
    children: Opt(Text('Where children are concerned: how the information is made clear and plain enough for a child to understand (Art. 12(1), recital 58)')),
    summary: Opt(Text('A short introduction at the top of the notice, in plain words; shown to the people concerned in the privacy notice')),
    ai: Opt(Text('That and how AI is used, in plain words to the people; shown to the people concerned in the privacy notice (AI Act Art. 50, GDPR Art. 13(2)(f))')),
    selfService: Opt(Text('How people see, change or delete their data themselves; shown to the people concerned in the privacy notice')),
  }, { description: 'The privacy notice (Art. 13/14)' })),
  aiDisclosure: Opt(Text('How and where people are told that AI is used (AI Act Art. 50): an internal record; the notice shows transparency.notice.ai')),
  logicExplanation: Opt(Text('Meaningful information about the logic involved, the significance and the envisaged consequences, in plain words to the people; shown to the people concerned in the privacy notice (Art. 13(2)(f), 14(2)(g))')),
  rights: Opt(T.Object({
    contact: Opt(Text('Where people send requests')),
    process: Opt(Text('How requests are handled')),
    responseTime: Opt(Duration('Answer time; at most one month (Art. 12(3))')),
  }, { description: 'Handling of data subject rights (Art. 12, 15-22)' })),
}, { description: 'Information to people and their rights (Art. 12-14)' });

const FairnessTest = T.Object({
  id: Opt(Id()),
  metric: Opt(Text('Fairness metric, e.g. demographic parity difference')),
  attribute: Opt(Text('Attribute or group compared')),
  threshold: Opt(T.Union([T.Number(), T.String()], { description: 'Acceptable limit' })),
  frequency: Opt(Duration('How often the test runs')),
  lastRun: Opt(DateStr('When it last ran')),
  result: Opt(T.Union([T.Number(), T.String()], { description: 'Last result' })),
  passed: Opt(Bool('The last run met the threshold')),
  compute: Opt(T.Object({
    metric: Opt(Enum(FAIRNESS_METRICS, 'The metric dpia fairness computes, as Fairlearn defines it')),
    group: Opt(T.Union([T.String(), T.Array(T.String(), { minItems: 1 })], { description: 'The column (or columns, for intersectional groups) of the predictions that holds the group' })),
    prediction: Opt(Text("The column with the model's decision: 1/0, true/false, yes/no, or labels with `positive`")),
    score: Opt(Text("The column with the model's score, when there is no decision column")),
    decisionThreshold: Opt(T.Number({ description: 'A score at or above this is a positive decision' })),
    bands: Opt(T.Union([
      T.Integer({ minimum: 1, maximum: 10000, description: 'So many bands of equal width from 0 to 1' }),
      T.Array(T.Number(), { minItems: 2, description: 'The bands\' edges, ascending: [0, 0.2, 0.5, 1] is 0–0.2, 0.2–0.5 and 0.5–1 (each band holds its lower edge; the last also its upper)' }),
    ], { description: 'Score bands: calibration-difference compares the observed rate within each band (default 10); auc ranks scores by band (default 1000, exact for scores with at most three decimals)' })),
    outcome: Opt(Text('The column with the actual outcome, where known (needed for true and false positive rates, precision and the outcome rate)')),
    proxies: Opt(T.Union([T.String(), T.Array(T.String(), { minItems: 1 })], { description: 'For cramers-v: the column (or columns) of the features that may stand in for the protected attribute in `group`; each is measured against it' })),
    positive: Opt(Text('The label that means positive in the decision and outcome columns, when they hold labels')),
    confidence: Opt(T.Number({ exclusiveMinimum: 0.5, exclusiveMaximum: 1, description: 'Confidence level of the intervals; the test passes only when the threshold holds at this level (default 0.95)' })),
    minGroupSize: Opt(T.Integer({ minimum: 1, description: 'Groups with fewer people are reported, not compared (default 30)' })),
  }, { description: 'How dpia fairness computes this test from model predictions (signed: the definition, not a result)' })),
}, { description: 'A bias or fairness test' });

const FairnessRun = T.Object({
  test: Opt(Id()),
  date: Opt(DateStr('When the run was made')),
  data: Opt(T.Object({
    file: Opt(Text('The predictions file, as given')),
    rows: Opt(T.Integer({ minimum: 0, description: 'Rows read' })),
    sha256: Opt(T.String({ pattern: '^[0-9a-f]{64}$', description: "SHA-256 of the file's bytes" })),
  }, { description: 'The predictions the run read' })),
  metric: Opt(Enum(FAIRNESS_METRICS, 'Metric')),
  threshold: Opt(T.Number({ description: 'Threshold applied' })),
  confidence: Opt(T.Number({ description: 'Confidence level' })),
  minGroupSize: Opt(T.Integer({ minimum: 1, description: 'Minimum group size' })),
  figure: Opt(T.Number({ description: 'The between-group figure' })),
  lower: Opt(T.Number({ description: 'Lower limit of its interval' })),
  upper: Opt(T.Number({ description: 'Upper limit of its interval' })),
  between: Opt(T.Array(T.String(), { description: 'The two groups the figure compares' })),
  verdict: Opt(Enum(['pass', 'fail', 'inconclusive'] as const, 'pass: the whole interval is within the threshold; fail: the whole interval is beyond it; inconclusive: neither')),
  reason: Opt(Enum(['fewer-than-two-groups', 'all-rates-zero'] as const, 'Why the run could not compare')),
  groups: Opt(T.Array(T.Object({
    group: Opt(Text('Group')),
    rate: Opt(Enum(FAIRNESS_RATES, 'Rate')),
    band: Opt(Text('The score band, for calibration: its lower and upper edge')),
    events: Opt(T.Integer({ minimum: 0, description: 'Events' })),
    n: Opt(T.Integer({ minimum: 0, description: 'People in the denominator' })),
    value: Opt(T.Number({ description: 'The rate' })),
    lower: Opt(T.Number({ description: 'Lower limit' })),
    upper: Opt(T.Number({ description: 'Upper limit' })),
    small: Opt(Bool('Below the minimum group size: not compared')),
  }, { description: 'One group' }), { description: 'Each group: the rate, its count and its interval' })),
  missing: Opt(T.Object({
    group: Opt(T.Integer({ minimum: 0, description: 'Rows without a group' })),
    prediction: Opt(T.Integer({ minimum: 0, description: 'Rows without a decision or score' })),
    outcome: Opt(T.Integer({ minimum: 0, description: 'Rows without an outcome' })),
    proxy: Opt(T.Integer({ minimum: 0, description: 'Rows without a value in a proxy column' })),
  }, { description: 'Rows with missing values' })),
}, { description: 'One run of a fairness test by dpia fairness' });

const Fairness = T.Object({
  protectedAttributes: Opt(Strings('Protected characteristics that could be affected')),
  proxies: Opt(Strings('Features that could stand in for protected characteristics')),
  tests: Opt(T.Array(FairnessTest, { description: 'Bias and fairness tests' })),
  humanReview: Opt(Text('How a person can review automated results')),
  contest: Opt(Text('How people can contest a result')),
  monitoring: Opt(Text('How outcomes are monitored in production')),
}, { description: 'Fairness and non-discrimination' });

const Residual = T.Object({
  likelihood: Opt(Level('Residual likelihood after measures')),
  severity: Opt(Level('Residual severity after measures')),
  justification: Opt(Text('Why the measures bring the risk to this level')),
}, { description: 'Risk after measures (restrisiko)' });

const Risk = T.Object({
  id: Opt(Id()),
  title: Opt(Text('Short name of the risk')),
  description: Opt(Text('What could happen to people')),
  event: Opt(T.String({ description: 'Risk event: illegitimate-access, unwanted-modification, disappearance, discrimination, wrong-inference, function-creep, training-data-leakage, ...', examples: [...RISK_EVENTS] })),
  source: Opt(Text('Risk sources and threats')),
  impact: Opt(Text('Impact on the rights and freedoms of people')),
  likelihood: Opt(Level('Likelihood before measures')),
  severity: Opt(Level('Severity before measures')),
  measures: Opt(Ids('Ids of the measures in security.measures that address the risk')),
  residual: Opt(Residual),
}, { description: 'A risk to the rights and freedoms of data subjects (Art. 35(7)(c))' });

const DialogueEntry = T.Object({
  id: Opt(Id()),
  date: Opt(DateStr('When')),
  kind: Opt(Enum(DIALOGUE_KINDS, 'Kind of contact: guidance, sandbox, meeting, letter, inspection or other')),
  summary: Opt(Text('What was asked, discussed or exchanged')),
  authorityPosition: Opt(Text("The authority's position or advice, as it stated it")),
  ourPosition: Opt(Text("The controller's position")),
  disagreement: Opt(Bool('The controller and the authority disagree on a point')),
  resolution: Opt(Text('How the disagreement was resolved, or what happens next')),
  references: Opt(Ids('Ids of documents in references (the letter, the sandbox report)')),
}, { description: 'A contact with the supervisory authority (its guidance, a sandbox, a meeting, a letter, an inspection)' });

const OpenQuestion = T.Object({
  id: Opt(Id()),
  question: Opt(Text('The legal question that is not yet settled')),
  owner: Opt(Text('Who answers it (name or role)')),
  due: Opt(DateStr('When it must be answered')),
  status: Opt(Enum(QUESTION_STATUSES, 'open or answered')),
  answer: Opt(Text('The answer, and who gave it')),
  answeredOn: Opt(DateStr('When it was answered')),
  affects: Opt(Strings('What the answer affects: ids (a purpose, a risk) or dotted paths (purposes.0.legalBasis)')),
  references: Opt(Ids('Ids of documents in references that the question or its answer rests on')),
}, { description: 'An open legal question, with an owner and a due date (Art. 5(2), 24(1))' });

const Reference = T.Object({
  id: Opt(Id()),
  title: Opt(Text('Title of the document')),
  kind: Opt(T.String({ description: 'Kind of document: legitimate-interest-assessment, transfer-impact-assessment, processor-agreement, model-card, provider-documentation, authority-guidance, sandbox-report, law, ...', examples: [...REFERENCE_KINDS] })),
  url: Opt(Text('Web address')),
  location: Opt(Text('Where the document is kept, when it is not on the web')),
  date: Opt(DateStr('Date of the document')),
  version: Opt(Text('Version of the document')),
}, { description: 'A document the assessment rests on' });

const Consultation = T.Object({
  dpo: Opt(T.Object({
    name: Opt(Text('Data protection officer (personvernombud)')),
    opinion: Opt(Text("The DPO's advice (Art. 35(2))")),
    date: Opt(DateStr('When the advice was given')),
    adviceFollowed: Opt(Bool('The advice was followed')),
    reason: Opt(Text('Why not, if the advice was not followed')),
  })),
  dataSubjects: Opt(T.Object({
    consulted: Opt(Bool("Data subjects' views were sought (Art. 35(9))")),
    how: Opt(Text('How')),
    summary: Opt(Text('What they said')),
    reason: Opt(Text('Why not, if they were not consulted')),
    followed: Opt(Bool('The decision follows the views they expressed')),
    departure: Opt(Text('Where the decision departs from their views, why (Art. 35(9))')),
  })),
  authority: Opt(T.Object({
    required: Opt(Bool('Prior consultation of the supervisory authority is required (Art. 36)')),
    date: Opt(DateStr('When the request for prior consultation was submitted')),
    reference: Opt(Text('Case number')),
    outcome: Opt(Text("The authority's written advice (Art. 36(2))")),
    adviceDate: Opt(DateStr("When the authority's written advice was given")),
    dialogue: Opt(T.Array(DialogueEntry, { description: 'Contact with the authority beyond the prior consultation: guidance, a sandbox, meetings, letters, inspections, and the positions taken' })),
  })),
}, { description: 'Consultation of the DPO, data subjects and the authority' });

const Decider = (description: string) => T.Object({
  name: Opt(Text('Full name')),
  role: Opt(Text('Role or job title')),
  date: Opt(DateStr('When')),
}, { description });

const Decision = T.Object({
  proceed: Opt(Bool('The controller decided to go ahead with the processing (with the conditions below, if any)')),
  conditions: Opt(Text('Conditions the processing goes ahead on; blank when none')),
  date: Opt(DateStr('When the decision was made')),
  residualRiskAccepted: Opt(Bool('The controller accepts the risks that remain after the measures')),
  decidedBy: Opt(Decider('Who decided to go ahead and accepted the residual risk, for the controller')),
  measuresApprovedBy: Opt(Decider('Who approved the measures and the action plan')),
  consultationReviewedBy: Opt(Decider('Who reviewed the responses of the consultation (the DPO, data subjects, the authority)')),
  keptUnderReviewBy: Opt(Decider('Who keeps the assessment under review (Art. 35(11))')),
}, { description: 'What the controller decided, and who decided it (Art. 24(1), 35(11); ICO DPIA step 7)' });

const DataModel = T.Object({
  paths: Opt(T.Array(T.String({ minLength: 1 }), { description: "Where the CRM defines the data this processing uses, for dpia scan: files, folders or globs of SQL migrations, Prisma, OpenAPI, JSON Schema, GraphQL, dbt or Salesforce metadata, relative to this file (default: the config's scan.paths)" })),
  notPersonal: Opt(T.Array(T.Object({
    fields: Opt(T.Array(T.String({ minLength: 1 }), { description: 'Field patterns, as in dataCategories[].fields' })),
    reason: Opt(Text('Why these fields are not personal data (Art. 4(1)): what they hold, and why no one can be identified from it')),
  }, { description: 'Fields judged not to be personal data, with the reason' }), { description: 'Fields whose names look like personal data but are not, each with a reason' })),
}, { description: "The CRM's own data definitions, held against this assessment by dpia scan" });

const Review = T.Object({
  cadence: Opt(Duration('How often the assessment is reviewed')),
  next: Opt(DateStr('Next review')),
  triggers: Opt(Strings('Changes that trigger a review (Art. 35(11))')),
}, { description: 'Review plan (Art. 35(11))' });

const Signoff = T.Object({
  role: Opt(Text("Role: dpo (the DPO's advice on this content, Art. 35(2), 39(1)(c)), risk-owner (the controller's risk owner: accepts the residual risk and decides to proceed), or a role from the config's roles (ciso, legal, ...)")),
  name: Opt(Text('Who signed')),
  gitIdentity: Opt(Text('The git identity (user.name <user.email>) of whoever ran dpia approve, recorded beside the name')),
  date: Opt(DateStr('When')),
  version: Opt(T.String({ pattern: VERSION_PATTERN, description: 'Version signed' })),
  contentHash: Opt(T.String({ pattern: '^sha256:[0-9a-f]{64}$', description: 'SHA-256 of the canonical content signed' })),
  sections: Opt(T.Record(T.String(), T.String({ pattern: '^[0-9a-f]{12}$' }), { description: 'Short hash of each top-level section as signed, so a stale sign-off can name what changed (written by dpia approve)' })),
  forced: Opt(Bool('Signed despite open error findings')),
  reason: Opt(Text('Why it was signed despite findings')),
}, { description: 'A sign-off' });

const HistoryEntry = T.Object({
  version: Opt(T.String({ pattern: VERSION_PATTERN, description: 'Version' })),
  date: Opt(DateStr('Date')),
  author: Opt(Text('Author')),
  summary: Opt(Text('What changed')),
}, { description: 'A version history entry' });

export const AssessmentSchema = T.Object({
  schemaVersion: Opt(T.Integer({ minimum: 1, description: 'Version of this file format' })),
  id: Opt(Id('Identifier of the assessment')),
  title: Opt(Text('Title')),
  version: Opt(T.String({ pattern: VERSION_PATTERN, description: 'Revision of this assessment, major.minor, quoted ("1.0")' })),
  status: Opt(Enum(STATUSES, 'draft, in-review or approved')),
  language: Opt(T.String({ pattern: LANGUAGE_PATTERN, description: 'Language of the answers and the documents: the code of a message catalogue (i18n/<code>/)' })),
  owner: Opt(Person),
  controller: Opt(ControllerSchema),
  system: Opt(System),
  screening: Opt(Screening),
  purposes: Opt(T.Array(Purpose, { description: 'Purposes, with necessity, proportionality and legal basis' })),
  phases: Opt(T.Array(Phase, { description: 'Phases of the AI lifecycle: development and deployment, each with its own purposes, data and notice (EDPB Opinion 28/2024)' })),
  dataSubjects: Opt(T.Array(DataSubject, { description: 'Categories of data subjects' })),
  dataCategories: Opt(T.Array(DataCategory, { description: 'Categories of personal data' })),
  consents: Opt(T.Array(Consent, { description: 'Consents, each for the purposes it names (Art. 6(1)(a), 7); replaces schemaVersion 1\'s single `consent`' })),
  recipients: Opt(T.Array(Recipient, { description: 'Recipients and transfers' })),
  dataModel: Opt(DataModel),
  security: Opt(T.Object({ measures: Opt(T.Array(Measure, { description: 'Measures' })) }, { description: 'Security measures (Art. 32)' })),
  byDesign: Opt(T.Object({
    design: Opt(Text('How data protection is built into the design: minimisation, pseudonymisation, purpose separation (Art. 25(1))')),
    defaults: Opt(Text('What happens by default: only the data each purpose needs, who sees scores, opt-outs, retention (Art. 25(2))')),
  }, { description: 'Data protection by design and by default (Art. 25)' })),
  transparency: Opt(Transparency),
  fairness: Opt(Fairness),
  risks: Opt(T.Array(Risk, { description: 'Risk register (Art. 35(7)(c)-(d))' })),
  consultation: Opt(Consultation),
  openQuestions: Opt(T.Array(OpenQuestion, { description: 'Open legal questions, with an owner and a due date; not risks (Art. 5(2), 24(1), 35(7))' })),
  references: Opt(T.Array(Reference, { description: 'Documents the assessment rests on: assessments, agreements, model cards, guidance, law' })),
  review: Opt(Review),
  decision: Opt(Decision),
  evidence: Opt(T.Object({
    fairness: Opt(T.Array(FairnessRun, { description: 'Runs of the fairness tests, oldest first (written by dpia fairness)' })),
  }, { description: 'Results of runs: evidence, not signed content; recording one never makes a sign-off stale' })),
  signoffs: Opt(T.Array(Signoff, { description: 'Sign-offs bound to a version and content hash' })),
  history: Opt(T.Array(HistoryEntry, { description: 'Version history' })),
}, {
  title: 'dpia assessment',
  description: 'A Data Protection Impact Assessment (GDPR Art. 35), schemaVersion 2',
});

export type Assessment = Static<typeof AssessmentSchema>;
export type Purpose = Static<typeof Purpose>;
export type DataCategory = Static<typeof DataCategory>;
export type DataSubject = Static<typeof DataSubject>;
export type Phase = Static<typeof Phase>;
export type Recipient = Static<typeof Recipient>;
export type Measure = Static<typeof Measure>;
export type Risk = Static<typeof Risk>;
export type FairnessTest = Static<typeof FairnessTest>;
export type FairnessRun = Static<typeof FairnessRun>;
export type Signoff = Static<typeof Signoff>;
export type Consent = Static<typeof Consent>;
export type HistoryEntry = Static<typeof HistoryEntry>;
export type Decision = Static<typeof Decision>;
export type Controller = Static<typeof ControllerSchema>;
export type OpenQuestion = Static<typeof OpenQuestion>;
export type LegalBasis = (typeof LEGAL_BASES)[number];
export type PurposeKind = (typeof PURPOSE_KINDS)[number];

/** The lists whose items carry an `id`, by top-level path. */
export const ID_LISTS = [
  'purposes', 'phases', 'dataSubjects', 'dataCategories', 'consents', 'recipients', 'security.measures', 'fairness.tests', 'risks',
  'consultation.authority.dialogue', 'openQuestions', 'references',
] as const;
