// Running the rules on a YAML string, for rule fixtures and unit tests.
import { migrateInMemory } from '../../src/model/load.ts';
import { parseAssessment } from '../../src/model/parse.ts';
import { runRules } from '../../src/rules/engine.ts';
import type { Config } from '../../src/config.ts';
import type { Finding } from '../../src/rules/types.ts';
import { scan } from '../../src/scan/run.ts';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const FIXTURE_DIR = fileURLToPath(new URL('../fixtures', import.meta.url));

export const TODAY = '2026-11-29';

export function findingsOf(yaml: string, options: { today?: string; config?: Partial<Config> } = {}): Finding[] {
  // A file written for schemaVersion 1 is read in the current shape, as every command reads it.
  const parsed = migrateInMemory(parseAssessment(yaml, 'test.dpia.yaml'));
  return runRules(parsed.data, { today: options.today ?? TODAY, config: { root: '.', ...options.config } });
}

/** `rule@path` strings, sorted, for compact assertions. */
export function ruleHits(yaml: string, rule: string, options: { today?: string; config?: Partial<Config> } = {}): string[] {
  return findingsOf(yaml, options).filter((f) => f.rule === rule).map((f) => f.path.join('.')).sort();
}

/** The data/*-field rules' findings for an assessment held against schema files (written to a new folder with the assessment). */
export async function scanFindings(yaml: string, schemas: readonly { file: string; text: string }[], options: { today?: string; config?: Partial<Config> } = {}): Promise<Finding[]> {
  const dir = mkdtempSync(join(tmpdir(), 'dpia-scan-rule-'));
  try {
    for (const schema of schemas) {
      mkdirSync(dirname(join(dir, schema.file)), { recursive: true });
      writeFileSync(join(dir, schema.file), schema.text);
    }
    const file = { path: join(dir, 'test.dpia.yaml'), display: 'test.dpia.yaml' };
    const parsed = migrateInMemory(parseAssessment(yaml, file.display));
    const output = await scan({ assessments: [{ file, parsed }], paths: schemas.map((s) => s.file), config: { root: dir, ...options.config }, cwd: dir, today: options.today ?? TODAY });
    if (output.errors.length > 0) throw new Error(`the schemas could not be read: ${JSON.stringify(output.errors)}`);
    return output.findings.get(file.display) ?? [];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** `path` for a finding in the assessment, `path@file:line:column` for one at a field, sorted. */
export async function scanHits(yaml: string, rule: string, schemas: readonly { file: string; text: string }[], options: { today?: string; config?: Partial<Config> } = {}): Promise<string[]> {
  return (await scanFindings(yaml, schemas, options)).filter((f) => f.rule === rule)
    .map((f) => `${f.path.join('.')}${f.at ? `@${f.at.file}:${f.at.line}:${f.at.column}` : ''}`).sort();
}

/** The schema files a rule fixture names (`# schema: <file under test/fixtures/scan/rules>`). */
export function fixtureSchemas(text: string): { file: string; text: string }[] {
  return [...text.matchAll(/^# schema:(.*)$/gm)].map((m) => m[1]!.trim()).map((file) => ({ file, text: readFileSync(join(FIXTURE_DIR, 'scan', 'rules', file), 'utf8') }));
}
