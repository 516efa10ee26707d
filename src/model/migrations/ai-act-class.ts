// schemaVersion 1 → 2: `system.ai.aiActRisk` speaks the AI Act's own classes. `limited` and
// `minimal` were shorthand, not classes of the Act; both become `not-high` (Art. 50 duties
// apply on top of any class, Art. 50(6), and stay in interactsWithPeople and its siblings).
// Only the scalar's value changes, so its comments and position stay with it.
import type { Document } from 'yaml';
import { isMap, isScalar } from '../yaml-lib.ts';

export type MigrationNote = { key: string; args?: Record<string, string> };

const SHORTHAND = new Set(['limited', 'minimal']);

export const step = {
  id: 'ai-act-class',
  from: 1,
  apply(doc: Document.Parsed): MigrationNote[] {
    const ai = doc.getIn(['system', 'ai'], true);
    if (!isMap(ai)) return [];
    const risk = ai.get('aiActRisk', true);
    if (!isScalar(risk) || typeof risk.value !== 'string' || !SHORTHAND.has(risk.value)) return [];
    const from = risk.value;
    risk.value = 'not-high';
    return [{ key: 'migrate.ai-act-class.renamed', args: { from } }];
  },
};
