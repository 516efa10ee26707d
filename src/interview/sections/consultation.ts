// Consultation of the DPO, the data subjects and (when residual risk stays high) the
// authority; then the review plan.
import { mergeController } from '../../model/parties.ts';
import { addDuration } from '../../model/dates.ts';
import { dpoDesignated, riskBand } from '../../rules/facts.ts';
import { DIALOGUE_KINDS, QUESTION_STATUSES, REFERENCE_KINDS } from '../../model/schema.ts';
import { itemQuestions, labelChoices, questions, type Item, type Scope, type Section } from '../types.ts';

export const residualHigh = ({ data }: Scope) => (data.risks ?? []).some((r) => r.residual?.likelihood !== undefined && r.residual?.severity !== undefined && riskBand(r.residual.likelihood, r.residual.severity) === 'high');

/** The DPO's advice is sought where a DPO is designated (Art. 35(2)); without one there is no advice to record. */
const withDpo = ({ data, config }: Scope) => dpoDesignated(mergeController(data, config));
const consulted = ({ data }: Scope) => data.consultation?.dataSubjects?.consulted === true;
const prior = ({ data }: Scope) => data.consultation?.authority?.required === true;

const answered = ({ item }: Scope) => item?.status === 'answered';

/** Contact with the authority beyond Art. 36, the open legal questions and the documents relied on (Art. 5(2), 24(1)). */
const authorityQuestions = [
  {
    id: 'consultation.authority.dialogue', path: 'consultation.authority.dialogue', kind: 'list-of-items' as const,
    label: (item: Item) => [item.date, item.kind].filter((v) => v !== undefined).map(String).join(' ') || '?',
    principle: 'accountability' as const, article: 'GDPR Art. 5(2), 31, 57(1)(d)',
    item: itemQuestions('consultation.authority.dialogue', [
      { key: 'date', kind: 'date', principle: 'accountability', article: 'GDPR Art. 5(2)' },
      { key: 'kind', kind: 'select', choices: labelChoices('dialogueKind', DIALOGUE_KINDS), principle: 'accountability', article: 'GDPR Art. 5(2)' },
      { key: 'summary', kind: 'text', principle: 'accountability', article: 'GDPR Art. 5(2)' },
      { key: 'authorityPosition', kind: 'text', optional: true, principle: 'accountability', article: 'GDPR Art. 5(2)' },
      { key: 'ourPosition', kind: 'text', optional: true, principle: 'accountability', article: 'GDPR Art. 5(2), 24(1)' },
      { key: 'disagreement', kind: 'confirm', default: false, principle: 'accountability', article: 'GDPR Art. 5(2), 24(1)' },
      { key: 'resolution', kind: 'text', optional: true, when: ({ item }) => item?.disagreement === true, principle: 'accountability', article: 'GDPR Art. 5(2)' },
    ]),
  },
  {
    id: 'openQuestions', path: 'openQuestions', kind: 'list-of-items' as const, label: (item: Item) => String(item.id ?? item.question ?? '?'),
    principle: 'accountability' as const, article: 'GDPR Art. 5(2), 24(1), 35(7)',
    item: itemQuestions('openQuestions', [
      { key: 'question', kind: 'text', principle: 'accountability', article: 'GDPR Art. 5(2), 35(7)' },
      { key: 'id', kind: 'text', slugOf: 'question', principle: 'accountability', article: 'GDPR Art. 5(2)' },
      { key: 'owner', kind: 'text', principle: 'accountability', article: 'GDPR Art. 24(1)' },
      { key: 'due', kind: 'date', principle: 'accountability', article: 'GDPR Art. 5(2), 24(1)' },
      { key: 'status', kind: 'select', default: 'open', choices: labelChoices('questionStatus', QUESTION_STATUSES), principle: 'accountability', article: 'GDPR Art. 5(2)' },
      { key: 'answer', kind: 'text', when: answered, principle: 'accountability', article: 'GDPR Art. 5(2)' },
      { key: 'answeredOn', kind: 'date', when: answered, default: ({ today }: Scope) => today, principle: 'accountability', article: 'GDPR Art. 5(2)' },
      { key: 'affects', kind: 'text', split: true, optional: true, principle: 'accountability', article: 'GDPR Art. 35(7)' },
    ]),
  },
  {
    id: 'references', path: 'references', kind: 'list-of-items' as const, label: (item: Item) => String(item.id ?? item.title ?? '?'),
    principle: 'accountability' as const, article: 'GDPR Art. 5(2)',
    item: itemQuestions('references', [
      { key: 'title', kind: 'text', principle: 'accountability', article: 'GDPR Art. 5(2)' },
      { key: 'id', kind: 'text', slugOf: 'title', principle: 'accountability', article: 'GDPR Art. 5(2)' },
      { key: 'kind', kind: 'select', choices: labelChoices('referenceKind', REFERENCE_KINDS), principle: 'accountability', article: 'GDPR Art. 5(2)' },
      { key: 'url', kind: 'text', optional: true, principle: 'accountability', article: 'GDPR Art. 5(2)' },
      { key: 'location', kind: 'text', optional: true, when: ({ item }) => item?.url === undefined, principle: 'accountability', article: 'GDPR Art. 5(2)' },
      { key: 'date', kind: 'date', optional: true, principle: 'accountability', article: 'GDPR Art. 5(2)' },
      { key: 'version', kind: 'text', optional: true, principle: 'accountability', article: 'GDPR Art. 5(2)' },
    ]),
  },
];

