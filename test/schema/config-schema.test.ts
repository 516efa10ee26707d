// schema/dpia.config.schema.json is what editors load for dpia.config.yaml (issue 14 point 6):
// it equals `dpia schema --config`, compiles as strict draft-07, accepts the README's
// configuration example, and refuses what the loader refuses (an unknown key, a bad value).
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { ROOT, runBin } from '../helpers/cli.ts';

const committed = readFileSync(join(ROOT, 'schema', 'dpia.config.schema.json'), 'utf8');

describe('schema/dpia.config.schema.json', () => {
  it('equals the output of `dpia schema --config` (regenerate: node bin/dpia.js schema --config > schema/dpia.config.schema.json)', () => {
    const result = runBin(['schema', '--config']);
    assert.equal(result.code, 0, result.stderr);
    assert.equal(result.stdout, committed);
  });

  const validate = new Ajv({ strict: true, allErrors: true }).compile(JSON.parse(committed));

  it('accepts the configuration example in the README', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const block = /\*\*Configuration\*\*[\s\S]*?```yaml\n([\s\S]*?)```/.exec(readme);
    assert.ok(block, 'the README shows a configuration');
    assert.equal(validate(parse(block[1])), true, JSON.stringify(validate.errors));
  });

  it('refuses an unknown key and a rule setting that is not off, warn or error, as the loader does', () => {
    assert.equal(validate({ langauge: 'nb' }), false);
    assert.equal(validate({ rules: { 'consent/withdrawal': 'sometimes' } }), false);
    assert.equal(validate({ ignore: 'archive/' }), false);
  });
});
