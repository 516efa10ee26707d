// Dates agree in every command: an impossible day is refused the same way by each
// option that takes a date, and a file holding one gets the same schema finding from
// `check` and `status` (src/model/dates.ts is the one module behind them all).
import { strict as assert } from 'node:assert';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { EXAMPLES, runBin, runMain, tempDir } from '../helpers/cli.ts';

describe('dates on the command line and in files', () => {
  const temp = tempDir('dpia-dates-');
  after(() => temp.cleanup());
  const example = join(temp.dir, 'lead-scoring.dpia.yaml');
  copyFileSync(join(EXAMPLES, 'lead-scoring', 'lead-scoring.dpia.yaml'), example);
  const before = readFileSync(example);

  // The built binary for the first bad date, every command; the others in this process (the
  // same main(), without a new Node.js for each of 21 more runs).
  for (const [index, bad] of ['2026-02-30', '2025-02-29', '2026-13-01', '2026-1-1'].entries()) {
    it(`every date option refuses ${bad} with exit 2 and the same one line${index === 0 ? ' (binary)' : ''}`, async () => {
      const runs: Array<[string, string[]]> = [
        ['--today', ['check', example, '--today', bad]],
        ['--today', ['status', temp.dir, '--today', bad]],
        ['--today', ['render', example, '--today', bad]],
        ['--today', ['export', '--ropa', temp.dir, '--today', bad]],
        ['--date', ['approve', example, '--role', 'dpo', '--name', 'Kari Nordmann', '--date', bad]],
        ['--date', ['bump', example, '-m', 'Next version', '--date', bad]],
        ['--today', ['screen', example, '--today', bad]],
      ];
      for (const [flag, args] of runs) {
        const result = index === 0 ? runBin(args, { cwd: temp.dir }) : await runMain(args, { cwd: temp.dir });
        assert.equal(result.code, 2, `${args[0]}: ${result.stderr}`);
        assert.equal(result.stderr, `dpia: ${flag} must be a date YYYY-MM-DD, not "${bad}"\n`, args[0]);
        assert.equal(result.stdout, '', args[0]);
      }
      assert.deepEqual(readFileSync(example), before, 'nothing was written');
    });
  }

  it('the options take real days, leap days included', () => {
    const result = runBin(['check', example, '--today', '2028-02-29', '--no-cache', '--format', 'json'], { cwd: temp.dir });
    assert.ok(result.code === 0 || result.code === 1, result.stderr);
    assert.equal(result.stderr, '');
  });

  it('review.next: 2026-02-30 is the same schema finding in check and in status', () => {
    const file = join(temp.dir, 'bad.dpia.yaml');
    writeFileSync(file, 'schemaVersion: 1\nid: x\nreview:\n  cadence: P1Y\n  next: 2026-02-30\n');
    const checked = runBin(['check', file, '--today', '2026-01-01', '--no-cache', '--format', 'json'], { cwd: temp.dir });
    assert.equal(checked.code, 1, checked.stderr);
    const findings = (JSON.parse(checked.stdout) as { files: Array<{ findings: Array<{ rule: string; line: number; column: number; message: string }> }> }).files[0].findings;
    const schema = findings.filter((f) => f.rule === 'schema/invalid');
    assert.deepEqual(schema.map((f) => [f.line, f.column]), [[5, 9]]);
    assert.match(schema[0].message, /date YYYY-MM-DD.*"2026-02-30"/);
    assert.ok(!findings.some((f) => f.rule === 'accountability/review-overdue'), 'an impossible day is not judged as a date');

    const status = runBin(['status', file, '--today', '2026-01-01', '--format', 'json'], { cwd: temp.dir });
    assert.equal(status.code, 0, status.stderr);
    const row = (JSON.parse(status.stdout) as { assessments: Array<{ errors: number; reviewOverdue: boolean }> }).assessments[0];
    assert.equal(row.errors, findings.filter((f) => (f as { severity?: string }).severity === 'error').length, 'status counts the same findings, the schema finding among them');
    assert.equal(row.reviewOverdue, false);
  });
});
