// The assessment itself and the systematic description of the processing and its AI.
import { mergeController } from '../../model/parties.ts';
import { AI_ACT_CLASSES, AI_ACT_ROLES, AI_ACT_SCREENING_CONCLUSIONS, AI_TYPES, ARTICLE22_EXCEPTIONS, CONTROLLER_TYPES, SYSTEM_STAGES } from '../../model/schema.ts';
import { dpoDesignated } from '../../rules/facts.ts';
import { aiActClass, annexIIIOutsidePoint2, decidesAboutPeople, friaRequired, highRiskDeployer, inAiAct, significantDecision } from '../../rules/ai-act/scope.ts';
import { enumChoices, questions, refChoices, type Item, type Question, type Scope, type Section, labelChoices } from '../types.ts';

const ai = ({ data }: Scope) => data.system?.ai?.used === true;
const decides = ({ data }: Scope) => ai({ data } as Scope) && data.system?.ai?.automatedDecision?.exists === true;
const significant = (s: Scope) => decides(s) && s.data.system?.ai?.automatedDecision?.significantEffect === true;
const supports = (s: Scope) => ai(s) && s.data.system?.ai?.decisionSupport?.exists === true;
// The AI Act's questions follow the ai-act/* rules: each is asked where its duty applies.
const actCovers = ({ data }: Scope) => inAiAct(data) && aiActClass(data) !== undefined;
const highRisk = ({ data }: Scope) => ai({ data } as Scope) && aiActClass(data) === 'high';
const deploysHighRisk = ({ data }: Scope) => highRiskDeployer(data);

/**
 * Art. 22(4): which data categories a significant automated decision rests on. Asked here
 * when the categories exist (edit, resume); a new interview lists its categories later,
 * so the data section asks it again right after them while it is unanswered.
 */
export const decisionCategoriesQuestion: Question = {
  id: 'system.ai.automatedDecision.categories', path: 'system.ai.automatedDecision.categories', kind: 'checkbox',
  when: (s) => significant(s) && (s.data.dataCategories ?? []).length > 0,
  choices: ({ data }: Scope) => refChoices(data.dataCategories as Item[]), principle: 'purpose', article: 'GDPR Art. 22(4)',
};

export const basicsSection: Section = {
  name: 'basics',
  questions: questions([
    { id: 'title', kind: 'text', principle: 'accountability', article: 'GDPR Art. 35(7)(a)' },
    { id: 'id', kind: 'text', slugOf: 'title', principle: 'accountability', article: 'GDPR Art. 5(2)' },
    { id: 'owner.name', kind: 'text', principle: 'accountability', article: 'GDPR Art. 5(2), 24' },
    { id: 'owner.email', kind: 'text', optional: true, principle: 'accountability', article: 'GDPR Art. 5(2)' },
    { id: 'controller.name', kind: 'text', when: ({ config }) => !config.controller?.name, principle: 'transparency', article: 'GDPR Art. 13(1)(a), 14(1)(a)' },
    { id: 'controller.orgNumber', kind: 'text', optional: true, when: ({ config }) => !config.controller?.orgNumber, principle: 'transparency', article: 'GDPR Art. 13(1)(a), 14(1)(a)' },
    { id: 'controller.email', kind: 'text', when: ({ config }) => !config.controller?.email, principle: 'transparency', article: 'GDPR Art. 13(1)(a)' },
    { id: 'controller.type', kind: 'select', when: ({ config }) => !config.controller?.type, choices: labelChoices('controllerType', CONTROLLER_TYPES), principle: 'accountability', article: 'GDPR Art. 6(1), 37(1)(a)' },
    { id: 'controller.owners', kind: 'text', optional: true, when: ({ data, config }) => !config.controller?.owners && mergeController(data, config).type === 'publicly-owned', principle: 'accountability', article: 'GDPR Art. 6(1) second subparagraph' },
    { id: 'controller.publicRole', kind: 'text', optional: true, when: ({ data, config }) => !config.controller?.publicRole && ['publicly-owned', 'public-authority'].includes(String(mergeController(data, config).type)), principle: 'purpose', article: 'GDPR Art. 6(1)(e), 6(3), 6(1) second subparagraph' },
    { id: 'controller.dpo.name', kind: 'text', optional: true, when: ({ config }) => !config.controller?.dpo?.name, principle: 'transparency', article: 'GDPR Art. 13(1)(b), 37' },
    { id: 'controller.dpo.email', kind: 'text', optional: true, when: ({ data, config }) => !config.controller?.dpo?.email && Boolean(data.controller?.dpo?.name), principle: 'transparency', article: 'GDPR Art. 13(1)(b)' },
    { id: 'controller.noDpoReason', kind: 'text', when: ({ data, config }) => !dpoDesignated(mergeController(data, config)), principle: 'accountability', article: 'GDPR Art. 37(1)' },
    { id: 'owner.role', kind: 'text', optional: true, principle: 'accountability', article: 'GDPR Art. 5(2), 24' },
  ]),
};

