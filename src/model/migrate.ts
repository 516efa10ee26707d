// Carrying a file written for an older schemaVersion forward. A migration is a list of
// ordered steps; each edits the YAML Document in place, MOVING nodes (so comments and
// source positions stay with them), and is idempotent: on a document that already has
// the new shape it changes nothing and says nothing. Two uses:
// - `dpia migrate` applies the steps to an editable Document, stamps the new
//   schemaVersion, re-binds the sign-offs that matched the old content, and writes;
// - every command that reads a file applies the steps IN MEMORY to a file written for an
//   older version (or one without schemaVersion), so the rules see the current shape and
//   findings still point at the lines as written; schema/version says to migrate.
import type { Document, YAMLMap } from 'yaml';
import { isMap, isScalar } from './yaml-lib.ts';
import { step as aiActClass } from './migrations/ai-act-class.ts';
import { step as consent } from './migrations/consent.ts';
import { step as personalDataForTraining } from './migrations/personal-data-for-training.ts';
import { SCHEMA_VERSION } from './schema.ts';

/** What a step moved, for the summary: a catalogue key in i18n/<lang>/cli.json (`migrate.<step>.*`) and its arguments. */
export type MigrationNote = { key: string; args?: Record<string, string> };

export interface MigrationStep {
  /** Names the step (and its catalogue keys, `migrate.<id>.*`). */
  id: string;
  /** The schemaVersion a file has before this step. */
  from: number;
  /** Edits `doc` in place; returns what moved ([] when there was nothing to do). */
  apply(doc: Document.Parsed): MigrationNote[];
}

/** The steps in order. A helper's step is one more line here. */
export const STEPS: readonly MigrationStep[] = [
  consent,
  aiActClass,
  personalDataForTraining,
];

/** The schemaVersion a document is written for: its own, else the version its shape shows (a top-level `consent` map is 1). */
export function writtenVersion(doc: Document): number | undefined {
  if (!isMap(doc.contents)) return undefined;
  const version = doc.get('schemaVersion');
  if (typeof version === 'number' && Number.isInteger(version)) return version;
  if (version !== undefined) return undefined;
  return STEPS.some((s) => s.from < SCHEMA_VERSION && shows(doc, s)) ? 1 : SCHEMA_VERSION;
}

/** Whether a step would change `doc`, tried on a copy. */
function shows(doc: Document, step: MigrationStep): boolean {
  return step.apply(doc.clone() as Document.Parsed).length > 0;
}

/** Whether the document is written for an older schemaVersion (or has no schemaVersion and an older shape). */
export function needsMigration(doc: Document): boolean {
  const version = writtenVersion(doc);
  return version !== undefined && version < SCHEMA_VERSION;
}

/**
 * Applies every step for a version the file is not yet past, in order. A file without a
 * schemaVersion gets every step (each changes only the old shape it knows).
 */
export function applySteps(doc: Document.Parsed): MigrationNote[] {
  if (!isMap(doc.contents)) return [];
  const version = doc.get('schemaVersion');
  const from = typeof version === 'number' && Number.isInteger(version) ? version : 1;
  return STEPS.filter((s) => s.from >= from && s.from < SCHEMA_VERSION).flatMap((s) => s.apply(doc));
}

/**
 * The whole migration of an editable Document: the steps, then `schemaVersion` set to
 * the current one (added as the first key where missing). [] when there was nothing to do.
 */
export function migrateDocument(doc: Document.Parsed): MigrationNote[] {
  if (!isMap(doc.contents)) return [];
  const before = doc.get('schemaVersion', true);
  const written = isScalar(before) ? before.value : undefined;
  if (typeof written === 'number' && written >= SCHEMA_VERSION) return [];
  const notes = applySteps(doc);
  if (isScalar(before)) {
    before.value = SCHEMA_VERSION;
  } else {
    (doc.contents as YAMLMap).items.unshift(doc.createPair('schemaVersion', SCHEMA_VERSION));
  }
  notes.push({ key: 'migrate.schemaVersion', args: { from: written === undefined ? 'none' : String(written), to: String(SCHEMA_VERSION) } });
  return notes;
}
