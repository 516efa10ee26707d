// Facts about an assessment that several rules ask: small, pure and named for what
// they answer, so the rules read like the law they encode.
import type { Assessment, Controller, DataCategory, DataSubject, FairnessRun, FairnessTest, Purpose, PurposeKind } from '../model/schema.ts';

/** EU member states and the three EEA EFTA states (IS, LI, NO). */
export const EEA = new Set([
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV', 'LT', 'LU',
  'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE', 'IS', 'LI', 'NO',
]);

/**
 * The one EEA test that every command uses. "EU" (an ISO 3166 reserved code people use
 * for "somewhere in the EU") counts as inside; undefined when no country is recorded.
 */
export function insideEEA(country: unknown): boolean | undefined {
  if (typeof country !== 'string' || country === '') return undefined;
  return country === 'EU' || EEA.has(country);
}

/** A recipient recorded as processing data outside the EEA (not one whose country is missing). */
export function outsideEEA(country: unknown): country is string {
  return insideEEA(country) === false;
}

/** Text that says something: not missing, not blank, not a placeholder. */
export function filled(value: unknown): boolean {
  if (typeof value === 'string') {
    const text = value.trim().toLowerCase();
    return text !== '' && !['todo', 'tbd', 'tba', '?', '-', '...', 'n/a', 'fixme', 'xxx'].includes(text);
  }
  if (Array.isArray(value)) return value.length > 0;
  return value !== undefined && value !== null;
}

export const list = <T>(value: T[] | undefined): T[] => (Array.isArray(value) ? value : []);

export function aiUsed(data: Assessment): boolean {
  return data.system?.ai?.used === true;
}

export function purposesOf(data: Assessment, category: DataCategory): Purpose[] {
  const ids = new Set(list(category.purposes));
  return list(data.purposes).filter((p) => p.id !== undefined && ids.has(p.id));
}

export function reliesOnConsent(data: Assessment): boolean {
  return list(data.purposes).some((p) => p.legalBasis === 'consent' || p.specialCategoryCondition === 'explicit-consent')
    || data.system?.ai?.automatedDecision?.exception === 'explicit-consent';
}

export function needsExplicitConsent(data: Assessment): boolean {
  return list(data.purposes).some((p) => p.specialCategoryCondition === 'explicit-consent')
    || data.system?.ai?.automatedDecision?.exception === 'explicit-consent';
}

export function hasSpecialCategories(data: Assessment): boolean {
  return list(data.dataCategories).some((c) => c.special === true);
}

export function significantAutomatedDecision(data: Assessment): boolean {
  const decision = data.system?.ai?.automatedDecision;
  return decision?.exists === true && decision.significantEffect === true;
}

/** Risk level = likelihood × severity: 1–3 low, 4–8 medium, 9–16 high. */
export type RiskBand = 'low' | 'medium' | 'high';
export function riskBand(likelihood: number, severity: number): RiskBand {
  const level = likelihood * severity;
  return level >= 9 ? 'high' : level >= 4 ? 'medium' : 'low';
}

/**
 * Whether a data category was obtained from someone other than the person (Art. 14
 * applies, not Art. 13); undefined when its `origin` is not given. Data observed from
 * the person counts as obtained from them (WP29 transparency guidelines, WP260 rev.01);
 * derived data is the controller's own inference, whose inputs have origins of their own.
 */
export function obtainedElsewhere(category: DataCategory): boolean | undefined {
  if (category.origin === undefined) return undefined;
  return category.origin === 'third-party' || category.origin === 'public';
}

/** The purpose has this kind recorded in `kinds`. */
export function hasKind(purpose: Purpose, kind: PurposeKind): boolean {
  return list(purpose.kinds).includes(kind);
}

/** The data categories that name this purpose in their `purposes`. */
export function categoriesOfPurpose(data: Assessment, purpose: Purpose): DataCategory[] {
  if (purpose.id === undefined) return [];
  return list(data.dataCategories).filter((c) => list(c.purposes).includes(purpose.id!));
}

/** The data subjects of a category; a category that names none is taken to concern them all. */
export function subjectsOf(data: Assessment, category: DataCategory): DataSubject[] {
  const ids = list(category.subjects);
  const all = list(data.dataSubjects);
  return ids.length === 0 ? all : all.filter((s) => s.id !== undefined && ids.includes(s.id));
}

/** Some data subject group is recorded as including children. */
export function childrenConcerned(data: Assessment): boolean {
  return list(data.dataSubjects).some((s) => s.children === true);
}

/** The purpose processes data about a group that includes children. */
export function purposeConcernsChildren(data: Assessment, purpose: Purpose): boolean {
  return categoriesOfPurpose(data, purpose).some((c) => subjectsOf(data, c).some((s) => s.children === true));
}

/** The controller (file merged over dpia.config.yaml) has designated a DPO. */
export function dpoDesignated(controller: Controller | undefined): boolean {
  const dpo = controller?.dpo;
  return dpo !== undefined && (filled(dpo.name) || filled(dpo.email) || filled(dpo.phone));
}

/** A person decides about people from the AI's output (decision support, WP251). */
export function decisionSupport(data: Assessment): boolean {
  return data.system?.ai?.decisionSupport?.exists === true;
}

/** How a finding names an item of a list: its id, else its position (1-based). */
export function itemName(item: { id?: string } | undefined, index: number): string {
  return item?.id ?? String(index + 1);
}

/**
 * The run of a fairness test that stands as its last: the newest that dpia fairness
 * recorded (evidence.fairness; the latest date, of runs on one date the one recorded
 * last), with its index there, unless a result typed by hand (`lastRun`) is newer, in
 * which case (or when nothing is recorded) undefined and the typed fields stand.
 */
export function recordedLastRun(data: Assessment, test: FairnessTest | undefined): { run: FairnessRun; index: number } | undefined {
  if (test?.id === undefined) return undefined;
  let latest: { run: FairnessRun; index: number } | undefined;
  list(data.evidence?.fairness).forEach((run, index) => {
    if (run?.test !== test.id || typeof run.date !== 'string') return;
    if (latest === undefined || run.date >= latest.run.date!) latest = { run, index };
  });
  if (latest && typeof test.lastRun === 'string' && test.lastRun > latest.run.date!) return undefined;
  return latest;
}
