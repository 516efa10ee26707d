// The suite's runner (scripts/run-tests.ts, what npm test and CI run): a failing test in
// any of its processes, or a file that cannot be loaded, fails the run with exit code 1
// and is named in its report; the files after a broken one still run; the last line adds
// the processes' counts up. A green CI rests on this.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ROOT } from '../helpers/cli.ts';

const FIXTURES = 'test/fixtures/run-tests';

function runTests(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts', 'run-tests.ts'), ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('scripts/run-tests.ts', () => {
  it('passes when every test of every process passes', () => {
    const run = runTests('--processes', '2', `${FIXTURES}/passes.ts`, `${FIXTURES}/later.ts`);
    assert.equal(run.code, 0, run.stdout + run.stderr);
    assert.match(run.stdout, /fixture: one passes/);
    assert.match(run.stdout, /fixture: a file after a broken one still runs/, 'the second process reports too');
    assert.match(run.stdout, /^2 files in 2 processes: tests 3, pass 3, fail 0, cancelled 0, skipped 0, todo 0 \(\d+ s\)$/m);
  });

  it('fails with exit code 1 when a test fails in the second process, and names it', () => {
    const run = runTests('--processes', '2', `${FIXTURES}/passes.ts`, `${FIXTURES}/fails.ts`);
    assert.equal(run.code, 1, run.stdout + run.stderr);
    assert.match(run.stdout, /✖ fixture: this one fails/);
    assert.match(run.stdout, /process 2 of 2 ended with exit code 1/);
    assert.match(run.stdout, /tests 3, pass 2, fail 1/);
  });

  it('fails when a file cannot be loaded, names the file, and runs the files after it', () => {
    const run = runTests('--processes', '1', `${FIXTURES}/broken.ts`, `${FIXTURES}/later.ts`);
    assert.equal(run.code, 1, run.stdout + run.stderr);
    assert.match(run.stdout, /✖ test\/fixtures\/run-tests\/broken\.ts could not be loaded/);
    assert.match(run.stdout, /fixture: this file cannot be loaded/);
    assert.match(run.stdout, /✔ fixture: a file after a broken one still runs/);
  });

  it('refuses a number of processes that is not one or more, with one line and exit code 2', () => {
    const run = runTests('--processes', '0', `${FIXTURES}/passes.ts`);
    assert.equal(run.code, 2);
    assert.equal(run.stderr, 'run-tests: --processes takes a whole number of 1 or more, not "0"\n');
    assert.equal(run.stdout, '');
  });
});
