// Who the documents name: the controller (the file's `controller` over the config's) and
// the supervisory authority (config `authority`, else Datatilsynet).
import { DATATILSYNET, type Authority, type Config } from '../config.ts';
import type { Assessment, Controller } from './schema.ts';
import type { Lang } from '../rules/types.ts';
import { message } from '../i18n/catalogue.ts';

/** The file's controller merged over the config's, key by key (the DPO too). */
export function mergeController(data: Assessment, config: Pick<Config, 'controller'>): Controller {
  const shared = config.controller ?? {};
  const own = data.controller ?? {};
  const merged: Controller = { ...shared, ...own };
  if (shared.dpo || own.dpo) merged.dpo = { ...(shared.dpo ?? {}), ...(own.dpo ?? {}) };
  return merged;
}

/** A configured authority replaces Datatilsynet whole: another authority's address must not leak in. */
export function authorityFor(config: Pick<Config, 'authority'>, lang: Lang): Authority {
  if (config.authority) return config.authority;
  const words = (key: string) => message(lang, 'documents', `authority.${key}`);
  return { name: words('name'), address: words('address'), website: DATATILSYNET.website, phone: words('phone'), email: DATATILSYNET.email };
}
