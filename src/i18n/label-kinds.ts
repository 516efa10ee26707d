// The kinds of label (i18n/<lang>/labels.json `<kind>.<value>`) and the values each has
// words for: most are the enumerations of the file format.
import {
  AI_ACT_CLASSES, AI_ACT_ROLES, AI_ACT_SCREENING_CONCLUSIONS, AI_TYPES, ARTICLE22_EXCEPTIONS, ART35_3, CONTROLLER_TYPES, SYSTEM_STAGES, DATA_ORIGINS, DATA_TYPES, DEVICE_TECHNOLOGIES, LEGAL_BASES, LEGAL_BASIS_STATUSES, MARKETING_BASES, MARKETING_CHANNELS,
  MEASURE_STATUSES, MEASURE_TYPES, NATIONAL_LIST, NOTICE_CHANNELS, PHASE_STAGES, PHASE_STEPS, PURPOSE_KINDS, PURPOSE_STATUSES, RECIPIENT_ROLES, SCREENING_CRITERIA, SPECIAL_CATEGORY_CONDITIONS,
  RISK_EVENTS, STATUSES, TRANSFER_MECHANISMS, DIALOGUE_KINDS, QUESTION_STATUSES, REFERENCE_KINDS, FAIRNESS_METRICS, FAIRNESS_RATES,
} from '../model/schema.ts';
import { SCHEMA_VALUE_CODES } from '../model/schema-values.ts';
import { DURATION_UNITS, LABEL_FORMATS } from './labels.ts';

/** Every kind of label and the values it has words for (most are enumerations of the schema). */
export const LABEL_KINDS = {
  level: ['1', '2', '3', '4'],
  band: ['low', 'medium', 'high'],
  legalBasis: LEGAL_BASES,
  legalBasisArticle: LEGAL_BASES,
  // The notice speaks to the person: the same bases in plain words.
  legalBasisPlain: LEGAL_BASES,
  specialCategoryCondition: SPECIAL_CATEGORY_CONDITIONS,
  role: RECIPIENT_ROLES,
  rolePlain: RECIPIENT_ROLES,
  transferMechanism: TRANSFER_MECHANISMS,
  measureType: MEASURE_TYPES,
  measureStatus: MEASURE_STATUSES,
  origin: DATA_ORIGINS,
  originPlain: DATA_ORIGINS,
  status: STATUSES,
  aiActRisk: AI_ACT_CLASSES,
  aiActRole: AI_ACT_ROLES,
  aiActConclusion: AI_ACT_SCREENING_CONCLUSIONS,
  art22Exception: ARTICLE22_EXCEPTIONS,
  criterion: SCREENING_CRITERIA,
  nationalList: NATIONAL_LIST,
  art35_3: ART35_3,
  controllerType: CONTROLLER_TYPES,
  systemStage: SYSTEM_STAGES,
  purposeKind: PURPOSE_KINDS,
  legalBasisStatus: LEGAL_BASIS_STATUSES,
  purposeStatus: PURPOSE_STATUSES,
  phaseStage: PHASE_STAGES,
  // The notice names a stage in plain words: "the development of the AI".
  phaseStagePlain: PHASE_STAGES,
  phaseStep: PHASE_STEPS,
  dataType: DATA_TYPES,
  deviceTechnology: DEVICE_TECHNOLOGIES,
  marketingChannel: MARKETING_CHANNELS,
  marketingBasis: MARKETING_BASES,
  fairnessMetric: FAIRNESS_METRICS,
  fairnessRate: FAIRNESS_RATES,
  fairnessVerdict: ['pass', 'fail', 'inconclusive'],
  fairnessReason: ['fewer-than-two-groups', 'all-rates-zero'],
  // Known values of free-text fields (the schema's `examples`): other text prints as written.
  riskEvent: RISK_EVENTS,
  channel: NOTICE_CHANNELS,
  aiType: AI_TYPES,
  referenceKind: REFERENCE_KINDS,
  dialogueKind: DIALOGUE_KINDS,
  questionStatus: QUESTION_STATUSES,
  signoffRole: ['dpo', 'risk-owner', 'owner', 'ciso', 'controller'],
  yesNo: ['true', 'false', 'unknown'],
  severity: ['error', 'warning'],
  schemaValue: SCHEMA_VALUE_CODES,
  // The countries with an adequacy decision, named in transfer/adequacy's reason.
  month: ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12'],
} as const satisfies Record<string, readonly string[]>;

export type LabelKind = keyof typeof LABEL_KINDS;

/** Every key of the labels catalogue that the code asks for. */
export function usedLabelKeys(): string[] {
  return [
    ...Object.entries(LABEL_KINDS).flatMap(([kind, values]) => values.map((value) => `${kind}.${value}`)),
    ...DURATION_UNITS.map((unit) => `duration.${unit}`),
    ...LABEL_FORMATS,
  ].sort();
}