export const consultationSection: Section = {
  name: 'consultation',
  questions: questions([
    { id: 'consultation.dpo.name', kind: 'text', when: withDpo, default: ({ data }: Scope) => data.controller?.dpo?.name, principle: 'accountability', article: 'GDPR Art. 35(2), 39(1)(c)' },
    { id: 'consultation.dpo.opinion', kind: 'text', when: withDpo, principle: 'accountability', article: 'GDPR Art. 35(2)' },
    { id: 'consultation.dpo.date', kind: 'date', when: withDpo, default: ({ today }: Scope) => today, principle: 'accountability', article: 'GDPR Art. 5(2)' },
    { id: 'consultation.dpo.adviceFollowed', kind: 'confirm', when: withDpo, default: true, principle: 'accountability', article: 'GDPR Art. 35(2)' },
    { id: 'consultation.dpo.reason', kind: 'text', when: (s) => withDpo(s) && s.data.consultation?.dpo?.adviceFollowed === false, principle: 'accountability', article: 'GDPR Art. 35(2)' },
    { id: 'consultation.dataSubjects.consulted', kind: 'confirm', default: false, principle: 'accountability', article: 'GDPR Art. 35(9)' },
    { id: 'consultation.dataSubjects.how', kind: 'text', when: consulted, principle: 'accountability', article: 'GDPR Art. 35(9)' },
    { id: 'consultation.dataSubjects.summary', kind: 'text', when: consulted, principle: 'accountability', article: 'GDPR Art. 35(9)' },
    { id: 'consultation.dataSubjects.followed', kind: 'confirm', default: true, when: consulted, principle: 'accountability', article: 'GDPR Art. 35(9)' },
    { id: 'consultation.dataSubjects.departure', kind: 'text', when: (s) => consulted(s) && s.data.consultation?.dataSubjects?.followed === false, principle: 'accountability', article: 'GDPR Art. 35(9), WP248 rev.01' },
    { id: 'consultation.dataSubjects.reason', kind: 'text', when: ({ data }) => data.consultation?.dataSubjects?.consulted === false, principle: 'accountability', article: 'GDPR Art. 35(9)' },
    { id: 'consultation.authority.required', kind: 'confirm', default: (s: Scope) => residualHigh(s), principle: 'accountability', article: 'GDPR Art. 36(1)' },
    { id: 'consultation.authority.date', kind: 'date', optional: true, when: prior, principle: 'accountability', article: 'GDPR Art. 36(1)-(2)' },
    { id: 'consultation.authority.reference', kind: 'text', optional: true, when: prior, principle: 'accountability', article: 'GDPR Art. 36' },
    { id: 'consultation.authority.outcome', kind: 'text', optional: true, when: prior, principle: 'accountability', article: 'GDPR Art. 36(2)' },
    { id: 'consultation.authority.adviceDate', kind: 'date', optional: true, when: prior, principle: 'accountability', article: 'GDPR Art. 36(2)' },
    ...authorityQuestions,
  ]),
};

