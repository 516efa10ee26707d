// --emit-sql: the query runs in a real SQL engine (SQLite, through python3's sqlite3), and
// its result, passed to --data, gives the same figures as the rows themselves, for a test
// that thresholds a score and one that reads labels; a bad count stops with its line.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { InputError } from '../../src/errors.ts';
import { readPredictions } from '../../src/fairness/read.ts';
import { countsQuery, identifier } from '../../src/fairness/sql.ts';
import { leadScoringWithoutFairnessRuns, runBin, tempDir } from '../helpers/cli.ts';

const { dir, cleanup } = tempDir('dpia-fairness-sql-');
after(cleanup);

const assessment = join(dir, 'a.dpia.yaml');
writeFileSync(assessment, leadScoringWithoutFairnessRuns().replace(
  /( {4}- id: selection-rate-gender\n(?: {6}.*\n)*? {6}passed: true\n)/,
  '$1      compute:\n        metric: equalized-odds-difference\n        group: [gender, "age band"]\n        score: score\n        decisionThreshold: 0.6\n        outcome: converted\n',
));

// Rows with empty values too: a missing score, group and outcome.
const rows = ['gender,age band,score,band,converted'];
for (let i = 0; i < 3000; i++) {
  const gender = i % 7 === 0 ? '' : i % 2 ? 'female' : 'male';
  const age = i % 3 === 0 ? '18-39' : '40+';
  const score = i % 50 === 0 ? '' : ((i * 37) % 100 / 100).toFixed(2);
  const band = Number(score) >= 0.6 ? 'A' : 'B';
  const converted = i % 11 === 0 ? '' : (i * 13) % 5 === 0 ? '1' : '0';
  rows.push([gender, age, score, band, converted].join(','));
}
const raw = join(dir, 'raw.csv');
writeFileSync(raw, `${rows.join('\n')}\n`);

/** Loads raw.csv into SQLite (score as a number, empty as NULL), runs the query, writes its result as CSV with its header. */
function runInSqlite(query: string, out: string): void {
  const script = [
    'import csv, sqlite3, sys',
    'con = sqlite3.connect(":memory:")',
    'con.execute(\'CREATE TABLE predictions (gender TEXT, "age band" TEXT, score REAL, band TEXT, converted TEXT)\')',
    'with open(sys.argv[1], newline="") as f:',
    '    r = csv.reader(f); next(r)',
    '    con.executemany("INSERT INTO predictions VALUES (?,?,?,?,?)", [[v if v != "" else None for v in row] for row in r])',
    'cur = con.execute(open(sys.argv[2]).read())',
    'with open(sys.argv[3], "w", newline="") as f:',
    '    w = csv.writer(f); w.writerow([d[0] for d in cur.description])',
    '    for row in cur: w.writerow(["" if v is None else v for v in row])',
  ].join('\n');
  const sql = join(dir, 'query.sql');
  writeFileSync(sql, query);
  const result = spawnSync('python3', ['-c', script, raw, sql, out], { encoding: 'utf8' });
  assert.equal(result.status, 0, result.stderr);
}

const runs = (stdout: string) => JSON.parse(stdout).runs.map((run: Record<string, unknown>) => ({ ...run, data: undefined }));

describe('dpia fairness --emit-sql', () => {
  it('a score thresholded in SQL: the counts give the same figures as the rows', () => {
    const emitted = runBin(['fairness', assessment, '--emit-sql']);
    assert.equal(emitted.code, 0, emitted.stderr);
    assert.match(emitted.stdout, /CASE WHEN score IS NULL THEN NULL WHEN score >= 0\.6 THEN 1 ELSE 0 END AS dpia_decision/);
    assert.match(emitted.stdout, /"age band"/);
    const counts = join(dir, 'counts.csv');
    runInSqlite(emitted.stdout, counts);
    assert.ok(readFileSync(counts, 'utf8').split('\n').length < 60, 'a few dozen lines stand for 3,000 rows');
    const fromRows = runBin(['fairness', assessment, '--data', raw, '-f', 'json', '--no-record']);
    const fromCounts = runBin(['fairness', assessment, '--data', counts, '-f', 'json', '--no-record']);
    assert.equal(fromCounts.code, fromRows.code, fromCounts.stderr);
    assert.deepEqual(runs(fromCounts.stdout), runs(fromRows.stdout));
    const run = JSON.parse(fromRows.stdout).runs[0];
    assert.ok(run.missing.group > 0 && run.missing.prediction > 0 && run.missing.outcome > 0, JSON.stringify(run.missing));
    assert.ok(run.groups.length >= 4);
  });

  it('labels grouped as they are and read by dpia: the same figures', () => {
    const args = ['--prediction', 'band', '--positive', 'A', '--outcome', 'band', '--group', 'gender'];
    const emitted = runBin(['fairness', assessment, '--emit-sql', '--table', 'predictions', ...args]);
    assert.equal(emitted.code, 0, emitted.stderr);
    const counts = join(dir, 'counts-labels.csv');
    runInSqlite(emitted.stdout, counts);
    const fromRows = runBin(['fairness', assessment, '--data', raw, '-f', 'json', '--no-record', ...args]);
    const fromCounts = runBin(['fairness', assessment, '--data', counts, '-f', 'json', '--no-record', ...args]);
    assert.deepEqual(runs(fromCounts.stdout), runs(fromRows.stdout));
  });

  it('identifiers: plain ones as written, others quoted as standard SQL, quotes doubled', () => {
    assert.equal(identifier('gender'), 'gender');
    assert.equal(identifier('age band'), '"age band"');
    assert.equal(identifier('a"b'), '"a""b"');
    const query = countsQuery({ group: ['g'], prediction: 'p' }, 'scores');
    assert.equal(query, 'SELECT\n  g,\n  p,\n  COUNT(*) AS dpia_count\nFROM scores\nGROUP BY g, p\nORDER BY g, p;\n');
  });

  it('a count that is not a whole number stops with its file and line', async () => {
    const bad = join(dir, 'bad-counts.csv');
    writeFileSync(bad, 'gender,band,dpia_count\nfemale,A,3\nmale,B,2.5\n');
    await assert.rejects(readPredictions(bad, { group: ['gender'], prediction: 'band', positive: 'A' }), (error: unknown) => {
      assert.ok(error instanceof InputError);
      assert.equal(error.line, 3);
      assert.match(error.message, /dpia_count: "2\.5" is not a whole number of rows/);
      return true;
    });
  });

  it('without --data or --emit-sql: one line saying both', () => {
    const result = runBin(['fairness', assessment]);
    assert.equal(result.code, 2);
    assert.match(result.stderr, /--data FILE .*--emit-sql/);
  });
});
