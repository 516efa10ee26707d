// The record of processing activities (Art. 30(1)): one row per purpose per
// assessment, built from the assessment and the shared controller in the config.
// Every cell says what the file says: a missing answer is "not stated", and "none" only
// where the file answers it (an empty list, recipients all inside the EEA). The security
// measures belong to the whole assessment, so they are listed once, in its first row.
import type { Config } from '../config.ts';
import { cli } from '../i18n/cli.ts';
import type { Assessment, DataCategory, Purpose, Recipient } from '../model/schema.ts';
import { dpoDesignated, filled, insideEEA, list } from '../rules/facts.ts';
import type { Lang } from '../rules/types.ts';
import { formatDate, formatDuration } from '../i18n/format.ts';
import { label } from '../i18n/labels.ts';
import { currentPurposes } from '../rules/purpose/lifecycle-facts.ts';

export interface RopaRow {
  file: string;
  assessment: string;
  title: string;
  version: string;
  status: string;
  /** The error findings of `dpia check`: a row of an incomplete assessment says so. */
  findings: string;
  /** Art. 30(1)(a): name and contact details of the controller, representative and DPO. */
  controller: string;
  controllerContact: string;
  representative: string;
  dpo: string;
  /** Art. 30(1)(b). */
  purposeId: string;
  purpose: string;
  legalBasis: string;
  /** Art. 30(1)(c). */
  dataSubjects: string[];
  dataCategories: string[];
  /** Art. 30(1)(d). */
  recipients: string[];
  /** Art. 30(1)(e). */
  transfers: string[];
  /** Art. 30(1)(f). */
  retention: string[];
  /** Art. 30(1)(g): a general description. */
  security: string[];
}

export const ROPA_COLUMNS = [
  'assessment', 'title', 'version', 'status', 'findings', 'controller', 'controllerContact', 'representative', 'dpo',
  'purposeId', 'purpose', 'legalBasis', 'dataSubjects', 'dataCategories', 'recipients', 'transfers', 'retention', 'security',
] as const satisfies readonly (keyof RopaRow)[];
export type RopaColumn = (typeof ROPA_COLUMNS)[number];

/** What `dpia check` and the sign-offs say about the assessment, for its rows. */
export interface RopaState {
  errors: number;
  /** Required roles without a sign-off on the current content. */
  stale: string[];
  missing: string[];
}

export function ropaRows(data: Assessment, file: string, config: Config, lang: Lang, state: RopaState): RopaRow[] {
  const notStated = cli(lang, 'ropa.notStated');
  const or = (text: string | undefined) => (filled(text) ? text! : notStated);
  // The file's controller wins over the shared one, field by field.
  const shared = config.controller ?? {};
  const own = data.controller ?? {};
  const controller = { ...shared, ...own, dpo: { ...(shared.dpo ?? {}), ...(own.dpo ?? {}) } };
  const dpo = dpoDesignated(controller)
    ? [controller.dpo.name, controller.dpo.email, controller.dpo.phone].filter(filled).join(', ')
    : filled(controller.noDpoReason) ? cli(lang, 'ropa.noDpo') : notStated;
  const common = {
    file,
    assessment: or(data.id),
    title: or(data.title ?? data.system?.name),
    version: or(data.version),
    status: statusCell(data.status, state, lang) ?? notStated,
    findings: cli(lang, 'ropa.findings', { errors: state.errors }),
    controller: or([controller.name, controller.orgNumber].filter(filled).join(', ')),
    controllerContact: or([controller.address, controller.email, controller.phone, controller.website].filter(filled).join(', ')),
    representative: or(controller.representative),
    dpo,
  };
  // A possible purpose is not a processing activity yet (Art. 30(1)(b)): it has no row until decided.
  const purposes = currentPurposes(data);
  const first = purposes[0];
  return (purposes.length > 0 ? purposes : [undefined]).map((purpose, index) => ({
    ...common,
    ...purposeFields(data, purpose, lang),
    security: index === 0 ? securityFields(data, lang) : [cli(lang, 'ropa.securityAbove', { purpose: first?.id ?? '1' })],
  }));
}