export const systemSection: Section = {
  name: 'system',
  questions: questions([
    { id: 'system.name', kind: 'text', principle: 'accountability', article: 'GDPR Art. 35(7)(a)' },
    { id: 'system.description', kind: 'text', principle: 'accountability', article: 'GDPR Art. 35(7)(a)' },
    { id: 'system.crm', kind: 'text', optional: true, principle: 'accountability', article: 'GDPR Art. 35(7)(a), WP248 Annex 2' },
    { id: 'system.scope', kind: 'text', optional: true, principle: 'accountability', article: 'GDPR Art. 35(7)(a)' },
    { id: 'system.context', kind: 'text', optional: true, principle: 'fairness', article: 'GDPR Art. 5(1)(a), recital 47' },
    { id: 'system.stage', kind: 'select', optional: true, choices: labelChoices('systemStage', SYSTEM_STAGES), principle: 'accountability', article: 'GDPR Art. 35(1), 35(11)' },
    { id: 'system.goLive', kind: 'date', optional: true, principle: 'accountability', article: 'GDPR Art. 35(1), 36(1)' },
    { id: 'system.assets', kind: 'text', split: true, optional: true, principle: 'data-security', article: 'GDPR Art. 35(7)(a), WP248 Annex 2' },
    { id: 'system.ai.used', kind: 'confirm', default: true, principle: 'accountability', article: 'GDPR Art. 35(1), AI Act Art. 3(1)' },
    { id: 'system.ai.type', kind: 'select', when: ai,
      choices: enumChoices(AI_TYPES), principle: 'accountability', article: 'GDPR Art. 35(7)(a)' },
    { id: 'system.ai.description', kind: 'text', when: ai, principle: 'transparency', article: 'GDPR Art. 35(7)(a)' },
    { id: 'system.ai.provider', kind: 'text', optional: true, when: ai, principle: 'data-security', article: 'GDPR Art. 28' },
    { id: 'system.ai.model', kind: 'text', optional: true, when: ai, principle: 'accountability', article: 'GDPR Art. 35(11)' },
    { id: 'system.ai.trainingData', kind: 'text', optional: true, when: ai, principle: 'data-quality', article: 'GDPR Art. 5(1)(d)' },
    // A file of schemaVersion 1 may answer under the old name, which every reader still reads: not asked again.
    { id: 'system.ai.usesPersonalDataForTraining', kind: 'confirm', default: false, when: (s) => ai(s) && (s.data.system?.ai as { usesCustomerDataForTraining?: unknown } | undefined)?.usesCustomerDataForTraining === undefined,
      principle: 'purpose', article: 'GDPR Art. 5(1)(b), 6(4)' },
    { id: 'system.ai.humanOversight', kind: 'text', when: ai, principle: 'fairness', article: 'AI Act Art. 14, 26; GDPR Art. 22(3)' },
    { id: 'system.ai.aiActRisk', kind: 'select', when: ai,
      choices: enumChoices(AI_ACT_CLASSES), principle: 'accountability', article: 'AI Act Art. 2, 3(1), 5, 6, 50(6), Annex III' },
    { id: 'system.ai.aiActRationale', kind: 'text', optional: true, when: ai, principle: 'accountability', article: 'AI Act Art. 6(3)' },
    { id: 'system.ai.annexIII', kind: 'text', split: true, optional: true, when: highRisk, principle: 'accountability', article: 'AI Act Art. 6(2), Annex III' },
    { id: 'system.ai.aiAct.role', kind: 'select', when: actCovers, choices: labelChoices('aiActRole', AI_ACT_ROLES), principle: 'accountability', article: 'AI Act Art. 3(3), 3(4)' },
    { id: 'system.ai.aiAct.literacy', kind: 'text', when: actCovers, principle: 'accountability', article: 'AI Act Art. 4' },
    { id: 'system.ai.aiAct.practices.manipulation.conclusion', kind: 'select', when: actCovers,
      choices: labelChoices('aiActConclusion', AI_ACT_SCREENING_CONCLUSIONS), principle: 'fairness', article: 'AI Act Art. 5(1)(a)' },
    { id: 'system.ai.aiAct.practices.manipulation.reasoning', kind: 'text', when: actCovers, principle: 'fairness', article: 'AI Act Art. 5(1)(a)' },
    { id: 'system.ai.aiAct.practices.vulnerabilities.conclusion', kind: 'select', when: actCovers,
      choices: labelChoices('aiActConclusion', AI_ACT_SCREENING_CONCLUSIONS), principle: 'fairness', article: 'AI Act Art. 5(1)(b)' },
    { id: 'system.ai.aiAct.practices.vulnerabilities.reasoning', kind: 'text', when: actCovers, principle: 'fairness', article: 'AI Act Art. 5(1)(b)' },
    { id: 'system.ai.aiAct.deployer.instructions', kind: 'text', when: deploysHighRisk, principle: 'accountability', article: 'AI Act Art. 26(1)' },
    { id: 'system.ai.aiAct.deployer.inputData', kind: 'text', when: deploysHighRisk, principle: 'data-quality', article: 'AI Act Art. 26(4)' },
    { id: 'system.ai.aiAct.deployer.monitoring', kind: 'text', when: deploysHighRisk, principle: 'accountability', article: 'AI Act Art. 26(5)' },
    { id: 'system.ai.aiAct.deployer.logRetention', kind: 'duration', when: deploysHighRisk, principle: 'accountability', article: 'AI Act Art. 26(6)' },
    { id: 'system.ai.aiAct.deployer.providerInformation', kind: 'text', when: deploysHighRisk, principle: 'accountability', article: 'AI Act Art. 26(9)' },
    { id: 'system.ai.aiAct.publicService', kind: 'confirm', default: false, when: (s) => deploysHighRisk(s) && s.data.controller?.type !== 'public-authority', principle: 'accountability', article: 'AI Act Art. 27(1)' },
    { id: 'system.ai.interactsWithPeople', kind: 'confirm', default: false, when: ai, principle: 'transparency', article: 'AI Act Art. 50(1)' },
    { id: 'system.ai.generatesContent', kind: 'confirm', default: false, when: ai, principle: 'transparency', article: 'AI Act Art. 50(2), 50(4)' },
    { id: 'system.ai.emotionRecognition', kind: 'confirm', default: false, when: ai, principle: 'transparency', article: 'AI Act Art. 5(1)(f), 50(3)' },
    { id: 'system.ai.automatedDecision.exists', kind: 'confirm', default: false, when: ai, principle: 'fairness', article: 'GDPR Art. 22' },
    { id: 'system.ai.automatedDecision.significantEffect', kind: 'confirm', default: false, when: decides, principle: 'fairness', article: 'GDPR Art. 22(1), C-634/21 SCHUFA' },
    { id: 'system.ai.automatedDecision.exception', kind: 'select', when: (s) => decides(s) && s.data.system?.ai?.automatedDecision?.significantEffect === true,
      choices: enumChoices(ARTICLE22_EXCEPTIONS), principle: 'fairness', article: 'GDPR Art. 22(2)' },
    { id: 'system.ai.automatedDecision.law', kind: 'text', when: (s) => significant(s) && s.data.system?.ai?.automatedDecision?.exception === 'law', principle: 'purpose', article: 'GDPR Art. 22(2)(b)' },
    decisionCategoriesQuestion,
    { id: 'system.ai.automatedDecision.logic', kind: 'text', when: decides, principle: 'transparency', article: 'GDPR Art. 13(2)(f), C-203/22' },
    { id: 'system.ai.automatedDecision.safeguards', kind: 'text', when: decides, principle: 'fairness', article: 'GDPR Art. 22(2)(b), 22(3)' },
    { id: 'system.ai.decisionSupport.exists', kind: 'confirm', default: false, when: ai, principle: 'fairness', article: 'GDPR Art. 22(1), WP251' },
    { id: 'system.ai.decisionSupport.significantEffect', kind: 'confirm', default: false, when: supports, principle: 'accountability', article: 'GDPR Art. 35(3)(a)' },
    { id: 'system.ai.decisionSupport.decidedBy', kind: 'text', when: supports, principle: 'fairness', article: 'GDPR Art. 22(1), WP251' },
    { id: 'system.ai.decisionSupport.understanding', kind: 'text', when: supports, principle: 'fairness', article: 'GDPR Art. 22(1), WP251' },
    { id: 'system.ai.decisionSupport.departure', kind: 'text', when: supports, principle: 'fairness', article: 'GDPR Art. 22(1), WP251' },
    { id: 'system.ai.aiAct.deployer.informAffected', kind: 'text', when: (s) => deploysHighRisk(s) && annexIIIOutsidePoint2(s.data) && decidesAboutPeople(s.data), principle: 'transparency', article: 'AI Act Art. 26(11)' },
    { id: 'system.ai.aiAct.explanation', kind: 'text', when: (s) => deploysHighRisk(s) && annexIIIOutsidePoint2(s.data) && significantDecision(s.data), principle: 'transparency', article: 'AI Act Art. 86(1)' },
    { id: 'system.ai.aiAct.fria.processes', kind: 'text', when: (s) => friaRequired(s.data, s.config), principle: 'accountability', article: 'AI Act Art. 27(1)(a)' },
    { id: 'system.ai.aiAct.fria.period', kind: 'text', when: (s) => friaRequired(s.data, s.config), principle: 'accountability', article: 'AI Act Art. 27(1)(b)' },
    { id: 'system.ai.aiAct.fria.affected', kind: 'text', when: (s) => friaRequired(s.data, s.config), principle: 'fairness', article: 'AI Act Art. 27(1)(c)' },
    { id: 'system.ai.aiAct.fria.risks', kind: 'text', when: (s) => friaRequired(s.data, s.config), principle: 'fairness', article: 'AI Act Art. 27(1)(d)' },
    { id: 'system.ai.aiAct.fria.oversight', kind: 'text', when: (s) => friaRequired(s.data, s.config), principle: 'fairness', article: 'AI Act Art. 27(1)(e)' },
    { id: 'system.ai.aiAct.fria.measures', kind: 'text', when: (s) => friaRequired(s.data, s.config), principle: 'accountability', article: 'AI Act Art. 27(1)(f)' },
    { id: 'system.ai.aiAct.fria.notified', kind: 'date', optional: true, when: (s) => friaRequired(s.data, s.config), principle: 'accountability', article: 'AI Act Art. 27(3)' },
  ]),
};
