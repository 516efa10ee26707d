// The data the templates see: the assessment with every string escaped (escape.ts), plus
// what a template should not have to work out: names behind ids, risk levels, transfers,
// the merged controller, the authority, open findings and the notice's gaps.
import type { Authority, Config } from '../config.ts';
import type { DescribedFinding } from '../formatters/types.ts';
import { compareDates, isDate } from '../model/dates.ts';
import { contentHash } from '../model/hash.ts';
import type { Assessment, DataCategory, Measure, Risk } from '../model/schema.ts';
import { aiUsed, dpoDesignated, list, outsideEEA, reliesOnConsent, riskBand } from '../rules/facts.ts';
import { directMarketing, objectionOnGrounds } from '../rules/right-to-object.ts';
import type { Lang } from '../rules/types.ts';
import { localiseCitation } from '../i18n/articles.ts';
import { escapeDeep } from './escape.ts';
import {
  aiDisclosureApplies, article22Applies, elementArticles, elementLabel, fromElsewhere, fromThePerson, told, type NoticeElement,
} from './notice-elements.ts';
import { authorityFor, mergeController } from '../model/parties.ts';
import { peopleConcerned, usesPersonalDataForTraining } from '../model/people.ts';
import { reportView } from './report-view.ts';
import { authorityView } from './authority-view.ts';
import { countryName as countryNameIn } from '../i18n/countries.ts';
import { noticeView } from './notice-view.ts';
import { storageView } from './storage-view.ts';
import { lifecycleView } from './lifecycle-view.ts';
import { possiblePurpose } from '../rules/purpose/lifecycle-facts.ts';

export interface ViewInput {
  data: Assessment;
  config: Config;
  lang: Lang;
  format: 'md' | 'html';
  draft: boolean;
  findings: DescribedFinding[];
  missing: NoticeElement[];
  /** The documents catalogue's language: `lang`, or the pseudo-locale in tests. */
  messages?: string;
}

export interface RiskLevel {
  likelihood: number;
  severity: number;
  score: number;
  band: 'low' | 'medium' | 'high';
}

function level(likelihood: unknown, severity: unknown): RiskLevel | undefined {
  if (typeof likelihood !== 'number' || typeof severity !== 'number') return undefined;
  return { likelihood, severity, score: likelihood * severity, band: riskBand(likelihood, severity) };
}

const BAND_ORDER = { low: 1, medium: 2, high: 3 } as const;

export function riskLevels(risk: Risk): { inherent?: RiskLevel; residual?: RiskLevel } {
  return { inherent: level(risk.likelihood, risk.severity), residual: level(risk.residual?.likelihood, risk.residual?.severity) };
}

/** The date of the assessment's newest history entry (YYYY-MM-DD), if it has one. */
export function lastChanged(data: Assessment): string | undefined {
  return list(data.history).map((h) => h.date).filter(isDate).sort((a, b) => compareDates(a, b)!).pop();
}

