// schema/dpia.schema.json is what editors load (yaml-language-server); it must equal
// what `dpia schema` prints, be a valid draft-07 JSON Schema, and accept the complete
// examples.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { jsonSchema } from '../../src/model/editor-schema.ts';
import { EXAMPLES, ROOT, runBin } from '../helpers/cli.ts';

const committedText = readFileSync(join(ROOT, 'schema', 'dpia.schema.json'), 'utf8');
const COMPLETE_EXAMPLES = ['lead-scoring/lead-scoring.dpia.yaml', 'kundeservice-chatbot/kundeservice-chatbot.dpia.yaml', 'personlige-tilbud/personlige-tilbud.dpia.yaml'];

function compile() {
  const ajv = new Ajv({ strict: true, allErrors: true });
  return ajv.compile(JSON.parse(committedText));
}

/** Every subschema, found through the keywords this schema uses. */
function nodes(schema: any): any[] {
  const children = [
    ...Object.values(schema.properties ?? {}), ...Object.values(schema.patternProperties ?? {}),
    ...(schema.items ? [schema.items] : []), ...(schema.anyOf ?? []),
  ];
  return [schema, ...children.flatMap(nodes)];
}

describe('schema/dpia.schema.json', () => {
  it('equals the output of `dpia schema` (regenerate: node bin/dpia.js schema > schema/dpia.schema.json)', () => {
    const result = runBin(['schema']);
    assert.equal(result.code, 0, result.stderr);
    assert.equal(committedText, result.stdout);
    assert.equal(committedText, `${JSON.stringify(jsonSchema(), null, 2)}\n`);
  });

  it('is a valid draft-07 schema that compiles in strict mode', () => {
    const schema = JSON.parse(committedText);
    assert.equal(schema.$schema, 'http://json-schema.org/draft-07/schema#');
    const ajv = new Ajv({ strict: true });
    assert.equal(ajv.validateSchema(schema), true, JSON.stringify(ajv.errors));
    assert.doesNotThrow(() => ajv.compile(schema));
  });

  for (const example of COMPLETE_EXAMPLES) {
    it(`accepts examples/${example}`, () => {
      const validate = compile();
      const data = parse(readFileSync(join(EXAMPLES, example), 'utf8'));
      assert.equal(validate(data), true, JSON.stringify(validate.errors, null, 2));
    });
  }

  it('writes enumerations as `enum` (no `anyOf` of `const`s), here and in the config schema', () => {
    for (const text of [committedText, readFileSync(join(ROOT, 'schema', 'dpia.config.schema.json'), 'utf8')]) {
      const constUnions = nodes(JSON.parse(text)).filter((n) => Array.isArray(n.anyOf) && n.anyOf.every((m: Record<string, unknown>) => 'const' in m));
      assert.deepEqual(constUnions, []);
    }
    assert.ok(nodes(JSON.parse(committedText)).filter((n) => Array.isArray(n.enum)).length >= 20);
  });

  it('closes every object with named keys, accepting keys that start with x-', () => {
    const objects = nodes(JSON.parse(committedText)).filter((n) => n.type === 'object' && n.properties);
    assert.ok(objects.length >= 40, `${objects.length} objects`);
    for (const o of objects) {
      assert.equal(o.additionalProperties, false, Object.keys(o.properties).join(', '));
      assert.deepEqual(o.patternProperties, { '^x-': {} });
    }
  });

  it('rejects values of the wrong type', () => {
    const validate = compile();
    assert.equal(validate({ schemaVersion: 1, risks: [{ id: 'r1', likelihood: 7 }] }), false);
    assert.equal(validate({ schemaVersion: 1, review: { next: '29.11.2026' } }), false);
    assert.equal(validate({ schemaVersion: 1, purposes: [{ id: 'p', legalBasis: 'because' }] }), false);
  });
});
