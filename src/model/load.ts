// Reading and parsing an assessment file, with the schemaVersion gate.
import { cliError, InputError } from '../errors.ts';
import { VERSION } from '../version.ts';
import { lineColumn, offsetOf } from './locate.ts';
import { parseAssessment, type Parsed } from './parse.ts';
import { SCHEMA_VERSION } from './schema.ts';
import { readSource } from './source.ts';

/** The first dpia release that reads each schemaVersion; extend when the format changes. */
export const SCHEMA_RELEASES: Record<number, string> = { 1: '0.1.0' };

export function loadAssessment(file: string, display = file): Parsed {
  return checkSchemaVersion(parseAssessment(readSource(file, display), display));
}

export function checkSchemaVersion(parsed: Parsed): Parsed {
  const version = parsed.data.schemaVersion;
  if (typeof version === 'number' && Number.isInteger(version) && version > SCHEMA_VERSION) {
    const at = lineColumn(parsed.text, offsetOf(parsed.doc, ['schemaVersion']));
    const args = { version: String(version), needs: SCHEMA_RELEASES[version], dpia: VERSION, schema: String(SCHEMA_VERSION) };
    throw new InputError(parsed.file, cliError('error.schemaVersion', args), at.line, at.column);
  }
  return parsed;
}