export function buildView(input: ViewInput): Record<string, unknown> {
  const { data, config, lang } = input;
  const words = input.messages ?? lang;
  const byId = <T extends { id?: string }>(items: T[] | undefined) => new Map(list(items).filter((i) => i.id).map((i) => [i.id!, i]));
  const purposes = byId(data.purposes);
  const subjects = byId(data.dataSubjects);
  const categories = byId(data.dataCategories);
  const measures = byId(data.security?.measures);
  const names = <T extends { id?: string; name?: string }>(ids: string[] | undefined, from: Map<string, T>) =>
    list(ids).map((id) => from.get(id)?.name ?? id);

  const risks = list(data.risks).map((risk) => {
    const { inherent, residual } = riskLevels(risk);
    return {
      ...risk,
      inherent,
      residualLevel: residual,
      measureList: list(risk.measures).map((id): Measure & { missing?: boolean } => measures.get(id) ?? { id, missing: true }),
    };
  });
  const highestResidual = risks.reduce<RiskLevel | undefined>((worst, r) => {
    const current = r.residualLevel ?? r.inherent;
    if (!current) return worst;
    if (!worst || BAND_ORDER[current.band] > BAND_ORDER[worst.band] || (current.band === worst.band && current.score > worst.score)) return current;
    return worst;
  }, undefined);

  const dataCategories = list(data.dataCategories).map((c: DataCategory) => ({
    ...c,
    subjectNames: names(c.subjects, subjects),
    purposeNames: names(c.purposes, purposes),
    fromElsewhere: fromElsewhere(c),
  }));
  const recipients = list(data.recipients).map((r) => ({
    ...r,
    categoryNames: names(r.categories, categories),
    thirdCountry: outsideEEA(r.country),
    countryName: countryName(r.country, lang),
  }));
  const purposeList = list(data.purposes).map((p) => ({
    ...p,
    displayName: p.name ?? p.id,
    categoryNames: list(data.dataCategories).filter((c) => list(c.purposes).includes(p.id ?? '\u0000')).map((c) => c.name ?? c.id),
    // Art. 21: people may object on grounds of their situation (21(1)) or, to direct
    // marketing, always (21(2)-(3)); the notice states both apart from the other rights.
    objectable: objectionOnGrounds(p) || directMarketing(p),
    directMarketing: directMarketing(p),
  }));
  // The notice speaks of what is decided or planned; a possible purpose is told only in its own block.
  const currentPurposes = purposeList.filter((p) => !possiblePurpose(p));
  const toldData = told(data);
  const objectionPurposes = currentPurposes.filter((p) => objectionOnGrounds(p) && !p.directMarketing);

  const hash = contentHash(data as Record<string, unknown>);
  const signoffs = list(data.signoffs).map((s) => ({
    ...s,
    current: s.contentHash === hash && (s.version === undefined || s.version === data.version),
  }));
  const controller = mergeController(data, config);
  const authority: Authority = authorityFor(config, lang);
  const lastChange = lastChanged(data);

  const view = {
    ...data,
    purposes: purposeList,
    // The notice tells decided and planned purposes as today; possible ones only in their own block.
    noticeCurrentPurposes: currentPurposes,
    noticePossiblePurposes: purposeList.filter((p) => possiblePurpose(p) && (p.name !== undefined || p.notice?.text !== undefined)),
    dataCategories,
    recipients,
    risks,
    signoffs,
    controller,
    authority,
    // Derived facts for the templates; names are part of the template contract (README).
    highestResidual,
    transfers: recipients.filter((r) => r.thirdCountry),
    aiUsed: aiUsed(data),
    consentUsed: reliesOnConsent(data),
    consentPurposes: purposeList.filter((p) => p.legalBasis === 'consent' || p.specialCategoryCondition === 'explicit-consent'),
    // Each consent with the purposes it covers, by name (the report and the notice say which consent covers what).
    consents: list(data.consents).map((consent) => ({
      ...consent,
      covered: purposeList.filter((p) => p.id !== undefined && list(consent?.purposes).includes(p.id)),
    })),
    // The same for the notice: what it tells (told), without possible purposes.
    noticeConsentUsed: reliesOnConsent(toldData),
    noticeConsents: list(toldData.consents).map((consent) => ({
      ...consent,
      covered: currentPurposes.filter((p) => p.id !== undefined && list(consent?.purposes).includes(p.id)),
    })),
    // "As easily as you gave it" only where every consent the notice tells records so (Art. 7(3)).
    noticeWithdrawAsEasy: list(toldData.consents).length > 0 && list(toldData.consents).every((c) => c?.withdrawal?.asEasyAsGiving === true),
    legitimateInterestPurposes: purposeList.filter((p) => p.legalBasis === 'legitimate-interests'),
    dpoDesignated: dpoDesignated(controller),
    // The notice's objection box: decided and planned purposes only (objectionList, for the report, has them all).
    objectionApplies: currentPurposes.some((p) => p.objectable),
    objectionList: purposeList.filter((p) => p.objectable),
    objectionPurposes,
    objectionLegitimateInterests: objectionPurposes.some((p) => p.legalBasis === 'legitimate-interests'),
    // The file records that an objection always ends each of these purposes: the notice promises that, not only the law's minimum.
    objectionAlwaysStops: objectionPurposes.length > 0 && objectionPurposes.every((p) => p.objection?.alwaysStops === true),
    objectionPublicTask: objectionPurposes.some((p) => p.legalBasis === 'public-task'),
    directMarketingPurposes: currentPurposes.filter((p) => p.directMarketing),
    article22: article22Applies(data),
    // The groups the file names (leads, patients, employees), for "the people concerned (…)"; the training flag under its new or old name.
    peopleConcerned: peopleConcerned(data),
    personalDataForTraining: usesPersonalDataForTraining(data),
    aiDisclosureApplies: aiDisclosureApplies(data),
    specialCategories: dataCategories.filter((c) => c.special === true),
    fromElsewhere: dataCategories.some((c) => c.fromElsewhere),
    fromThePerson: list(data.dataCategories).some(fromThePerson),
    requiredData: dataCategories.filter((c) => c.origin === 'data-subject' && c.required),
    implementedMeasures: list(data.security?.measures).filter((m) => m.status === 'implemented'),
    plannedMeasures: list(data.security?.measures).filter((m) => m.status !== 'implemented'),
    contentHash: hash,
    lastChange,
    ...noticeView(data, words, input.format),
    ...reportView(data, hash),
    ...authorityView(data),
    ...storageView(data, recipients),
    ...lifecycleView(data),
  };
  return {
    ...escapeDeep(view),
    // Values below are made here, not read from the file, except the findings' words,
    // which are escaped too (messages quote values from the file).
    lang,
    format: input.format,
    draft: input.draft,
    // A finding's article is cited in the reader's language, as every other citation.
    findings: escapeDeep(input.findings.map((f) => ({ ...f, article: localiseCitation(f.article, words) }))),
    errorCount: input.findings.filter((f) => f.severity === 'error').length,
    warningCount: input.findings.filter((f) => f.severity === 'warning').length,
    missing: Object.fromEntries(input.missing.map((m) => [m.id, true])),
    missingList: input.missing.map((m) => ({ id: m.id, label: elementLabel(m, words), articles: elementArticles(m, data, words) })),
  };
}

/** A recipient's country by name, in `lang` (i18n/countries.ts). */
function countryName(code: unknown, lang: Lang): string | undefined {
  return typeof code === 'string' && /^[A-Z]{2}$/.test(code) ? countryNameIn(code, lang) : undefined;
}
