// Golden files for the version commands: compared byte for byte; regenerate with
// UPDATE_GOLDEN=1 when a change is intended.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES } from '../helpers/cli.ts';

export const GOLDEN = join(FIXTURES, 'versions', 'golden');

export function assertGolden(name: string, actual: string): void {
  const file = join(GOLDEN, name);
  if (process.env.UPDATE_GOLDEN === '1') {
    mkdirSync(GOLDEN, { recursive: true });
    writeFileSync(file, actual);
  }
  assert.ok(existsSync(file), `missing golden ${name}; run UPDATE_GOLDEN=1 node --import tsx --test test/versions/*.test.ts`);
  assert.equal(actual, readFileSync(file, 'utf8'), `output differs from golden ${name}; if intended, regenerate with UPDATE_GOLDEN=1`);
}
