// `dpia fairness`, the built CLI as a subprocess on the lead-scoring example with a test
// that says how to compute it: per-group figures with intervals, a run recorded as
// evidence that check reads and that leaves the signed content (and so the sign-offs) as
// they were, a planted bias that fails, and one clear line for bad input.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { parse } from 'yaml';
import { seeded } from '../../src/fairness/random.ts';
import { contentHash } from '../../src/model/hash.ts';
import { BIN, leadScoringWithoutFairnessRuns, runBin, tempDir } from '../helpers/cli.ts';

const { dir, cleanup } = tempDir('dpia-fairness-cli-');
after(cleanup);
const TODAY = '2026-11-30';
const assessment = join(dir, 'lead-scoring.dpia.yaml');
const source = leadScoringWithoutFairnessRuns();
// The selection-rate test of the example, told how to compute itself from the predictions.
const withCompute = source.replace(
  /( {4}- id: selection-rate-gender\n(?: {6}.*\n)*? {6}passed: true\n)/,
  '$1      compute:\n        metric: four-fifths\n        group: gender\n        prediction: band\n        positive: A\n        outcome: converted\n',
);

/** Predictions: `rates` is each group's share of band A; a seeded generator, so the same file every run. */
function predictions(name: string, rates: Record<string, number>, perGroup: number): string {
  const next = seeded(12345);
  const rows = ['lead_id,gender,band,converted'];
  let id = 0;
  for (const [group, rate] of Object.entries(rates)) {
    for (let i = 0; i < perGroup; i++) {
      const band = next() < rate ? 'A' : 'B';
      rows.push(`${id++},${group},${band},${next() < (band === 'A' ? 0.4 : 0.1) ? 1 : 0}`);
    }
  }
  const path = join(dir, name);
  writeFileSync(path, `${rows.join('\n')}\n`);
  return path;
}

