// What a privacy notice must hold (GDPR Art. 13 and 14, AI Act Art. 50), as data: one
// entry per element with its articles, when it applies and when the assessment supplies
// it. `render --doc notice` refuses while an element that applies is missing; the
// templates mark the same gaps in a draft; a test removes each element in turn.
// Plain logic over the assessment, no templating: `check` uses it too
// (transparency/notice-content), so that check and render agree.
import type { Authority } from '../config.ts';
import type { Assessment, Controller, DataCategory } from './schema.ts';
import { aiUsed, dpoDesignated, filled, list, obtainedElsewhere, outsideEEA, reliesOnConsent, significantAutomatedDecision } from '../rules/facts.ts';
import { objectablePurposes } from '../rules/right-to-object.ts';
import { currentPurposes, possiblePurpose } from '../rules/purpose/lifecycle-facts.ts';

export interface NoticeContext {
  data: Assessment;
  controller: Controller;
  /**
   * The config's `authority`; none: Datatilsynet, whose name and address are in every
   * documents catalogue and whose website and e-mail are dpia's own (parties.ts), so the
   * notice names it in full.
   */
  authority: Authority | undefined;
}

export interface NoticeElement {
  id: string;
  /** Article references: Art. 13 (data from the person), Art. 14 (from elsewhere), the AI Act. */
  articles: { art13?: string; art14?: string; aiAct?: string };
  applies(ctx: NoticeContext): boolean;
  present(ctx: NoticeContext): boolean;
}

/** Data obtained from somewhere other than the person: Art. 14 applies to it. */
export function fromElsewhere(category: DataCategory): boolean {
  return obtainedElsewhere(category) === true;
}

/** Data collected from the person (given or observed): Art. 13 applies to it. */
export function fromThePerson(category: DataCategory): boolean {
  return !fromElsewhere(category);
}

export function thirdCountryRecipients(data: Assessment) {
  return list(data.recipients).filter((r) => outsideEEA(r.country));
}

/**
 * The file as the notice tells it: a possible purpose is not a purpose the data is intended
 * for yet (Art. 13(1)(c)), so its basis, interest, objection and consent are told once it is
 * decided or planned, and until then only in the notice's block of possible uses.
 */
export function told(data: Assessment): Assessment {
  const purposes = list(data.purposes);
  if (!purposes.some(possiblePurpose)) return data;
  const possible = new Set(purposes.filter(possiblePurpose).map((p) => p.id));
  return {
    ...data,
    purposes: currentPurposes(data),
    // A consent that covers only possible purposes is not asked for yet.
    ...(Array.isArray(data.consents)
      ? { consents: data.consents.filter((c) => !(list(c?.purposes).length > 0 && list(c?.purposes).every((id) => possible.has(id)))) }
      : {}),
  };
}

export function legitimateInterestPurposes(data: Assessment) {
  return list(data.purposes).filter((p) => p.legalBasis === 'legitimate-interests');
}

/** A purpose whose legal basis the file records as uncertain or contested: internal analysis, not a reason a notice may give. */
export function unsettledBasis(purpose: { legalBasisStatus?: string }): boolean {
  return purpose.legalBasisStatus === 'uncertain' || purpose.legalBasisStatus === 'contested';
}

/**
 * Whether the file says if a decision with legal or similarly significant effect is made
 * by automated means alone (Art. 22(1)): `exists: false`, or `exists: true` with
 * `significantEffect` answered. Absence is not "no".
 */
export function automatedDecisionStated(data: Assessment): boolean {
  const decision = data.system?.ai?.automatedDecision;
  return decision?.exists === false || (decision?.exists === true && typeof decision.significantEffect === 'boolean');
}

/** Art. 22(1): a decision based solely on automated processing with legal or similarly significant effect. */
export function article22Applies(data: Assessment): boolean {
  return significantAutomatedDecision(data);
}

/**
 * AI Act Art. 50(1) and (3): people interact with the AI, or it recognises emotions or
 * categorises people biometrically. Generated content alone does not oblige the deployer
 * to tell (50(2) is the provider's marking duty; 50(4) covers deepfakes and public text).
 */
export function aiDisclosureApplies(data: Assessment): boolean {
  const ai = data.system?.ai;
  return ai?.used === true && (ai.interactsWithPeople === true || ai.emotionRecognition === true);
}

const always = () => true;
const categories = (ctx: NoticeContext) => list(ctx.data.dataCategories);

