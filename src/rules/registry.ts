// Every rule, listed explicitly and in the order `dpia rules` shows them. A retired id
// stays here as a comment so it is never reused.
import type { Rule } from './types.ts';
import { rule as schemaInvalid } from './schema/invalid.ts';
import { rule as schemaUnknownKey } from './schema/unknown-key.ts';
import { rule as refUnknown } from './ref/unknown.ts';
import { rule as refDuplicateId } from './ref/duplicate-id.ts';
import { rule as purposeMissing } from './purpose/missing.ts';
import { rule as consentWithdrawal } from './consent/withdrawal.ts';
import { rule as accountabilityPriorConsultation } from './accountability/prior-consultation.ts';
import { rule as riskMissing } from './risk/missing.ts';
import { rule as riskUnscored } from './risk/unscored.ts';
import { rule as riskUnmitigated } from './risk/unmitigated.ts';
import { rule as riskResidualHigh } from './risk/residual-high.ts';
import { rule as aiRiskClass } from './ai/risk-class.ts';
import { rule as aiChatbotDisclosure } from './ai/chatbot-disclosure.ts';
import { rule as fairnessTests } from './fairness/tests.ts';
import { rule as fairnessTestOverdue } from './fairness/test-overdue.ts';
import { rule as fairnessTestFailed } from './fairness/test-failed.ts';
import { rule as fairnessHumanReview } from './fairness/human-review.ts';
import { rule as fairnessContest } from './fairness/contest.ts';
import { rule as purposeVague } from './purpose/vague.ts';
import { rule as purposeNecessity } from './purpose/necessity.ts';
import { rule as securityMeasures } from './security/measures.ts';
import { rule as securityEncryption } from './security/encryption.ts';
import { rule as securityAccessControl } from './security/access-control.ts';
import { rule as securityBackup } from './security/backup.ts';
import { rule as securityOverdue } from './security/overdue.ts';
import { rule as legalBasisMissing } from './legal-basis/missing.ts';
import { rule as legalBasisLegitimateInterest } from './legal-basis/legitimate-interest.ts';
import { rule as legalBasisSpecialCategory } from './legal-basis/special-category.ts';
import { rule as consentRequired } from './consent/required.ts';
import { rule as consentFreelyGiven } from './consent/freely-given.ts';
import { rule as consentSpecific } from './consent/specific.ts';
import { rule as consentInformed } from './consent/informed.ts';
import { rule as consentUnambiguous } from './consent/unambiguous.ts';
import { rule as consentExplicit } from './consent/explicit.ts';
import { rule as consentRecords } from './consent/records.ts';
import { rule as accountabilityScreening } from './accountability/screening.ts';
import { rule as accountabilityDpo } from './accountability/dpo.ts';
import { rule as accountabilitySignoff } from './accountability/signoff.ts';
import { rule as accountabilitySignoffStale } from './accountability/signoff-stale.ts';
import { rule as accountabilityReviewOverdue } from './accountability/review-overdue.ts';
import { rule as accountabilityProcessorAgreement } from './accountability/processor-agreement.ts';
import { rule as dataRetention } from './data/retention.ts';
import { rule as dataDeletion } from './data/deletion.ts';
import { rule as dataAccuracy } from './data/accuracy.ts';
import { rule as dataMinimisation } from './data/minimisation.ts';
import { rule as dataSource } from './data/source.ts';
import { rule as dataUndeclaredField } from './data/undeclared-field.ts';
import { rule as dataUndeclaredSensitiveField } from './data/undeclared-sensitive-field.ts';
import { rule as dataUnmarkedSpecialField } from './data/unmarked-special-field.ts';
import { rule as dataUnmatchedFieldPattern } from './data/unmatched-field-pattern.ts';
import { rule as dataCategoryWithoutFields } from './data/category-without-fields.ts';
import { rule as transparencyNotice } from './transparency/notice.ts';
import { rule as transparencyNoticeContent } from './transparency/notice-content.ts';
import { rule as transparencyAiDisclosure } from './transparency/ai-disclosure.ts';
import { rule as transparencyLogic } from './transparency/logic.ts';
import { rule as transparencyTransfer } from './transparency/transfer.ts';
import { rule as transparencyRights } from './transparency/rights.ts';
import { rule as schemaVersion } from './schema/version.ts';
import { rule as legalBasisAutomatedDecision } from './legal-basis/automated-decision.ts';
import { rule as legalBasisAutomatedDecisionSpecial } from './legal-basis/automated-decision-special.ts';
import { rule as aiDecisionSupport } from './ai/decision-support.ts';
import { rule as aiActLiteracy } from './ai-act/literacy.ts';
import { rule as aiActProhibitedPractices } from './ai-act/prohibited-practices.ts';
import { rule as aiActDeployerDuties } from './ai-act/deployer-duties.ts';
import { rule as aiActLogs } from './ai-act/logs.ts';
import { rule as aiActFria } from './ai-act/fria.ts';
import { rule as aiActExplanation } from './ai-act/explanation.ts';
import { rule as accountabilityScreeningFacts } from './accountability/screening-facts.ts';
import { rule as accountabilityDpoDesignation } from './accountability/dpo-designation.ts';
import { rule as accountabilityDpoRequired } from './accountability/dpo-required.ts';
import { rule as transparencyObjection } from './transparency/objection.ts';
import { rule as transparencyObjectionMarketing } from './transparency/objection-marketing.ts';
import { rule as accountabilityJointController } from './accountability/joint-controller.ts';
import { rule as accountabilityDataSubjectViews } from './accountability/data-subject-views.ts';
import { rule as accountabilityConsultationPending } from './accountability/consultation-pending.ts';
import { rule as riskResidualMaximum } from './risk/residual-maximum.ts';
import { rule as legalBasisLaw } from './legal-basis/law.ts';
import { rule as legalBasisContractNecessity } from './legal-basis/contract-necessity.ts';
import { rule as purposeCompatibility } from './purpose/compatibility.ts';
import { rule as legalBasisSpecialCategoryLaw } from './legal-basis/special-category-law.ts';
import { rule as legalBasisCriminalOffence } from './legal-basis/criminal-offence.ts';
import { rule as legalBasisUncertain } from './legal-basis/uncertain.ts';
import { rule as legalBasisTrainingPublicTask } from './legal-basis/training-public-task.ts';
import { rule as legalBasisBiasTesting } from './legal-basis/bias-testing.ts';
import { rule as legalBasisPublicAuthority } from './legal-basis/public-authority.ts';
import { rule as consentPublicAuthority } from './consent/public-authority.ts';
import { rule as accountabilityOpenQuestionOverdue } from './accountability/open-question-overdue.ts';
import { rule as accountabilityOpenQuestionSigned } from './accountability/open-question-signed.ts';
import { rule as accountabilityQuestionAnswer } from './accountability/question-answer.ts';
import { rule as consentChildren } from './consent/children.ts';
import { rule as consentCoverage } from './consent/coverage.ts';
import { rule as consentOtherBasis } from './consent/other-basis.ts';
import { rule as legalBasisChildren } from './legal-basis/children.ts';
import { rule as transparencyChildren } from './transparency/children.ts';
import { rule as transferAdequacy } from './transfer/adequacy.ts';
import { rule as transferDerogation } from './transfer/derogation.ts';
import { rule as transferImpactAssessment } from './transfer/impact-assessment.ts';
import { rule as transferInsideEea } from './transfer/inside-eea.ts';
import { rule as aiAnswersWithoutAi } from './ai/answers-without-ai.ts';
import { rule as dataFreeText } from './data/free-text.ts';
import { rule as accountabilityByDesign } from './accountability/by-design.ts';
import { rule as accountabilityGoLive } from './accountability/go-live.ts';
import { rule as securityPlannedMeasure } from './security/planned-measure.ts';
import { rule as dataStorageProcessor } from './data/storage-processor.ts';
import { rule as norwayDeviceAccess } from './norway/device-access.ts';
import { rule as norwayElectronicMarketing } from './norway/electronic-marketing.ts';
import { rule as norwayNationalId } from './norway/national-id.ts';
import { rule as purposeCollectionBeforeBasis } from './purpose/collection-before-basis.ts';
import { rule as purposePhaseReuse } from './purpose/phase-reuse.ts';
import { rule as purposePhaseBasis } from './purpose/phase-basis.ts';
import { rule as purposePlannedStart } from './purpose/planned-start.ts';
import { rule as purposePossibleInUse } from './purpose/possible-in-use.ts';
import { rule as aiLifecyclePhases } from './ai/lifecycle-phases.ts';

