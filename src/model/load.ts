// Reading and parsing an assessment file, with the schemaVersion gate.
import { cliError, InputError } from '../errors.ts';
import { VERSION } from '../version.ts';
import { lineColumn, offsetIn } from './locate.ts';
import { rememberAsWritten } from './hash.ts';
import { applySteps, needsMigration } from './migrate.ts';
import { parseAssessment, type Parsed } from './parse.ts';
import { SCHEMA_VERSION } from './schema.ts';
import { readSource } from './source.ts';

/** The first dpia release that reads each schemaVersion; extend when the format changes. */
export const SCHEMA_RELEASES: Record<number, string> = { 1: '0.1.0', 2: VERSION };

export function loadAssessment(file: string, display = file): Parsed {
  return checkSchemaVersion(parseAssessment(readSource(file, display), display));
}

export function checkSchemaVersion(parsed: Parsed): Parsed {
  const version = parsed.data.schemaVersion;
  if (typeof version === 'number' && Number.isInteger(version) && version > SCHEMA_VERSION) {
    const at = lineColumn(parsed.text, offsetIn(parsed, ['schemaVersion']));
    const args = { version: String(version), needs: SCHEMA_RELEASES[version], dpia: VERSION, schema: String(SCHEMA_VERSION) };
    throw new InputError(parsed.file, cliError('error.schemaVersion', args), at.line, at.column);
  }
  return migrateInMemory(parsed);
}

/**
 * A file written for an older schemaVersion (or without one, in an older shape) is read
 * in the current shape: the migration's steps run on the parsed Document, which keeps the
 * source positions of the nodes they move, so findings point at the lines as written.
 * The file is not changed (`dpia migrate` does that; schema/version says so), and its
 * sign-offs are checked against the data as written (rememberAsWritten).
 */
export function migrateInMemory(parsed: Parsed): Parsed {
  // Written for this schemaVersion: nothing to migrate, and no Document needed to say so.
  if (parsed.data.schemaVersion === SCHEMA_VERSION) return parsed;
  if (!needsMigration(parsed.doc)) return parsed;
  const notes = applySteps(parsed.doc);
  if (notes.length === 0) return parsed;
  const data = parsed.doc.toJS({ maxAliasCount: 50 }) as Record<string, unknown>;
  rememberAsWritten(data, parsed.data);
  // Paths of the migrated shape are found in the migrated Document (its nodes keep their places), not in the file's own shape.
  return { ...parsed, data, offsetAt: undefined };
}
