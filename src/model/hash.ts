// The content a sign-off binds to: everything but `signoffs`, `history`, `status` and
// `evidence` (results of runs, such as dpia fairness records),
// as canonical JSON (keys sorted), so key order, comments and formatting never change it.
import { createHash } from 'node:crypto';
import { isoDurationsIn } from './duration-fields.ts';

export const UNHASHED_KEYS = ['signoffs', 'history', 'status', 'evidence'] as const;

/**
 * Data read in the current shape from a file written for an older schemaVersion, and the
 * data as written: a sign-off binds to what was signed, so an unmigrated file signed under
 * its own version is not stale because dpia reads it in a newer shape (src/model/load.ts).
 */
const AS_WRITTEN = new WeakMap<object, Record<string, unknown>>();

export function rememberAsWritten(migrated: Record<string, unknown>, written: Record<string, unknown>): void {
  AS_WRITTEN.set(migrated, AS_WRITTEN.get(written) ?? written);
}

/** The data as its file has it (the same object unless it was migrated in memory). */
export function asWritten(data: Record<string, unknown>): Record<string, unknown> {
  return AS_WRITTEN.get(data) ?? data;
}

export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item ?? null)).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.keys(value)
      .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

export function signedContent(data: Record<string, unknown>): Record<string, unknown> {
  const written = asWritten(data);
  const content: Record<string, unknown> = {};
  for (const key of Object.keys(written)) {
    if (!(UNHASHED_KEYS as readonly string[]).includes(key)) content[key] = written[key];
  }
  return isoDurationsIn(content);
}


/** `sha256:<hex>` of the signed content. */
export function contentHash(data: Record<string, unknown>): string {
  return `sha256:${createHash('sha256').update(canonicalJson(signedContent(data))).digest('hex')}`;
}

/**
 * A short hash of each top-level section of the signed content. The full contentHash
 * binds the sign-off; these only let `check` name the sections that changed since.
 */
export function sectionHashes(data: Record<string, unknown>): Record<string, string> {
  const content = signedContent(data);
  const out: Record<string, string> = {};
  for (const key of Object.keys(content).sort()) {
    if (content[key] === undefined) continue;
    out[key] = createHash('sha256').update(canonicalJson(content[key])).digest('hex').slice(0, 12);
  }
  return out;
}

/** Top-level sections added, removed or changed since `signed` (from sectionHashes), sorted. */
export function changedSections(signed: Record<string, string>, data: Record<string, unknown>): string[] {
  const now = sectionHashes(data);
  const keys = new Set([...Object.keys(signed), ...Object.keys(now)]);
  return [...keys].filter((key) => signed[key] !== now[key]).sort();
}