describe('dpia fairness', () => {
  let fair: string;
  let biased: string;
  before(() => {
    fair = predictions('fair.csv', { female: 0.3, male: 0.31 }, 3000);
    biased = predictions('biased.csv', { female: 0.18, male: 0.31 }, 3000);
  });

  it('prints per-group figures with intervals, records the run, and leaves the signed content as it was', () => {
    writeFileSync(assessment, withCompute);
    const signed = contentHash(parse(withCompute));
    const result = runBin(['fairness', assessment, '--data', fair, '--today', TODAY], { cwd: dir });
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /^selection-rate-gender: passed — selection-rate ratio \(four-fifths rule\) 0\.\d{3} between \w+ \/ \w+, 95 % interval 0\.\d{3} to [01]\.\d{3}, threshold 0\.8$/m);
    assert.match(result.stdout, /^ {2}female: selection rate 0\.\d{3} \([\d,]+ of 3,000\), interval 0\.\d{3} to 0\.\d{3}$/m);
    assert.match(result.stdout, /^ {2}6,000 rows read; left out: 0 without a group/m);
    assert.match(result.stderr, /recorded 1 run in .*lead-scoring\.dpia\.yaml/);
    const after = readFileSync(assessment, 'utf8');
    const data = parse(after);
    const run = data.evidence.fairness[0];
    assert.equal(run.test, 'selection-rate-gender');
    assert.equal(run.date, TODAY);
    assert.equal(run.verdict, 'pass');
    assert.equal(run.data.rows, 6000);
    assert.match(run.data.sha256, /^[0-9a-f]{64}$/);
    assert.deepEqual(run.groups.map((g: { group: string }) => g.group), ['female', 'male']);
    assert.equal(contentHash(data), signed, 'the signed content is unchanged');
    // Only lines were added: without them the file is what it was.
    const added = after.split('\n').filter((line) => !withCompute.split('\n').includes(line));
    assert.ok(added.every((line) => line === '' || /^(evidence:| {2}fairness:| {4}- test: .*| {6,10}\S.*)$/.test(line)), added.join('\n'));
    assert.equal(after.replace(/^evidence:\n(?: .*\n)+\n/m, ''), withCompute);
  });

  it('check reads the recorded run: a planted bias fails the test, at the run\'s line', () => {
    writeFileSync(assessment, withCompute);
    const run = runBin(['fairness', assessment, '--data', biased, '--today', TODAY, '-f', 'json'], { cwd: dir });
    assert.equal(run.code, 1, run.stderr);
    const json = JSON.parse(run.stdout);
    assert.equal(json.runs[0].verdict, 'fail');
    assert.ok(json.runs[0].upper < 0.8, `upper ${json.runs[0].upper}`);
    const check = runBin(['check', assessment, '--today', TODAY, '-f', 'json'], { cwd: dir });
    const failed = JSON.parse(check.stdout).files[0].findings.filter((f: { rule: string }) => f.rule === 'fairness/test-failed');
    assert.equal(failed.length, 1, check.stdout);
    assert.equal(failed[0].path, 'evidence.fairness.0.verdict');
    const line = readFileSync(assessment, 'utf8').split('\n')[failed[0].line - 1];
    assert.match(line, /verdict: fail/);
    // A newer run on fair data: check passes the test again; the history keeps both runs.
    assert.equal(runBin(['fairness', assessment, '--data', fair, '--today', '2026-12-01'], { cwd: dir }).code, 0);
    const again = runBin(['check', assessment, '--today', '2026-12-01', '-f', 'json'], { cwd: dir });
    assert.deepEqual(JSON.parse(again.stdout).files[0].findings.filter((f: { rule: string }) => f.rule === 'fairness/test-failed'), []);
    assert.equal(parse(readFileSync(assessment, 'utf8')).evidence.fairness.length, 2);
  });

  it('the report shows the newest run: its verdict in the tests\' table, each group with its count and interval, a chart in HTML, earlier runs', () => {
    writeFileSync(assessment, withCompute);
    assert.equal(runBin(['fairness', assessment, '--data', fair, '--today', '2026-11-01'], { cwd: dir }).code, 0);
    assert.equal(runBin(['fairness', assessment, '--data', biased, '--today', TODAY], { cwd: dir }).code, 1);
    const md = runBin(['render', assessment, '--draft', '--today', TODAY], { cwd: dir });
    assert.equal(md.code, 0, md.stderr);
    assert.match(md.stdout, /^\| selection-rate-gender \| .* \| 30 November 2026 \| 0\.\d+ \| ✘ no \|$/m);
    assert.match(md.stdout, /^#### Test selection-rate-gender, run of 30 November 2026$/m);
    assert.match(md.stdout, /: \*\*failed\*\*\. Computed from 6,000 rows \(SHA-256 [0-9a-f]{64}\)\. Rows left out: 0 without a group/);
    assert.match(md.stdout, /^\| female \| selection rate \| [\d,]+ \/ 3,000 \| 0\.\d{3} \(0\.\d{3} – 0\.\d{3}\) \|$/m);
    assert.match(md.stdout, /^\| 1 November 2026 \| 0\.\d{3} \| 0\.\d{3} – [01]\.\d{3} \| passed \|$/m);
    assert.doesNotMatch(md.stdout, /<svg/);
    const html = runBin(['render', assessment, '--draft', '--today', TODAY, '--format', 'html'], { cwd: dir });
    assert.match(html.stdout, /<figure class="fairness"><svg [^>]*role="img"[^>]*><title id="fairness-0-title">selection-rate-gender: each group's selection rate with its 95 % interval<\/title><desc id="fairness-0-desc">female: selection rate 0\.\d{3} \([\d,]+ of 3,000\)/);
    const nb = runBin(['render', assessment, '--draft', '--today', TODAY, '--lang', 'nb'], { cwd: dir });
    assert.match(nb.stdout, /^#### Testen selection-rate-gender, kjøringen 30\. november 2026$/m);
    assert.match(nb.stdout, /terskel 0,8: \*\*ikke bestått\*\*/);
    assert.match(nb.stdout, /\| female \| andel valgt ut \| [\d\u00a0]+ \/ 3\u00a0000 \| 0,\d{3} /);
  });

  it('dpia diff shows a recorded run as one item of its own section, nothing else', () => {
    writeFileSync(assessment, withCompute);
    const before = join(dir, 'before.dpia.yaml');
    writeFileSync(before, withCompute);
    assert.equal(runBin(['fairness', assessment, '--data', fair, '--today', TODAY], { cwd: dir }).code, 0);
    const diff = runBin(['diff', before, assessment], { cwd: dir });
    assert.match(diff.stdout, /^Fairness runs \(evidence\)\n {2}\+ selection-rate-gender 2026-11-30 #1 "four-fifths" \(added\)$/m);
    assert.doesNotMatch(diff.stdout, /Other changes|evidence\.fairness\.0\./);
  });

  it('a run with only some fields (typed into evidence by hand) is shown with what it has, and nothing else claimed', () => {
    writeFileSync(assessment, `${withCompute}evidence:\n  fairness:\n    - {test: selection-rate-gender, date: 2026-10-01, figure: 0.7, lower: 0.6, upper: 0.75, verdict: fail}\n`);
    const md = runBin(['render', assessment, '--draft', '--today', TODAY], { cwd: dir });
    assert.equal(md.code, 0, md.stderr);
    const section = md.stdout.slice(md.stdout.indexOf('#### Test selection-rate-gender'));
    assert.match(section, /^metric not stated: 0\.700 \(interval 0\.600 to 0\.750\): \*\*failed\*\*\.$/m);
    assert.doesNotMatch(section.split('\n## ')[0], /Computed|rows|SHA-256| % |\| Group \|/);
  });

  it('the chart of a run that states no confidence level claims none', () => {
    writeFileSync(assessment, `${withCompute}evidence:\n  fairness:\n    - {test: selection-rate-gender, date: 2026-10-01, groups: [{group: a, rate: selection-rate, events: 5, n: 10, value: 0.5, lower: 0.2, upper: 0.8}]}\n`);
    const html = runBin(['render', assessment, '--draft', '--today', TODAY, '-f', 'html'], { cwd: dir });
    assert.equal(html.code, 0, html.stderr);
    assert.match(html.stdout, /<title id="fairness-0-title">selection-rate-gender: each group's selection rate with its interval<\/title>/);
    assert.doesNotMatch(html.stdout, /% interval<\/title>/);
  });

  it('--no-record writes nothing; --lang nb words the result in bokmål', () => {
    writeFileSync(assessment, withCompute);
    const result = runBin(['fairness', assessment, '--data', fair, '--today', TODAY, '--no-record', '--lang', 'nb'], { cwd: dir });
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /selection-rate-gender: bestått — .* 0,\d{3} mellom female \/ male, 95 %-intervall 0,\d{3} til [01],\d{3}, terskel 0,8$/m);
    assert.match(result.stdout, /rader lest/);
    assert.equal(readFileSync(assessment, 'utf8'), withCompute);
  });

  it('the data is read once for every test and its fingerprint: a pipe (--data <(zcat …)) gives the figures of the file', () => {
    const twoTests = withCompute.replace(
      /( {4}- id: equal-opportunity-gender\n(?: {6}.*\n)*? {6}passed: true\n)/,
      '$1      compute:\n        metric: equal-opportunity-difference\n        group: gender\n        prediction: band\n        positive: A\n        outcome: converted\n',
    );
    writeFileSync(assessment, twoTests);
    const fromFile = runBin(['fairness', assessment, '--data', fair, '--today', TODAY, '--no-record', '-f', 'json'], { cwd: dir });
    assert.ok(fromFile.code === 0 || fromFile.code === 1, fromFile.stderr);
    // A pipe can be read only once: a second read for a second test, or for the hash, would wait for ever.
    const piped = spawnSync('bash', ['-c', `node ${JSON.stringify(BIN)} fairness ${JSON.stringify(assessment)} --data <(cat ${JSON.stringify(fair)}) --today ${TODAY} --no-record -f json`], { encoding: 'utf8', timeout: 30000 });
    assert.equal(piped.status, fromFile.code, piped.stderr);
    const strip = (text: string) => JSON.parse(text).runs.map((r: Record<string, unknown>) => ({ ...r, data: { ...(r.data as object), file: undefined } }));
    assert.equal(JSON.parse(piped.stdout).runs.length, 2);
    assert.deepEqual(strip(piped.stdout), strip(fromFile.stdout), 'the same figures, rows and SHA-256');
  });

  it('-f md and -f html: the runs as a document, through the report\'s own template, in the language asked', () => {
    writeFileSync(assessment, withCompute);
    const md = runBin(['fairness', assessment, '--data', biased, '--today', TODAY, '--no-record', '-f', 'md'], { cwd: dir });
    assert.equal(md.code, 1, md.stderr);
    assert.match(md.stdout, /^# Fairness test runs: AI lead scoring of inbound B2B leads in the CRM\n\n## Test selection-rate-gender, run of 30 November 2026\n\nSelection-rate ratio \(four-fifths rule\): 0\.\d{3} between female and male \(95 % interval 0\.\d{3} to 0\.\d{3}\), threshold 0\.8: \*\*failed\*\*\. Computed from 6,000 rows/);
    assert.match(md.stdout, /^\| female \| selection rate \| [\d,]+ \/ 3,000 \| 0\.\d{3} \(0\.\d{3} – 0\.\d{3}\) \|$/m);
    assert.doesNotMatch(md.stdout, /<svg/, 'the chart is HTML\'s');
    const html = runBin(['fairness', assessment, '--data', biased, '--today', TODAY, '--no-record', '-f', 'html', '--lang', 'nb'], { cwd: dir });
    assert.equal(html.code, 1, html.stderr);
    assert.match(html.stdout, /^<!DOCTYPE html>\n<html lang="nb">/);
    assert.match(html.stdout, /<title>Kjøringer av rettferdighetstester: AI lead scoring of inbound B2B leads in the CRM<\/title>/);
    assert.match(html.stdout, /<h2 id="[^"]+">Testen selection-rate-gender, kjøringen 30\. november 2026<\/h2>/);
    assert.match(html.stdout, /<figure class="fairness"><svg [^>]*role="img"/);
    assert.match(html.stdout, /<strong>ikke bestått<\/strong>/);
    assert.equal(readFileSync(assessment, 'utf8'), withCompute);
  });

  it('flags override the columns; JSON Lines are read as CSV is', () => {
    writeFileSync(assessment, withCompute);
    const lines = readFileSync(fair, 'utf8').trim().split('\n').slice(1).map((row) => {
      const [lead, sex, band, converted] = row.split(',');
      return JSON.stringify({ lead, sex, band, converted: Number(converted) });
    });
    const jsonl = join(dir, 'fair.jsonl');
    writeFileSync(jsonl, `${lines.join('\n')}\n`);
    const csv = runBin(['fairness', assessment, '--data', fair, '--today', TODAY, '--no-record', '-f', 'json'], { cwd: dir });
    const viaFlags = runBin(['fairness', assessment, '--data', jsonl, '--group', 'sex', '--today', TODAY, '--no-record', '-f', 'json'], { cwd: dir });
    assert.equal(viaFlags.code, 0, viaFlags.stderr);
    const strip = (text: string) => JSON.parse(text).runs.map((r: Record<string, unknown>) => ({ ...r, data: undefined }));
    assert.deepEqual(strip(viaFlags.stdout), strip(csv.stdout));
  });

  const bad: [string, (data: string) => string[], RegExp][] = [
    ['a predictions file that is not there', () => ['--data', join(dir, 'nope.csv')], /nope\.csv: no such file/i],
    ['an unknown test', (data) => ['--data', data, '--test', 'nope'], /no fairness test "nope"; the tests are selection-rate-gender, equal-opportunity-gender, calibration-region/],
    ['a column the file does not have', (data) => ['--data', data, '--group', 'age'], /has no column "age"; its columns are lead_id, gender, band, converted/],
  ];
  for (const [what, args, message] of bad) {
    it(`bad input, one line and exit 2: ${what}`, () => {
      writeFileSync(assessment, withCompute);
      const result = runBin(['fairness', assessment, ...args(fair), '--today', TODAY], { cwd: dir });
      assert.equal(result.code, 2, result.stderr);
      assert.equal(result.stderr.trim().split('\n').length, 1, result.stderr);
      assert.match(result.stderr, message);
      assert.doesNotMatch(result.stderr, /^\s+at /m);
      assert.equal(readFileSync(assessment, 'utf8'), withCompute);
    });
  }

  it('a test of the outcome rate reads the group and the outcome only, and says so when it has no outcome', () => {
    const outcomeTest = withCompute.replace('metric: four-fifths', 'metric: outcome-rate-difference').replace('        prediction: band\n        positive: A\n', '').replace(/( {4}- id: selection-rate-gender\n(?: {6}.*\n)*?) {6}threshold: 0\.8\n/, '$1      threshold: 0.05\n');
    // Without the decision column: a file of the group and the outcome, and rows without an outcome counted.
    const rows = readFileSync(fair, 'utf8').trim().split('\n').slice(1).map((row) => row.split(','));
    const evaluation = join(dir, 'evaluation.csv');
    writeFileSync(evaluation, `gender,converted\n${rows.map(([, gender, , converted], i) => `${gender},${i === 0 ? '' : converted}`).join('\n')}\n`);
    writeFileSync(assessment, outcomeTest);
    const result = runBin(['fairness', assessment, '--data', evaluation, '--test', 'selection-rate-gender', '--today', TODAY, '--no-record', '-f', 'json'], { cwd: dir });
    assert.equal(result.code, 0, result.stderr);
    const [run] = JSON.parse(result.stdout).runs;
    const converted = (group: string) => rows.filter(([, g, , c], i) => g === group && i > 0 && c === '1').length;
    assert.deepEqual(run.groups.map((g: { group: string; rate: string; events: number }) => [g.group, g.rate, g.events]), [['female', 'outcome-rate', converted('female')], ['male', 'outcome-rate', converted('male')]]);
    assert.deepEqual(run.missing, { group: 0, outcome: 1 });
    assert.match(runBin(['fairness', assessment, '--data', evaluation, '--test', 'selection-rate-gender', '--today', TODAY, '--no-record'], { cwd: dir }).stdout, /^ {2}6,000 rows read; left out: 0 without a group, 1 without an outcome$/m);
    writeFileSync(assessment, outcomeTest.replace('        outcome: converted\n', ''));
    const without = runBin(['fairness', assessment, '--data', evaluation, '--test', 'selection-rate-gender', '--today', TODAY], { cwd: dir });
    assert.equal(without.code, 2);
    assert.match(without.stderr, /the test compares the outcome rate: it needs an outcome column \(compute\.outcome or --outcome\)\n$/);
    assert.equal(without.stderr.trim().split('\n').length, 1);
  });

  it('a test whose threshold is not a number: exit 2, one line naming the test', () => {
    writeFileSync(assessment, withCompute.replace('metric: four-fifths', 'metric: demographic-parity-difference').replace(/( {4}- id: selection-rate-gender\n(?: {6}.*\n)*?) {6}threshold: 0\.8\n/, '$1      threshold: ten per cent\n'));
    const result = runBin(['fairness', assessment, '--data', fair, '--today', TODAY], { cwd: dir });
    assert.equal(result.code, 2, result.stderr);
    assert.match(result.stderr, /test selection-rate-gender: demographic-parity-difference needs a threshold that is a number/);
    assert.equal(result.stderr.trim().split('\n').length, 1);
  });

  it('an assessment whose tests say nothing of how to compute them: exit 2, and how to say it', () => {
    writeFileSync(assessment, source);
    const result = runBin(['fairness', assessment, '--data', fair, '--today', TODAY], { cwd: dir });
    assert.equal(result.code, 2);
    assert.match(result.stderr, /no fairness test says how to compute it \(fairness\.tests\[\]\.compute\.metric\)/);
  });
});
