// schema/schemastore-catalog.json is the entry to submit to SchemaStore (README, "Editors"),
// so that *.dpia.yaml and dpia.config.yaml validate in editors without a $schema line. It
// must be in SchemaStore's catalog format (src/api/json/catalog.json there), name the
// schemas this repository builds, and match the files dpia reads, no more.
import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { Ajv } from 'ajv';
import { CONFIG_FILE } from '../../src/config-location.ts';
import { ASSESSMENT_SUFFIX } from '../../src/model/find-files.ts';
import { ROOT } from '../helpers/cli.ts';

const catalog = JSON.parse(readFileSync(join(ROOT, 'schema', 'schemastore-catalog.json'), 'utf8'));

/** The file SchemaStore hosts (src/schemas/json/<name>) for each url: a copy of the schema built here. */
const SUBMITTED: Record<string, string> = {
  'https://www.schemastore.org/dpia.json': 'dpia.schema.json',
  'https://www.schemastore.org/dpia-config.json': 'dpia.config.schema.json',
};

/** A fileMatch glob as the YAML language server reads it: `*` within a name, matched at the end of the path. */
function matches(glob: string, path: string): boolean {
  const source = glob.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('[^/]*');
  return new RegExp(`(^|/)${source}$`).test(path);
}

type Entry = { name: string; description: string; fileMatch: string[]; url: string };
const entryFor = (url: string) => (catalog.schemas as Entry[]).find((e) => e.url === url)!;

describe('schema/schemastore-catalog.json', () => {
  it('is a SchemaStore catalog: $schema, version 1, schemas with name, description, fileMatch and an https url', () => {
    assert.deepEqual(Object.keys(catalog), ['$schema', 'version', 'schemas']);
    assert.equal(catalog.$schema, 'https://www.schemastore.org/schema-catalog.json');
    assert.equal(catalog.version, 1);
    assert.ok(Array.isArray(catalog.schemas) && catalog.schemas.length > 0);
    for (const entry of catalog.schemas as Entry[]) {
      assert.deepEqual(Object.keys(entry), ['name', 'description', 'fileMatch', 'url']);
      for (const key of ['name', 'description', 'url'] as const) assert.ok(typeof entry[key] === 'string' && entry[key].trim() === entry[key] && entry[key] !== '', `${entry.name}: ${key}`);
      assert.doesNotMatch(entry.description, /[.:]$/, 'no trailing punctuation, as SchemaStore asks');
      assert.ok(entry.fileMatch.length > 0 && new Set(entry.fileMatch).size === entry.fileMatch.length, `${entry.name}: fileMatch`);
      assert.match(entry.url, /^https:\/\/www\.schemastore\.org\/[a-z0-9-]+\.json$/);
    }
  });

  it('names the schemas this repository builds, each a strict draft-07 schema in the package', () => {
    assert.deepEqual((catalog.schemas as Entry[]).map((e) => e.url).sort(), Object.keys(SUBMITTED).sort());
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { files: string[] };
    assert.ok(pkg.files.includes('schema'), 'package.json files has schema/');
    for (const file of Object.values(SUBMITTED)) {
      const path = join(ROOT, 'schema', file);
      assert.ok(existsSync(path), file);
      const schema = JSON.parse(readFileSync(path, 'utf8'));
      assert.equal(schema.$schema, 'http://json-schema.org/draft-07/schema#');
      assert.doesNotThrow(() => new Ajv({ strict: true }).compile(schema), file);
    }
  });

  it('matches the files dpia reads: assessments (*.dpia.yaml) and dpia.config.yaml, each with its own schema', () => {
    const assessment = entryFor('https://www.schemastore.org/dpia.json');
    const config = entryFor('https://www.schemastore.org/dpia-config.json');
    const any = (entry: Entry, path: string) => entry.fileMatch.some((g) => matches(g, path));
    for (const path of ['examples/lead-scoring/lead-scoring.dpia.yaml', `privacy/crm${ASSESSMENT_SUFFIX}`, `a${ASSESSMENT_SUFFIX}`]) {
      assert.ok(any(assessment, path), path);
      assert.ok(!any(config, path), path);
    }
    for (const path of [CONFIG_FILE, `crm/${CONFIG_FILE}`]) {
      assert.ok(any(config, path), path);
      assert.ok(!any(assessment, path), path);
    }
    for (const path of ['lead-scoring.yaml', 'docker-compose.yaml', 'dpia.yaml']) assert.ok(!any(assessment, path) && !any(config, path), path);
  });
});
