// schemaVersion 1 → 2: the one top-level `consent` becomes a list, `consents`, each
// consent naming the purposes it covers (GDPR Art. 6(1)(a), 7(2): consent is given for
// specific purposes). The old map is MOVED into the list as its one item, with an `id`
// and the `purposes` that relied on consent in the file, so its comments and positions
// stay with it; its key becomes `consents` where it stood.
import type { Document, YAMLMap } from 'yaml';
import { isMap, isScalar, isSeq, yaml } from '../yaml-lib.ts';
import type { MigrationNote } from '../migrate.ts';

/** The ids of the purposes that rely on consent: legal basis consent, or the Art. 9(2)(a) condition. */
export function consentPurposeIds(doc: Document): string[] {
  const purposes = doc.get('purposes');
  if (!isSeq(purposes)) return [];
  const ids: string[] = [];
  for (const item of purposes.items) {
    if (!isMap(item)) continue;
    const id = item.get('id');
    const onConsent = item.get('legalBasis') === 'consent' || item.get('specialCategoryCondition') === 'explicit-consent';
    if (onConsent && typeof id === 'string' && !ids.includes(id)) ids.push(id);
  }
  return ids;
}

/**
 * The id of the moved consent: the first purpose it covers (consents and purposes are
 * separate id lists), else `main`; `-2`, `-3`, … where a consent already has it. Not
 * `consent`: that word is a value of `legalBasis`, and an id is shown in the documents.
 */
function freeId(taken: unknown[], purposes: string[]): string {
  const ids = new Set(taken.map((item) => (isMap(item) ? item.get('id') : undefined)));
  const base = purposes[0] ?? 'main';
  if (!ids.has(base)) return base;
  let n = 2;
  while (ids.has(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}

export const step = {
  id: 'consent',
  from: 1,
  apply(doc: Document.Parsed): MigrationNote[] {
    if (!isMap(doc.contents)) return [];
    const root = doc.contents as YAMLMap;
    const index = root.items.findIndex((pair) => isScalar(pair.key) && pair.key.value === 'consent');
    if (index === -1) return [];
    const pair = root.items[index];
    const value = pair.value;
    const existing = root.items.find((p) => isScalar(p.key) && p.key.value === 'consents');
    if (!isMap(value)) {
      // Not a consent map (empty or of the wrong type): the key is renamed and the value
      // kept as written, for schema/invalid to report where it stands.
      if (existing) return [];
      (pair.key as { value: unknown }).value = 'consents';
      return [{ key: 'migrate.consent.renamed' }];
    }
    const list = existing && isSeq(existing.value) ? existing.value : undefined;
    const purposes = consentPurposeIds(doc);
    const id = freeId(list?.items ?? [], purposes);
    const map = value as YAMLMap;
    if (!map.has('purposes') && purposes.length > 0) map.items.unshift(doc.createPair('purposes', doc.createNode(purposes, { flow: true })));
    if (!map.has('id')) map.items.unshift(doc.createPair('id', id));
    const ownId = String(map.get('id'));
    if (list) {
      list.items.push(map);
      root.items.splice(index, 1);
    } else if (existing) {
      return [];
    } else {
      const seq = new (yaml().YAMLSeq)(doc.schema);
      seq.items.push(map);
      (pair.key as { value: unknown }).value = 'consents';
      pair.value = seq;
    }
    return [{ key: 'migrate.consent.moved', args: { id: ownId, purposes: purposes.join(', ') } }];
  },
};
