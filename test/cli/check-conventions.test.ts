// `dpia check` keeps the conventions of ESLint and markdownlint-cli2 (issue 14 point 5):
// -o FILE, --quiet, --max-warnings N, and one assessment from standard input with `-`
// and --stdin-filename. The built CLI as a subprocess.
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { ROOT, runBin, tempDir } from '../helpers/cli.ts';

const DRAFT = join(ROOT, 'examples', 'churn-prediction', 'churn-prediction.dpia.yaml');
const TODAY = ['--today', '2026-11-29', '--lang', 'en'];

describe('check: the conventions of the linters', () => {
  const { dir, cleanup } = tempDir('dpia-conventions-');
  after(cleanup);
  const json = (stdout: string) => JSON.parse(stdout) as { files: { file: string; findings: { severity: string }[] }[]; summary: { errors: number; warnings: number } };
  const full = json(runBin(['check', DRAFT, '-f', 'json', ...TODAY]).stdout);
  assert.ok(full.summary.warnings > 2 && full.summary.errors > 0, 'the draft example has errors and warnings');

  it('--quiet reports errors only', () => {
    const quiet = runBin(['check', DRAFT, '-f', 'json', '--quiet', ...TODAY]);
    assert.equal(quiet.code, 1);
    const report = json(quiet.stdout);
    assert.equal(report.summary.errors, full.summary.errors);
    assert.equal(report.summary.warnings, 0);
    assert.ok(report.files[0].findings.every((f) => f.severity === 'error'));
  });

  it('--max-warnings N fails when there are more than N warnings, with one line saying so', () => {
    const over = runBin(['check', DRAFT, '--quiet', '--max-warnings', '0', ...TODAY]);
    assert.equal(over.code, 1, 'errors still fail');
    assert.equal(runBin(['check', join(ROOT, 'examples', 'lead-scoring'), '--max-warnings', '0', ...TODAY]).code, 0);
    // One warning and no error: the versions fixture without its lifecycle phases (ai/lifecycle-phases).
    const file = join(dir, 'warning.dpia.yaml');
    const source = readFileSync(join(ROOT, 'test', 'fixtures', 'versions', 'lead-scoring.dpia.yaml'), 'utf8');
    writeFileSync(file, source.replace(/\nphases:\n[\s\S]*?\n\n(?=security:)/, '\n'));
    assert.deepEqual(json(runBin(['check', file, '-f', 'json', ...TODAY]).stdout).summary, { files: 1, errors: 0, warnings: 1 });
    assert.equal(runBin(['check', file, '--max-warnings', '1', ...TODAY]).code, 0);
    const r = runBin(['check', file, '--max-warnings', '0', ...TODAY]);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /^dpia: 1 warning, more than the 0 allowed \(--max-warnings\)$/m);
    const bad = runBin(['check', DRAFT, '--max-warnings', 'many']);
    assert.equal(bad.code, 2);
    assert.equal(bad.stderr.trim().split('\n').length, 1);
  });

  it('-o FILE writes the report there, atomically, and nothing to standard output', () => {
    const out = join(dir, 'report.sarif');
    const r = runBin(['check', DRAFT, '-f', 'sarif', '-o', out, ...TODAY]);
    assert.equal(r.code, 1);
    assert.equal(r.stdout, '');
    assert.equal(JSON.parse(readFileSync(out, 'utf8')).version, '2.1.0');
    const text = join(dir, 'report.txt');
    runBin(['check', DRAFT, '-o', text, ...TODAY], { env: { FORCE_COLOR: '1' } });
    assert.ok(!readFileSync(text, 'utf8').includes('\u001b['), 'no colour codes in a file');
    const missing = runBin(['check', DRAFT, '-o', join(dir, 'no', 'such', 'dir', 'r.txt'), ...TODAY]);
    assert.equal(missing.code, 2);
    assert.ok(!existsSync(join(dir, 'no')));
  });

  it('- reads one assessment from standard input, reported under --stdin-filename', () => {
    const text = readFileSync(DRAFT, 'utf8');
    const r = runBin(['check', '-', '--stdin-filename', 'privacy/churn.dpia.yaml', '-f', 'json', ...TODAY], { input: text });
    assert.equal(r.code, 1);
    const report = json(r.stdout);
    assert.equal(report.files[0].file, 'privacy/churn.dpia.yaml');
    assert.equal(report.summary.errors, full.summary.errors);
    assert.equal(json(runBin(['check', '-', '-f', 'json', ...TODAY], { input: text }).stdout).files[0].file, '<stdin>');
    const bad = runBin(['check', '-', '--stdin-filename', 'x.dpia.yaml', ...TODAY], { input: 'id: [unclosed\n' });
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /^dpia: x\.dpia\.yaml:\d+:\d+: /);
    assert.equal(runBin(['check', '-', DRAFT]).code, 2);
    assert.equal(runBin(['check', DRAFT, '--stdin-filename', 'x']).code, 2);
  });

  it('SARIF paths are relative to the repository root (uriBaseId %SRCROOT%), from any subfolder', () => {
    const repo = join(dir, 'repo');
    mkdirSync(join(repo, '.git'), { recursive: true });
    mkdirSync(join(repo, 'privacy', 'crm'), { recursive: true });
    copyFileSync(DRAFT, join(repo, 'privacy', 'crm', 'churn.dpia.yaml'));
    for (const [cwd, target] of [[repo, 'privacy'], [join(repo, 'privacy'), 'crm'], [join(repo, 'privacy', 'crm'), 'churn.dpia.yaml']]) {
      const log = JSON.parse(runBin(['check', target, '-f', 'sarif', ...TODAY], { cwd }).stdout);
      const run = log.runs[0];
      assert.deepEqual(run.originalUriBaseIds, { '%SRCROOT%': { description: { text: 'The root of the repository' } } });
      const locations = run.results.map((r: { locations: { physicalLocation: { artifactLocation: unknown } }[] }) => r.locations[0].physicalLocation.artifactLocation);
      assert.ok(locations.length > 0);
      for (const location of locations) assert.deepEqual(location, { uri: 'privacy/crm/churn.dpia.yaml', uriBaseId: '%SRCROOT%' }, cwd);
    }
  });
});
