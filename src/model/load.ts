// Reading and parsing an assessment file, with the schemaVersion gate.
import { InputError } from '../errors.ts';
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
    const needs = SCHEMA_RELEASES[version] ? `dpia ≥ ${SCHEMA_RELEASES[version]}` : 'a newer dpia';
    throw new InputError(parsed.file, `uses schemaVersion ${version}, so this file needs ${needs}; this is dpia ${VERSION}, which reads schemaVersion ${SCHEMA_VERSION} (upgrade: npm install -D dpia@latest)`, at.line, at.column);
  }
  return parsed;
}
