// The editor and `dpia check` agree (issue 14 point 6): every example and fixture is
// validated with ajv against schema/dpia.schema.json, and ajv flags exactly the paths
// check's schema findings name (schema/invalid, schema/unknown-key). An unknown key is one
// ajv message at its object, a key with x- is no message, a wrong enumeration value is one.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { isDeepStrictEqual } from 'node:util';
import { Ajv, type ErrorObject } from 'ajv';
import { loadAssessment } from '../../src/model/load.ts';
import { parseAssessment } from '../../src/model/parse.ts';
import { readSource } from '../../src/model/source.ts';
import { validate as checkValidate } from '../../src/model/validate.ts';
import { EXAMPLES, FIXTURES, ROOT } from '../helpers/cli.ts';

const schema = JSON.parse(readFileSync(join(ROOT, 'schema', 'dpia.schema.json'), 'utf8'));
const editor = new Ajv({ strict: true, allErrors: true }).compile(schema);

function assessments(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.dpia\.ya?ml$/.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/** The outermost paths among `paths`, dotted: what an editor underlines and what check names. */
function outermost(paths: string[]): string[] {
  const set = [...new Set(paths)];
  return set.filter((p) => !set.some((q) => q !== p && (q === '' || p.startsWith(`${q}.`)))).sort();
}

function editorPaths(data: unknown): string[] {
  if (editor(data)) return [];
  return outermost((editor.errors as ErrorObject[]).map((e) => {
    const at = e.instancePath.split('/').slice(1).map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
    if (e.keyword === 'additionalProperties') at.push(String(e.params.additionalProperty));
    return at.join('.');
  }));
}

function checkPaths(data: unknown): string[] {
  return outermost(checkValidate(data).map((p) => p.path.join('.')));
}

describe('the editor schema and dpia check agree on every example and fixture', () => {
  const files = [...assessments(EXAMPLES), ...assessments(FIXTURES)];
  let compared = 0;
  let flagged = 0;
  let migrated = 0;
  let unreadable = 0;

  for (const file of files) {
    it(relative(ROOT, file), () => {
      let data: unknown;
      let raw: unknown;
      try {
        raw = parseAssessment(readSource(file), file).data;
        data = loadAssessment(file).data;
      } catch {
        unreadable++; // not YAML, or a newer schemaVersion: check refuses it before any schema finding
        return;
      }
      compared++;
      const check = checkPaths(data);
      if (check.length > 0) flagged++;
      assert.deepEqual(editorPaths(data), check, 'ajv and check flag the same paths');
      if (!isDeepStrictEqual(raw, data)) {
        // An older shape, read migrated by check (schema/version says to migrate): the editor,
        // which knows only the current schemaVersion, flags it as written.
        migrated++;
        assert.notDeepEqual(editorPaths(raw), [], 'the editor flags the older shape');
      }
    });
  }

  it('compared files of each kind', () => {
    assert.ok(files.length >= 200, `${files.length} files`);
    assert.ok(compared >= 200, `${compared} compared, ${unreadable} unreadable`);
    assert.ok(flagged >= 3, `${flagged} with schema findings`);
    assert.ok(migrated >= 1, `${migrated} in an older shape`);
  });
});

describe('what an editor shows', () => {
  it('an unknown key: one message at its object, naming the key, where check warns with schema/unknown-key', () => {
    const data = { schemaVersion: 2, titel: 'Lead scoring', dataCategories: [{ id: 'contact', retension: 'P2Y' }] };
    assert.equal(editor(data), false);
    assert.deepEqual(editor.errors?.map((e) => [e.instancePath, e.keyword, e.params.additionalProperty, e.message]), [
      ['', 'additionalProperties', 'titel', 'must NOT have additional properties'],
      ['/dataCategories/0', 'additionalProperties', 'retension', 'must NOT have additional properties'],
    ]);
    assert.deepEqual(checkValidate(data).map((p) => [p.rule, p.path.join('.'), p.args.suggestion]), [
      ['schema/unknown-key', 'titel', 'title'],
      ['schema/unknown-key', 'dataCategories.0.retension', 'retention'],
    ]);
  });

  it('keys of your own, prefixed x-, at any level: no message from either', () => {
    const data = {
      schemaVersion: 2, 'x-jira': 'PRIV-12', controller: { 'x-crm-account': 42, dpo: { 'x-team': { any: ['thing'] } } },
      risks: [{ id: 'r1', 'x-ticket': 'RISK-1', residual: { 'x-note': null } }],
    };
    assert.equal(editor(data), true, JSON.stringify(editor.errors));
    assert.deepEqual(checkValidate(data), []);
  });

  it('a value outside an enumeration: one message, "must be equal to one of the allowed values"', () => {
    for (const [data, path] of [
      [{ status: 'done' }, '/status'],
      [{ purposes: [{ id: 'p', legalBasis: 'because' }] }, '/purposes/0/legalBasis'],
      [{ language: 'de' }, '/language'],
    ] as const) {
      assert.equal(editor(data), false);
      assert.deepEqual(editor.errors?.map((e) => [e.instancePath, e.keyword, e.message]), [[path, 'enum', 'must be equal to one of the allowed values']]);
      assert.deepEqual(checkValidate(data).map((p) => [p.rule, `/${p.path.join('/')}`]), [['schema/invalid', path]]);
    }
  });
});