/** Never "approved" while a required sign-off is stale or missing (as `dpia status`). */
function statusCell(status: string | undefined, state: RopaState, lang: Lang): string | undefined {
  if (!filled(status)) return undefined;
  if (status !== 'approved' || (state.stale.length === 0 && state.missing.length === 0)) return label(lang, 'status', status);
  return cli(lang, 'status.approvedNotSigned', { stale: state.stale.join(', '), missing: state.missing.join(', ') });
}

function purposeFields(data: Assessment, purpose: Purpose | undefined, lang: Lang) {
  const notStated = cli(lang, 'ropa.notStated');
  const none = cli(lang, 'ropa.none');
  const orNotStated = (items: string[]) => (items.length > 0 ? items : [notStated]);
  const categories = categoriesFor(data, purpose);
  const categoryIds = new Set(categories.map((c) => c.id).filter(Boolean));
  const subjectIds = new Set(categories.flatMap((c) => list(c.subjects)));
  const allSubjects = list(data.dataSubjects);
  const subjects = subjectIds.size > 0 ? allSubjects.filter((s) => s.id && subjectIds.has(s.id)) : allSubjects;
  const recorded = Array.isArray(data.recipients);
  const recipients = list(data.recipients).filter((r) => list(r.categories).length === 0 || list(r.categories).some((id) => categoryIds.has(id)));
  // Recipients recorded and each inside the EEA (or none for this purpose) is an answer:
  // no transfer. A recipient with no country leaves it open.
  const transfers = recipients.filter((r) => insideEEA(r.country) !== true).map((r) => transferText(r, lang));
  return {
    purposeId: purpose?.id ?? notStated,
    purpose: purposeText(purpose, lang) ?? notStated,
    legalBasis: purpose?.legalBasis ? label(lang, 'legalBasis', purpose.legalBasis) : notStated,
    dataSubjects: orNotStated(subjects.map((s) => s.name ?? s.id ?? '').filter(filled)),
    dataCategories: orNotStated(categories.map((c) => `${c.name ?? c.id ?? ''}${c.special ? ` (${cli(lang, 'ropa.special')})` : ''}`)),
    recipients: !recorded ? [notStated] : recipients.length === 0 ? [none] : recipients.map((r) => `${r.name ?? r.id ?? ''}${r.role ? ` (${label(lang, 'role', r.role)})` : ''}`),
    transfers: !recorded ? [notStated] : transfers.length === 0 ? [none] : transfers,
    retention: orNotStated(categories.map((c) => {
      const limit = [c.retention ? formatDuration(c.retention, lang) : '', c.retentionCriteria ?? ''].filter(filled).join(', ');
      return `${c.name ?? c.id}: ${limit || notStated}`;
    })),
  };
}

/** The purpose in words; a planned one says so, with its start date where recorded. */
function purposeText(purpose: Purpose | undefined, lang: Lang): string | undefined {
  const text = purpose?.description ?? purpose?.name;
  if (text === undefined || purpose?.status !== 'planned') return text;
  return `${text} (${cli(lang, 'ropa.purposePlanned', { startsOn: purpose.startsOn })})`;
}

function transferText(r: Recipient, lang: Lang): string {
  const name = r.name ?? r.id ?? '';
  if (insideEEA(r.country) === undefined) return cli(lang, 'ropa.countryNotStated', { recipient: name });
  const mechanism = r.transfer?.mechanism ? label(lang, 'transferMechanism', r.transfer.mechanism) : cli(lang, 'ropa.mechanismNotStated');
  return [name, r.country, mechanism, r.transfer?.details].filter(filled).join(' — ');
}

function securityFields(data: Assessment, lang: Lang): string[] {
  const measures = data.security?.measures;
  if (!Array.isArray(measures)) return [cli(lang, 'ropa.notStated')];
  if (measures.length === 0) return [cli(lang, 'ropa.none')];
  return measures.map((m) => `${m.description ?? (m.type ? label(lang, 'measureType', m.type) : m.id) ?? ''}${m.status === 'planned' ? ` (${cli(lang, 'ropa.planned', { due: m.due === undefined ? undefined : formatDate(m.due, lang) })})` : ''}`);
}

/** The categories that serve the purpose; when no category names purposes, all of them. */
function categoriesFor(data: Assessment, purpose: Purpose | undefined): DataCategory[] {
  const all = list(data.dataCategories);
  if (!purpose?.id || !all.some((c) => list(c.purposes).length > 0)) return all;
  return all.filter((c) => list(c.purposes).includes(purpose.id!));
}
