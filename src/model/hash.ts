// The content a sign-off binds to: everything but `signoffs`, `history` and `status`,
// as canonical JSON (keys sorted), so key order, comments and formatting never change it.
import { createHash } from 'node:crypto';

export const UNHASHED_KEYS = ['signoffs', 'history', 'status'] as const;

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
  const content: Record<string, unknown> = {};
  for (const key of Object.keys(data)) {
    if (!(UNHASHED_KEYS as readonly string[]).includes(key)) content[key] = data[key];
  }
  return content;
}

/** `sha256:<hex>` of the signed content. */
export function contentHash(data: Record<string, unknown>): string {
  return `sha256:${createHash('sha256').update(canonicalJson(signedContent(data))).digest('hex')}`;
}
