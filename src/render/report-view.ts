// What the report states beyond the file's own values: which answers the file gives at all
// (absence is "not stated", never "none"), the residual risk, the action plan and which
// sign-off backs each decision. Joined to the view in buildView (view.ts).
import type { Assessment, Signoff } from '../model/schema.ts';
import { insideEEA, list, outsideEEA, recordedLastRun, significantAutomatedDecision } from '../rules/facts.ts';
import { riskLevels, type RiskLevel } from './view.ts';

/** A sign-off behind a decision: valid for this content, stale (signed other content), or none. */
export interface Backing {
  state: 'valid' | 'stale' | 'none';
  name?: string;
  date?: string;
  version?: string;
}

const BAND_ORDER = { low: 1, medium: 2, high: 3 } as const;

/**
 * The last sign-off of `role`: valid only when it is for this version and this content; any
 * other is stale and never shown as approval.
 */
export function backing(signoffs: Signoff[] | undefined, role: string, version: string | undefined, hash: string): Backing {
  const mine = list(signoffs).filter((s) => s.role === role);
  const valid = mine.filter((s) => s.contentHash === hash && (s.version === undefined || s.version === version)).pop();
  const signoff = valid ?? mine.pop();
  if (!signoff) return { state: 'none' };
  return { state: valid ? 'valid' : 'stale', name: signoff.name, date: signoff.date, version: signoff.version };
}

/** yes / no / unknown: a negative answer only from an explicit answer in the file. */
function article22State(data: Assessment): 'yes' | 'no' | 'unknown' {
  if (significantAutomatedDecision(data)) return 'yes';
  const ai = data.system?.ai;
  if (ai?.used === false) return 'no';
  const decision = ai?.automatedDecision;
  if (decision?.exists === false || (decision?.exists === true && decision.significantEffect === false)) return 'no';
  return 'unknown';
}

export function reportView(data: Assessment, hash: string): Record<string, unknown> {
  const risks = list(data.risks);
  const recipients = list(data.recipients);
  const measures = list(data.security?.measures);
  const levels = risks.map((risk) => ({ risk, ...riskLevels(risk) }));
  const highestAfterMeasures = levels.reduce<RiskLevel | undefined>((worst, { residual }) => {
    if (!residual) return worst;
    if (!worst || BAND_ORDER[residual.band] > BAND_ORDER[worst.band] || (residual.band === worst.band && residual.score > worst.score)) return residual;
    return worst;
  }, undefined);
  const categories = new Map(list(data.dataCategories).filter((c) => c.id).map((c) => [c.id!, c.name ?? c.id!]));
  const ai = data.system?.ai;
  // Each test's runs recorded by dpia fairness (evidence.fairness), by date (a stable sort:
  // runs of one date stay in the file's order): the newest is shown whole, the earlier ones
  // as a history.
  const runs = list(data.evidence?.fairness);
  const fairnessRuns = list(data.fairness?.tests).flatMap((test) => {
    const own = runs.filter((run) => run?.test !== undefined && run.test === test?.id && typeof run.date === 'string')
      .sort((a, b) => (a.date! < b.date! ? -1 : a.date! > b.date! ? 1 : 0));
    return own.length === 0 ? [] : [{ ...own.at(-1)!, earlier: own.slice(0, -1).reverse() }];
  });
  // The tests' table shows each test's last result, as the rules take it (recordedLastRun).
  const fairnessTestRows = list(data.fairness?.tests).map((test) => {
    const run = recordedLastRun(data, test)?.run;
    if (!run) return { ...test, shown: { lastRun: test?.lastRun, result: test?.result, passed: test?.passed } };
    return { ...test, shown: { recorded: true, lastRun: run.date, result: run.figure, passed: run.verdict === 'pass' ? true : run.verdict === 'fail' ? false : undefined, undecided: run.verdict === 'inconclusive' } };
  });
  return {
    fairnessRuns,
    fairnessTestRows,
    // Which lists the file states at all: an empty list is an answer ("none"), a missing key is not.
    known: {
      purposes: Array.isArray(data.purposes),
      dataCategories: Array.isArray(data.dataCategories),
      recipients: Array.isArray(data.recipients),
      measures: Array.isArray(data.security?.measures),
      fairnessTests: Array.isArray(data.fairness?.tests),
      risks: Array.isArray(data.risks),
      history: Array.isArray(data.history),
    },
    incidentalSpecialCategories: list(data.dataCategories).filter((c) => c.incidentalSpecial !== undefined),
    // "No purpose relies on consent" needs every purpose's legal basis.
    legalBasisUnstated: !Array.isArray(data.purposes) || data.purposes.length === 0 || data.purposes.some((p) => p.legalBasis === undefined),
    // "No data leaves the EEA" needs a stated list of recipients, each with its country.
    transfersKnown: Array.isArray(data.recipients) && recipients.every((r) => insideEEA(r.country) !== undefined),
    transferAssessments: recipients.filter((r) => outsideEEA(r.country) && r.transfer?.tia !== undefined).map((r) => ({ name: r.name ?? r.id, transfer: r.transfer })),
    recipientsWithoutCountry: recipients.filter((r) => insideEEA(r.country) === undefined).map((r) => r.name ?? r.id ?? ''),
    article22State: article22State(data),
    aiDecisionCategoryNames: list(ai?.automatedDecision?.categories).map((id) => categories.get(id) ?? id),
    // The residual risk of scored risks only: a risk scored before measures says nothing of after.
    highestAfterMeasures,
    highResidual: highestAfterMeasures?.band === 'high',
    // "No high risk remains" only when every risk is scored after measures and none is high.
    noHighResidual: risks.length > 0 && levels.every((l) => l.residual && l.residual.band !== 'high'),
    unscoredAfterMeasures: levels.filter((l) => !l.residual).length,
    riskScored: levels.some((l) => l.inherent || l.residual),
    actionPlan: measures.filter((m) => m.status === 'planned').map((m) => ({
      ...m,
      treats: risks.filter((r) => m.id !== undefined && list(r.measures).includes(m.id)).map((r) => ({ id: r.id, title: r.title })),
    })),
    measuresWithoutStatus: measures.filter((m) => m.status === undefined).map((m) => m.id ?? m.description ?? ''),
    decisionBacking: {
      riskOwner: backing(data.signoffs, 'risk-owner', data.version, hash),
      dpo: backing(data.signoffs, 'dpo', data.version, hash),
    },
  };
}