export const reviewSection: Section = {
  name: 'review',
  questions: questions([
    { id: 'review.cadence', kind: 'duration', default: 'P1Y', principle: 'accountability', article: 'GDPR Art. 35(11)' },
    { id: 'review.next', kind: 'date', default: ({ data, today }: Scope) => addDuration(today, data.review?.cadence ?? 'P1Y'), principle: 'accountability', article: 'GDPR Art. 35(11)' },
    { id: 'review.triggers', kind: 'checkbox',
      choices: [
        { value: 'new model or model version' },
        { value: 'new data source or category' },
        { value: 'new purpose' },
        { value: 'new recipient or country' },
        { value: 'failed bias test' },
        { value: 'security incident or complaint' },
      ], principle: 'accountability', article: 'GDPR Art. 35(11)' },
  ]),
};

const proceeds = ({ data }: Scope) => data.decision?.proceed === true;

/** What the controller decided and who decided it (Art. 5(2), 24(1)): the DPO advises, the controller's risk owner decides. */
export const decisionSection: Section = {
  name: 'decision',
  questions: questions([
    { id: 'decision.measuresApprovedBy.name', kind: 'text', default: ({ data }: Scope) => data.owner?.name, principle: 'accountability', article: 'GDPR Art. 24(1), 35(7)(d)' },
    { id: 'decision.measuresApprovedBy.role', kind: 'text', optional: true, principle: 'accountability', article: 'GDPR Art. 24(1)' },
    { id: 'decision.measuresApprovedBy.date', kind: 'date', default: ({ today }: Scope) => today, principle: 'accountability', article: 'GDPR Art. 5(2)' },
    { id: 'decision.consultationReviewedBy.name', kind: 'text', optional: true, principle: 'accountability', article: 'GDPR Art. 35(2), 35(9)' },
    { id: 'decision.consultationReviewedBy.role', kind: 'text', optional: true, when: ({ data }) => Boolean(data.decision?.consultationReviewedBy?.name), principle: 'accountability', article: 'GDPR Art. 35(9)' },
    { id: 'decision.consultationReviewedBy.date', kind: 'date', optional: true, when: ({ data }) => Boolean(data.decision?.consultationReviewedBy?.name), principle: 'accountability', article: 'GDPR Art. 5(2)' },
    { id: 'decision.residualRiskAccepted', kind: 'confirm', default: (s: Scope) => !residualHigh(s), principle: 'accountability', article: 'GDPR Art. 24(1), 36(1)' },
    { id: 'decision.proceed', kind: 'confirm', default: true, principle: 'accountability', article: 'GDPR Art. 24(1), 36(1)' },
    { id: 'decision.conditions', kind: 'text', optional: true, when: proceeds, principle: 'accountability', article: 'GDPR Art. 24(1)' },
    { id: 'decision.decidedBy.name', kind: 'text', default: ({ data }: Scope) => data.owner?.name, principle: 'accountability', article: 'GDPR Art. 5(2), 24(1)' },
    { id: 'decision.decidedBy.role', kind: 'text', optional: true, principle: 'accountability', article: 'GDPR Art. 24(1)' },
    { id: 'decision.date', kind: 'date', default: ({ today }: Scope) => today, principle: 'accountability', article: 'GDPR Art. 5(2)' },
    { id: 'decision.keptUnderReviewBy.name', kind: 'text', optional: true, default: ({ data }: Scope) => data.owner?.name, principle: 'accountability', article: 'GDPR Art. 35(11)' },
    { id: 'decision.keptUnderReviewBy.role', kind: 'text', optional: true, when: ({ data }) => Boolean(data.decision?.keptUnderReviewBy?.name), principle: 'accountability', article: 'GDPR Art. 35(11)' },
  ]),
};
