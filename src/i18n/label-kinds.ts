// The kinds of label (i18n/<lang>/labels.json `<kind>.<value>`) and the values each has
// words for: most are the enumerations of the file format.
import {
  AI_ACT_RISKS, AI_TYPES, ARTICLE22_EXCEPTIONS, ART35_3, CONTROLLER_TYPES, DATA_ORIGINS, DATA_TYPES, LEGAL_BASES, LEGAL_BASIS_STATUSES,
  MEASURE_STATUSES, MEASURE_TYPES, NATIONAL_LIST, NOTICE_CHANNELS, PURPOSE_KINDS, RECIPIENT_ROLES, SCREENING_CRITERIA, SPECIAL_CATEGORY_CONDITIONS,
  RISK_EVENTS, STATUSES, TRANSFER_MECHANISMS,
} from '../model/schema.ts';
import { SCHEMA_VALUE_CODES } from '../model/schema-values.ts';
import { DURATION_UNITS, LABEL_FORMATS } from './labels.ts';

/** Every kind of label and the values it has words for (most are enumerations of the schema). */
export const LABEL_KINDS = {
  level: ['1', '2', '3', '4'],
  band: ['low', 'medium', 'high'],
  legalBasis: LEGAL_BASES,
  legalBasisArticle: LEGAL_BASES,
  // The notice speaks to the customer: the same bases in plain words.
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
  aiActRisk: AI_ACT_RISKS,
  art22Exception: ARTICLE22_EXCEPTIONS,
  criterion: SCREENING_CRITERIA,
  nationalList: NATIONAL_LIST,
  art35_3: ART35_3,
  controllerType: CONTROLLER_TYPES,
  purposeKind: PURPOSE_KINDS,
  legalBasisStatus: LEGAL_BASIS_STATUSES,
  dataType: DATA_TYPES,
  // Known values of free-text fields (the schema's `examples`): other text prints as written.
  riskEvent: RISK_EVENTS,
  channel: NOTICE_CHANNELS,
  aiType: AI_TYPES,
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
