// `render -c FILE` reads the named config, like `check -c`.
import { strict as assert } from 'node:assert';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { EXAMPLES, runBin, tempDir } from '../helpers/cli.ts';

test('render -c uses the authority of the named config file', () => {
  const { dir, cleanup } = tempDir('dpia-render-config-');
  try {
    const config = join(dir, 'other.dpia-config.yaml');
    writeFileSync(config, 'authority:\n  name: Integritetsskyddsmyndigheten (IMY)\n  address: Box 8114, 104 20 Stockholm, Sweden\n');
    const example = join(EXAMPLES, 'lead-scoring', 'lead-scoring.dpia.yaml');
    const named = runBin(['render', example, '--doc', 'notice', '-c', config], { cwd: dir });
    assert.equal(named.code, 0, named.stderr);
    assert.match(named.stdout, /Integritetsskyddsmyndigheten \(IMY\)/);
    assert.doesNotMatch(named.stdout, /Postboks 458/);
    const plain = runBin(['render', example, '--doc', 'notice'], { cwd: dir });
    assert.match(plain.stdout, /Datatilsynet/);
    const missing = runBin(['render', example, '-c', join(dir, 'nope.yaml')], { cwd: dir });
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /nope\.yaml: no such file/);
  } finally {
    cleanup();
  }
});
