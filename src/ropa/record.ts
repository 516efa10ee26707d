// The record of processing activities (Art. 30(1)): one row per purpose per
// assessment, built from the assessment and the shared controller in the config.
import type { Config } from '../config.ts';
import { cli } from '../i18n/cli.ts';
import type { Assessment, DataCategory, Purpose } from '../model/schema.ts';
import { list, outsideEEA } from '../rules/facts.ts';
import type { Lang } from '../rules/types.ts';
import { formatDuration } from '../i18n/format.ts';
import { label } from '../i18n/labels.ts';

export interface RopaRow {
  file: string;
  assessment: string;
  title: string;
  version: string;
  status: string;
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
  'assessment', 'title', 'version', 'status', 'controller', 'controllerContact', 'representative', 'dpo',
  'purposeId', 'purpose', 'legalBasis', 'dataSubjects', 'dataCategories', 'recipients', 'transfers', 'retention', 'security',
] as const satisfies readonly (keyof RopaRow)[];
export type RopaColumn = (typeof ROPA_COLUMNS)[number];

export function ropaRows(data: Assessment, file: string, config: Config, lang: Lang): RopaRow[] {
  // The file's controller wins over the shared one, field by field.
  const shared = config.controller ?? {};
  const own = data.controller ?? {};
  const controller = { ...shared, ...own, dpo: { ...(shared.dpo ?? {}), ...(own.dpo ?? {}) } };
  const dpo = [controller.dpo.name, controller.dpo.email, controller.dpo.phone].filter(Boolean).join(', ');
  const common = {
    file,
    assessment: data.id ?? '',
    title: data.title ?? data.system?.name ?? '',
    version: data.version ?? '',
    status: data.status ?? '',
    controller: [controller.name, controller.orgNumber].filter(Boolean).join(', '),
    controllerContact: [controller.address, controller.email, controller.phone, controller.website].filter(Boolean).join(', '),
    representative: controller.representative ?? '',
    dpo,
  };
  const purposes = list(data.purposes);
  const rows = (purposes.length > 0 ? purposes : [undefined]).map((purpose) => ({ ...common, ...purposeFields(data, purpose, lang) }));
  return rows;
}

function purposeFields(data: Assessment, purpose: Purpose | undefined, lang: Lang) {
  const categories = categoriesFor(data, purpose);
  const categoryIds = new Set(categories.map((c) => c.id).filter(Boolean));
  const subjectIds = new Set(categories.flatMap((c) => list(c.subjects)));
  const allSubjects = list(data.dataSubjects);
  const subjects = subjectIds.size > 0 ? allSubjects.filter((s) => s.id && subjectIds.has(s.id)) : allSubjects;
  const recipients = list(data.recipients).filter((r) => list(r.categories).length === 0 || list(r.categories).some((id) => categoryIds.has(id)));
  const transfers = recipients
    .filter((r) => outsideEEA(r.country))
    .map((r) => [r.name ?? r.id, r.country, r.transfer?.mechanism, r.transfer?.details].filter(Boolean).join(' — '));
  return {
    purposeId: purpose?.id ?? '',
    purpose: purpose?.description ?? purpose?.name ?? '',
    legalBasis: purpose?.legalBasis ? label(lang, 'legalBasis', purpose.legalBasis) : '',
    dataSubjects: subjects.map((s) => s.name ?? s.id ?? ''),
    dataCategories: categories.map((c) => `${c.name ?? c.id ?? ''}${c.special ? ` (${cli(lang, 'ropa.special')})` : ''}`),
    recipients: recipients.map((r) => `${r.name ?? r.id ?? ''}${r.role ? ` (${label(lang, 'role', r.role)})` : ''}`),
    transfers: transfers.length > 0 ? transfers : [cli(lang, 'ropa.noTransfers')],
    retention: categories.filter((c) => c.retention || c.retentionCriteria).map((c) => `${c.name ?? c.id}: ${[c.retention ? formatDuration(c.retention, lang) : '', c.retentionCriteria ?? ''].filter(Boolean).join(', ')}`),
    security: list(data.security?.measures).map((m) => `${m.description ?? m.type ?? m.id ?? ''}${m.status === 'planned' ? ` (${cli(lang, 'ropa.planned', { due: m.due })})` : ''}`),
  };
}

/** The categories that serve the purpose; when no category names purposes, all of them. */
function categoriesFor(data: Assessment, purpose: Purpose | undefined): DataCategory[] {
  const all = list(data.dataCategories);
  if (!purpose?.id || !all.some((c) => list(c.purposes).length > 0)) return all;
  return all.filter((c) => list(c.purposes).includes(purpose.id!));
}
