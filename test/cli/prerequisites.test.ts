// `npm test` on a machine without tmux, chromium or pre-commit stops at once with one line naming what
// is missing and how to install it (issue 14 point 1), instead of failing minutes in.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ROOT } from '../helpers/cli.ts';

const SCRIPT = join(ROOT, 'scripts', 'test-prerequisites.mjs');

describe('the test prerequisites', () => {
  it('name a missing tmux in one line, with the command that installs it, and exit 1', () => {
    const started = Date.now();
    const result = spawnSync(process.execPath, [SCRIPT], { env: { PATH: join(ROOT, 'no-such-folder') }, encoding: 'utf8' });
    assert.equal(result.status, 1);
    assert.equal(result.stderr.trim().split('\n').length, 1);
    assert.match(result.stderr, /^npm test needs tmux .*apt-get install tmux chromium pre-commit/);
    assert.ok(Date.now() - started < 5000);
  });

  it('pass here, where the suite runs', () => {
    const result = spawnSync(process.execPath, [SCRIPT], { encoding: 'utf8' });
    assert.equal(result.status, 0, result.stderr);
    assert.equal(result.stderr, '');
  });

  it('run first in npm test', async () => {
    const { default: pkg } = await import(join(ROOT, 'package.json'), { with: { type: 'json' } });
    assert.match(pkg.scripts.test, /^node scripts\/test-prerequisites\.mjs && /);
  });
});