export const NOTICE_ELEMENTS: readonly NoticeElement[] = [
  {
    id: 'controller',
    articles: { art13: '13(1)(a)', art14: '14(1)(a)' },
    applies: always,
    present: ({ controller }) => filled(controller.name) && (filled(controller.email) || filled(controller.address) || filled(controller.phone)),
  },
  {
    id: 'dpo',
    articles: { art13: '13(1)(b)', art14: '14(1)(b)' },
    // "Where applicable": only where a DPO is designated (Art. 37).
    applies: ({ controller }) => dpoDesignated(controller),
    present: ({ controller }) => filled(controller.dpo?.email) || filled(controller.dpo?.phone),
  },
  {
    id: 'purposes',
    articles: { art13: '13(1)(c)', art14: '14(1)(c)' },
    applies: always,
    // The purpose in the people's words (notice.text): the internal description is not shown.
    // Only purposes the data is intended for (Art. 13(1)(c)): a possible purpose is not one
    // yet, and the notice never presents it as decided.
    present: ({ data }) => {
      const intended = list(told(data).purposes);
      return intended.length > 0 && intended.every((p) => filled(p.notice?.text) && filled(p.legalBasis));
    },
  },
  {
    // A basis recorded as uncertain or contested is internal analysis: the notice cannot give it as the reason the processing is lawful.
    id: 'settled-basis',
    articles: { art13: '13(1)(c)', art14: '14(1)(c)' },
    applies: ({ data }) => list(told(data).purposes).length > 0,
    present: ({ data }) => !list(told(data).purposes).some(unsettledBasis),
  },
  {
    id: 'categories',
    articles: { art14: '14(1)(d)' },
    // With no category recorded, the notice cannot say what it uses.
    applies: (ctx) => categories(ctx).length === 0 || categories(ctx).some(fromElsewhere),
    present: (ctx) => categories(ctx).length > 0 && categories(ctx).filter(fromElsewhere).every((c) => filled(c.name)),
  },
  {
    id: 'legitimate-interests',
    articles: { art13: '13(1)(d)', art14: '14(2)(b)' },
    applies: ({ data }) => legitimateInterestPurposes(told(data)).length > 0,
    // In the people's words (notice.interest); the recorded purpose test and balancing stay internal.
    present: ({ data }) => legitimateInterestPurposes(told(data)).every((p) => filled(p.notice?.interest)),
  },
  {
    id: 'recipients',
    articles: { art13: '13(1)(e)', art14: '14(1)(e)' },
    applies: always,
    present: ({ data }) => Array.isArray(data.recipients) && data.recipients.every((r) => filled(r.name)),
  },
  {
    id: 'transfers',
    articles: { art13: '13(1)(f)', art14: '14(1)(f)' },
    // A recipient without a country leaves open whether data leaves the EEA.
    applies: ({ data }) => thirdCountryRecipients(data).length > 0 || list(data.recipients).some((r) => !filled(r.country)),
    present: ({ data }) => list(data.recipients).every((r) => filled(r.country)) && thirdCountryRecipients(data).every((r) => filled(r.transfer?.mechanism) && (r.transfer?.mechanism === 'adequacy' || filled(r.transfer?.details))),
  },
  {
    id: 'retention',
    articles: { art13: '13(2)(a)', art14: '14(2)(a)' },
    applies: always,
    present: (ctx) => categories(ctx).length > 0 && categories(ctx).every((c) => filled(c.retention) || filled(c.retentionCriteria)),
  },
  {
    id: 'rights',
    articles: { art13: '13(2)(b)', art14: '14(2)(c)' },
    applies: always,
    present: ({ data, controller }) => filled(data.transparency?.rights?.contact) || filled(controller.email),
  },
  {
    // Art. 21(4): stated explicitly and apart from the other rights; the templates give it
    // its own section, quoting each purpose's objection.how.
    id: 'objection',
    articles: { art13: '13(2)(b)', art14: '14(2)(c)' },
    applies: ({ data }) => objectablePurposes(told(data)).length > 0,
    present: ({ data }) => objectablePurposes(told(data)).every((p) => filled(p.objection?.how)),
  },
  {
    id: 'withdraw-consent',
    articles: { art13: '13(2)(c)', art14: '14(2)(d)' },
    applies: ({ data }) => reliesOnConsent(told(data)),
    // Every consent the notice tells says how it is withdrawn.
    present: ({ data }) => list(told(data).consents).length > 0 && list(told(data).consents).every((c) => filled(c?.withdrawal?.how)),
  },
  {
    id: 'complaint',
    articles: { art13: '13(2)(d)', art14: '14(2)(e)' },
    applies: always,
    present: ({ authority }) => authority === undefined || (filled(authority.name) && (filled(authority.address) || filled(authority.website) || filled(authority.email))),
  },
  {
    id: 'requirement',
    articles: { art13: '13(2)(e)' },
    applies: (ctx) => categories(ctx).some((c) => c.origin === 'data-subject'),
    present: (ctx) => categories(ctx).filter((c) => c.origin === 'data-subject').every((c) => filled(c.required)),
  },
  {
    id: 'source',
    articles: { art14: '14(2)(f)' },
    applies: (ctx) => categories(ctx).some(fromElsewhere),
    present: (ctx) => categories(ctx).filter(fromElsewhere).every((c) => filled(c.source)),
  },
  {
    id: 'automated-decision',
    articles: { art13: '13(2)(f)', art14: '14(2)(g)' },
    applies: ({ data }) => article22Applies(data),
    // The logic in the people's words (transparency.logicExplanation); the recorded safeguards must exist (Art. 22(3)).
    present: ({ data }) => filled(data.transparency?.logicExplanation) && filled(data.system?.ai?.automatedDecision?.safeguards),
  },
  {
    // Art. 13(2)(f): the existence of such decisions. Where AI is used, the notice says whether
    // there are any only when the file answers it.
    id: 'automated-decision-stated',
    articles: { art13: '13(2)(f)', art14: '14(2)(g)' },
    applies: ({ data }) => aiUsed(data) || data.system?.ai?.automatedDecision?.exists !== undefined,
    present: ({ data }) => automatedDecisionStated(data),
  },
  {
    id: 'ai-disclosure',
    articles: { aiAct: '50' },
    applies: ({ data }) => aiDisclosureApplies(data),
    // What the notice tells the people (transparency.notice.ai); aiDisclosure records how they are told.
    present: ({ data }) => filled(data.transparency?.notice?.ai),
  },
];

/** The elements that apply to this assessment but are missing from it. */
export function missingNoticeElements(ctx: NoticeContext): NoticeElement[] {
  return NOTICE_ELEMENTS.filter((element) => element.applies(ctx) && !element.present(ctx));
}
