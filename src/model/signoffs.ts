// Which sign-offs count: those for the current version whose content hash matches the
// content now. Used by `approve` (to set the status) and `status` (signed by).
import { DEFAULT_SIGNOFFS, type Config } from '../config.ts';
import { dpoDesignated } from '../rules/facts.ts';
import { contentHash } from './hash.ts';
import { mergeController } from './parties.ts';
import type { Assessment, Signoff } from './schema.ts';

/**
 * The roles that must sign: `requiredSignoffs` from the config, else the default; the
 * DPO's sign-off is left out of the default where no DPO is designated (Art. 37(1)).
 */
export function requiredRoles(config: Pick<Config, 'requiredSignoffs' | 'controller'>, data: Assessment): string[] {
  if (config.requiredSignoffs && config.requiredSignoffs.length > 0) return config.requiredSignoffs;
  return dpoDesignated(mergeController(data, config)) ? DEFAULT_SIGNOFFS : DEFAULT_SIGNOFFS.filter((role) => role !== 'dpo');
}

/** The roles `approve` accepts: the required ones, the config's `roles` and the defaults. */
export function knownRoles(config: Pick<Config, 'requiredSignoffs' | 'roles'>): string[] {
  return [...new Set([...(config.requiredSignoffs ?? []), ...DEFAULT_SIGNOFFS, ...(config.roles ?? [])])];
}

export interface SignoffState {
  version: string | undefined;
  hash: string;
  /** Sign-offs of the current version that match the content. */
  valid: Signoff[];
  /** Sign-offs of the current version made on other content. */
  stale: Signoff[];
  /** Required roles without a valid sign-off. */
  missing: string[];
}

/** `hash`: contentHash(data), where the caller has it already. */
export function signoffState(data: Record<string, unknown>, config: Pick<Config, 'requiredSignoffs' | 'controller'>, hash = contentHash(data)): SignoffState {
  const version = typeof data.version === 'string' ? data.version : undefined;
  const all = (Array.isArray(data.signoffs) ? data.signoffs : []).filter((s): s is Signoff => Boolean(s) && typeof s === 'object');
  const current = all.filter((s) => version !== undefined && s.version === version);
  const valid = current.filter((s) => s.contentHash === hash);
  const stale = current.filter((s) => s.contentHash !== hash);
  const missing = requiredRoles(config, data as Assessment).filter((role) => !valid.some((s) => s.role === role));
  return { version, hash, valid, stale, missing };
}