export const RULES: readonly Rule[] = [
  // schema
  schemaInvalid,
  schemaUnknownKey,
  schemaVersion,
  // ref
  refUnknown,
  refDuplicateId,
  // purpose
  purposeMissing,
  purposeVague,
  purposeNecessity,
  purposeCompatibility,
  purposeCollectionBeforeBasis,
  purposePhaseReuse,
  purposePhaseBasis,
  purposePlannedStart,
  purposePossibleInUse,
  // legal-basis
  legalBasisMissing,
  legalBasisLegitimateInterest,
  legalBasisSpecialCategory,
  legalBasisAutomatedDecision,
  legalBasisAutomatedDecisionSpecial,
  legalBasisLaw,
  legalBasisContractNecessity,
  legalBasisSpecialCategoryLaw,
  legalBasisCriminalOffence,
  legalBasisUncertain,
  legalBasisTrainingPublicTask,
  legalBasisBiasTesting,
  legalBasisPublicAuthority,
  legalBasisChildren,
  // consent
  consentWithdrawal,
  consentRequired,
  consentFreelyGiven,
  consentSpecific,
  consentInformed,
  consentUnambiguous,
  consentExplicit,
  consentRecords,
  consentChildren,
  consentPublicAuthority,
  consentCoverage,
  consentOtherBasis,
  // data
  dataRetention,
  dataDeletion,
  dataAccuracy,
  dataMinimisation,
  dataSource,
  dataFreeText,
  dataStorageProcessor,
  // data: the CRM's schemas held against the assessment (dpia scan, or check with scan.check)
  dataUndeclaredSensitiveField,
  dataUndeclaredField,
  dataUnmarkedSpecialField,
  dataUnmatchedFieldPattern,
  dataCategoryWithoutFields,
  // security
  securityMeasures,
  securityEncryption,
  securityAccessControl,
  securityBackup,
  securityOverdue,
  securityPlannedMeasure,
  // accountability
  accountabilityScreening,
  accountabilityDpo,
  accountabilitySignoff,
  accountabilitySignoffStale,
  accountabilityPriorConsultation,
  accountabilityReviewOverdue,
  accountabilityProcessorAgreement,
  accountabilityScreeningFacts,
  accountabilityDpoDesignation,
  accountabilityDpoRequired,
  accountabilityJointController,
  accountabilityDataSubjectViews,
  accountabilityConsultationPending,
  accountabilityByDesign,
  accountabilityGoLive,
  accountabilityOpenQuestionOverdue,
  accountabilityOpenQuestionSigned,
  accountabilityQuestionAnswer,
  // transparency
  transparencyNotice,
  transparencyNoticeContent,
  transparencyAiDisclosure,
  transparencyLogic,
  transparencyTransfer,
  transparencyRights,
  transparencyObjection,
  transparencyObjectionMarketing,
  transparencyChildren,
  // transfer (Chapter V)
  transferAdequacy,
  transferDerogation,
  transferImpactAssessment,
  transferInsideEea,
  // fairness
  fairnessTests,
  fairnessTestOverdue,
  fairnessTestFailed,
  fairnessHumanReview,
  fairnessContest,
  // risk
  riskMissing,
  riskUnscored,
  riskUnmitigated,
  riskResidualHigh,
  riskResidualMaximum,
  // ai
  aiRiskClass,
  aiChatbotDisclosure,
  aiDecisionSupport,
  aiLifecyclePhases,
  aiAnswersWithoutAi,
  // norway: Norwegian acts around a CRM (silent for a controller recorded outside Norway)
  norwayDeviceAccess,
  norwayElectronicMarketing,
  norwayNationalId,
  // ai-act (Regulation (EU) 2024/1689; a group the config can set to warn)
  aiActLiteracy,
  aiActProhibitedPractices,
  aiActDeployerDuties,
  aiActLogs,
  aiActFria,
  aiActExplanation,
];

export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((rule) => [rule.id, rule]));
