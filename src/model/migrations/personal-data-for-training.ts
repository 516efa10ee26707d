// schemaVersion 1 → 2: `system.ai.usesCustomerDataForTraining` becomes
// `usesPersonalDataForTraining`, since the people whose data trains a model may be leads,
// users, patients or employees, not only customers. The key is renamed in place, so the
// value node keeps its comments, its position in the map and its source range; where the
// file already has the new key, that answer wins (the readers prefer it too) and the old
// one goes, its comment carried over. A second apply finds nothing to do.
import type { Document, Pair } from 'yaml';
import { isMap, isScalar } from '../yaml-lib.ts';

/** A line of `dpia migrate`'s summary: a key of i18n/<lang>/cli.json and its arguments. */
export type MigrationNote = { key: string; args?: Record<string, string> };

export const OLD_KEY = 'usesCustomerDataForTraining';
export const NEW_KEY = 'usesPersonalDataForTraining';
const PATH = 'system.ai';

function keyName(pair: Pair): unknown {
  return isScalar(pair.key) ? pair.key.value : pair.key;
}

function valueText(pair: Pair): string {
  const value = isScalar(pair.value) ? pair.value.value : pair.value;
  return String(value ?? 'null');
}

export const step = {
  id: 'personal-data-for-training',
  from: 1,
  apply(doc: Document.Parsed): MigrationNote[] {
    const ai = doc.getIn(['system', 'ai'], true);
    if (!isMap(ai)) return [];
    const old = ai.items.find((pair) => keyName(pair) === OLD_KEY);
    if (!old) return [];
    const current = ai.items.find((pair) => keyName(pair) === NEW_KEY);
    if (!current) {
      if (isScalar(old.key)) old.key.value = NEW_KEY;
      else old.key = doc.createNode(NEW_KEY);
      return [{ key: 'migrate.personal-data-for-training.renamed', args: { path: PATH, from: OLD_KEY, to: NEW_KEY } }];
    }
    // Both names: the new answer stands; the old pair's comment moves with it rather than being lost.
    const comment = isScalar(old.key) ? old.key.commentBefore : undefined;
    if (comment && isScalar(current.key)) current.key.commentBefore = [current.key.commentBefore, comment].filter(Boolean).join('\n');
    ai.items.splice(ai.items.indexOf(old), 1);
    return [{ key: 'migrate.personal-data-for-training.dropped', args: { path: PATH, from: OLD_KEY, to: NEW_KEY, dropped: valueText(old), kept: valueText(current) } }];
  },
};
