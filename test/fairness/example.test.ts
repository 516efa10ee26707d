// The lead-scoring example's bias audit, reproduced: its counts table
// (examples/lead-scoring/scores-by-group.csv) gives the runs the example records, its
// typed results agree with them, the one query --emit-sql prints for its three tests
// turns rows back into that same table, and the rows give the same figures as the counts.
// Then the AUC by group through the CLI, on rows whose AUC is counted pair by pair here.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { parse } from 'yaml';
import { seeded } from '../../src/fairness/random.ts';
import { EXAMPLES, leadScoringWithoutFairnessRuns, runBin, tempDir } from '../helpers/cli.ts';

const { dir, cleanup } = tempDir('dpia-fairness-example-');
after(cleanup);

const EXAMPLE = join(EXAMPLES, 'lead-scoring');
const FILE = join(EXAMPLE, 'lead-scoring.dpia.yaml');
const COUNTS = join(EXAMPLE, 'scores-by-group.csv');
const data = parse(readFileSync(FILE, 'utf8'));
const strip = (run: Record<string, unknown>) => ({ ...run, data: undefined });

/** The counts table as rows again: each line's dpia_count rows, with a score in its band on its side of the threshold (70). */
function rowsOf(counts: string): string {
  const [header, ...lines] = counts.trim().split('\n');
  assert.equal(header, 'gender_estimate,region,dpia_decision,dpia_band,opportunity,dpia_count');
  const scores: Record<string, number> = { '0 0': 20, '0 1': 55, '1 2': 85 };
  const out = ['lead_id,gender_estimate,region,score,opportunity'];
  let id = 0;
  for (const line of lines) {
    const [gender, region, decision, band, opportunity, count] = line.split(',');
    // Band 2 holds 70 and up, all of it at or above the threshold: no line has it undecided.
    assert.notEqual(`${decision} ${band}`, '0 2', line);
    const score = scores[`${decision} ${band}`];
    assert.ok(score !== undefined, line);
    for (let i = 0; i < Number(count); i++) out.push(`L${id++},${gender},${region},${score},${opportunity}`);
  }
  return `${out.join('\n')}\n`;
}

describe('the lead-scoring example reproduces its bias audit', () => {
  it('dpia fairness on its counts gives the runs it records, and its typed results are theirs', () => {
    const result = runBin(['fairness', FILE, '--data', COUNTS, '--no-record', '-f', 'json', '--today', '2026-11-13']);
    assert.equal(result.code, 0, result.stderr);
    const computed = JSON.parse(result.stdout).runs;
    assert.deepEqual(computed.map(strip), data.evidence.fairness.map(strip));
    assert.equal(computed.length, 3);
    for (const run of data.evidence.fairness) {
      assert.equal(run.data.sha256, JSON.parse(result.stdout).data.sha256, 'the recorded fingerprint is the file shipped');
      assert.equal(run.data.rows, 72000);
      const test = data.fairness.tests.find((t: { id: string }) => t.id === run.test);
      assert.equal(test.result, Math.round(run.figure * 1000) / 1000, `${run.test}: typed result`);
      assert.equal(test.passed, run.verdict === 'pass');
      assert.equal(test.threshold, run.threshold);
    }
    assert.match(result.stderr, /^$/);
    assert.equal(runBin(['check', FILE, '--today', '2026-12-01']).code, 0, 'the example checks clean with its runs');
  });

  it('one query serves its three tests, and turns the rows back into the counts it ships', () => {
    const emitted = runBin(['fairness', FILE, '--emit-sql']);
    assert.equal(emitted.code, 0, emitted.stderr);
    assert.equal(emitted.stdout.match(/^SELECT$/gm)?.length, 1, emitted.stdout);
    assert.match(emitted.stdout, /selection-rate-gender, equal-opportunity-gender, calibration-region/);
    const raw = join(dir, 'leads.csv');
    writeFileSync(raw, rowsOf(readFileSync(COUNTS, 'utf8')));
    const sql = join(dir, 'query.sql');
    writeFileSync(sql, emitted.stdout);
    const out = join(dir, 'counts.csv');
    const script = [
      'import csv, sqlite3, sys',
      'con = sqlite3.connect(":memory:")',
      'con.execute("CREATE TABLE predictions (lead_id TEXT, gender_estimate TEXT, region TEXT, score REAL, opportunity INTEGER)")',
      'with open(sys.argv[1], newline="", encoding="utf-8") as f:',
      '    r = csv.reader(f); next(r)',
      '    con.executemany("INSERT INTO predictions VALUES (?,?,?,?,?)", [[v if v != "" else None for v in row] for row in r])',
      'cur = con.execute(open(sys.argv[2], encoding="utf-8").read())',
      'with open(sys.argv[3], "w", newline="", encoding="utf-8") as f:',
      '    w = csv.writer(f, lineterminator="\\n"); w.writerow([d[0] for d in cur.description])',
      '    for row in cur: w.writerow(["" if v is None else v for v in row])',
    ].join('\n');
    const ran = spawnSync('python3', ['-c', script, raw, sql, out], { encoding: 'utf8' });
    assert.equal(ran.status, 0, ran.stderr);
    const sorted = (text: string) => text.trim().split('\n').slice(1).sort();
    assert.deepEqual(sorted(readFileSync(out, 'utf8')), sorted(readFileSync(COUNTS, 'utf8')));
    // And the rows themselves give what the counts give.
    const fromRows = runBin(['fairness', FILE, '--data', raw, '--no-record', '-f', 'json', '--today', '2026-11-13']);
    assert.equal(fromRows.code, 0, fromRows.stderr);
    assert.deepEqual(JSON.parse(fromRows.stdout).runs.map(strip), data.evidence.fairness.map(strip));
  });

  it('a planted gap in one region\'s band A fails the calibration test', () => {
    // Nord-Norge's band-A leads become opportunities far less often: 697 of 866 → 450.
    const counts = readFileSync(COUNTS, 'utf8').split('\n');
    const planted = counts.map((line) => {
      const [gender, region, decision, band, opportunity, count] = line.split(',');
      if (region !== 'Nord-Norge' || band !== '2' || opportunity === '') return line;
      const moved = Math.round(Number(count) * 0.35);
      return [gender, region, decision, band, opportunity, String(opportunity === '1' ? Number(count) - moved : Number(count) + moved)].join(',');
    });
    const file = join(dir, 'planted.csv');
    writeFileSync(file, planted.join('\n'));
    const copy = join(dir, 'lead-scoring.dpia.yaml');
    copyFileSync(FILE, copy);
    const result = runBin(['fairness', copy, '--data', file, '--test', 'calibration-region', '--today', '2026-12-01']);
    assert.equal(result.code, 1, result.stdout);
    assert.match(result.stdout, /^calibration-region: failed — .* between \S+ · 70–100 \/ Nord-Norge · 70–100/m);
    const check = runBin(['check', copy, '--today', '2026-12-01']);
    assert.equal(check.code, 1);
    assert.match(check.stdout, /fairness\/test-failed/);
  });
});

interface RecordedRun { [key: string]: unknown; test: string; date: string; data: { file: string; rows: number; sha256: string }; figure: number; verdict?: string; threshold?: number }
interface ExampleTest { id: string; result?: number; passed?: boolean; lastRun?: string; threshold?: number; compute?: { metric?: string; score?: string; decisionThreshold?: number } }

/** Each example's recorded runs, by the data file they were computed from (beside the example). */
function recordedRuns(): { example: string; file: string; dataFile: string; runs: RecordedRun[]; tests: ExampleTest[] }[] {
  const found = [];
  for (const example of readdirSync(EXAMPLES).sort()) {
    const file = readdirSync(join(EXAMPLES, example)).find((name) => name.endsWith('.dpia.yaml'));
    if (file === undefined) continue;
    const parsed = parse(readFileSync(join(EXAMPLES, example, file), 'utf8'));
    const runs = (parsed.evidence?.fairness ?? []) as RecordedRun[];
    for (const dataFile of [...new Set(runs.map((run) => run.data.file))]) {
      found.push({ example, file: join(EXAMPLES, example, file), dataFile, runs: runs.filter((run) => run.data.file === dataFile), tests: parsed.fairness.tests });
    }
  }
  return found;
}

describe('every example reproduces its bias tests from the data it ships', () => {
  const all = recordedRuns();
  it('each example ships the data of its computed tests, and records runs of them', () => {
    assert.deepEqual([...new Set(all.map((r) => r.example))], ['churn-prediction', 'kundeservice-chatbot', 'lead-scoring', 'personlige-tilbud']);
    for (const example of new Set(all.map((r) => r.example))) {
      const { tests } = all.find((r) => r.example === example)!;
      const computed = tests.filter((t) => t.compute?.metric !== undefined).map((t) => t.id).sort();
      const run = all.filter((r) => r.example === example).flatMap((r) => r.runs.map((x) => x.test)).sort();
      assert.deepEqual(run, computed, `${example}: every computed test has a run`);
    }
  });
  for (const { example, file, dataFile, runs, tests } of all) {
    it(`${example}: dpia fairness on ${dataFile} gives the runs the file records, and its typed results are theirs`, () => {
      const ids = runs.map((run) => ['--test', run.test]).flat();
      const result = runBin(['fairness', file, '--data', join(EXAMPLES, example, dataFile), ...ids, '--no-record', '-f', 'json', '--today', runs[0].date]);
      const failed = runs.some((run) => run.verdict !== 'pass');
      assert.equal(result.code, failed ? 1 : 0, result.stderr);
      const computed = JSON.parse(result.stdout);
      assert.deepEqual(computed.runs.map(strip), runs.map(strip));
      for (const run of runs) {
        assert.equal(run.data.sha256, computed.data.sha256, 'the recorded fingerprint is the file shipped');
        assert.equal(run.data.rows, computed.data.rows);
        const test = tests.find((t) => t.id === run.test)!;
        assert.equal(test.result, Math.round(run.figure * 1000) / 1000, `${run.test}: typed result`);
        assert.equal(test.passed, run.verdict === 'pass');
        assert.equal(test.lastRun, run.date);
        assert.equal(test.threshold, run.threshold);
      }
    });
  }

  it('the counts each example ships are what its --emit-sql query returns from the rows they stand for (SQLite)', () => {
    // (The lead-scoring example's own test above runs its query in SQLite.)
    for (const query of queries().filter((q) => !q.name.startsWith('lead-scoring-'))) {
      const out = join(dir, `${query.name}-counts.csv`);
      const script = [
        'import csv, sqlite3, sys',
        'con = sqlite3.connect(":memory:")',
        'with open(sys.argv[1], newline="", encoding="utf-8") as f:',
        '    r = csv.reader(f); names = next(r)',
        '    con.execute("CREATE TABLE predictions (" + ", ".join(\'"\' + n + \'"\' for n in names) + ")")',
        '    con.executemany("INSERT INTO predictions VALUES (" + ",".join("?" * len(names)) + ")", [[(float(v) if n == sys.argv[4] else int(v) if v in ("0", "1") else v) if v != "" else None for n, v in zip(names, row)] for row in r])',
        'cur = con.execute(open(sys.argv[2], encoding="utf-8").read())',
        'with open(sys.argv[3], "w", newline="", encoding="utf-8") as f:',
        '    w = csv.writer(f, lineterminator="\\n"); w.writerow([d[0] for d in cur.description])',
        '    for row in cur: w.writerow(["" if v is None else v for v in row])',
      ].join('\n');
      const ran = spawnSync('python3', ['-c', script, query.rows, query.sql, out, query.score ?? ''], { encoding: 'utf8' });
      assert.equal(ran.status, 0, ran.stderr);
      const [outHeader, ...outLines] = readFileSync(out, 'utf8').trim().split('\n');
      assert.equal(outHeader, query.header, query.name);
      assert.deepEqual(outLines.sort(), [...query.lines].sort(), query.name);
    }
  });

  it('and the same query gives the same counts on DuckDB', async () => {
    const { DuckDBInstance } = await import('@duckdb/node-api');
    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    try {
      for (const query of queries()) {
        await connection.run(`CREATE OR REPLACE TABLE predictions AS SELECT * FROM read_csv('${query.rows.replaceAll("'", "''")}', header = true, nullstr = '')`);
        const result = await connection.runAndReadAll(readFileSync(query.sql, 'utf8'));
        assert.equal(result.columnNames().join(','), query.header, query.name);
        const lines = result.getRows().map((row) => row.map((value) => (value === null ? '' : String(value))).join(','));
        assert.deepEqual(lines.sort(), [...query.lines].sort(), query.name);
      }
    } finally {
      connection.closeSync();
      instance.closeSync();
    }
  });
});

interface Query { name: string; header: string; lines: string[]; rows: string; sql: string; score?: string }
let made: Query[] | undefined;

/**
 * For each counts table the examples ship: the query --emit-sql prints for its tests, and
 * the rows the table stands for (each line's dpia_count copies; a decision turned back into
 * a score on its side of the threshold, a band into a score in it), written as files.
 */
function queries(): Query[] {
  if (made) return made;
  made = recordedRuns().map(({ example, file, dataFile, runs, tests }) => {
    const ids = runs.map((run) => ['--test', run.test]).flat();
    const emitted = runBin(['fairness', file, ...ids, '--emit-sql']);
    assert.equal(emitted.code, 0, emitted.stderr);
    assert.equal(emitted.stdout.match(/^SELECT$/gm)?.length, 1, `${example}: one query for ${dataFile}`);
    const name = `${example}-${dataFile.replace(/\.csv$/, '')}`;
    const counts = readFileSync(join(EXAMPLES, example, dataFile), 'utf8');
    const [header, ...lines] = counts.trim().split('\n');
    const compute = tests.find((t) => t.id === runs[0].test)!.compute!;
    let rows: string;
    if (example === 'lead-scoring') rows = rowsOf(counts);
    else {
      const columns = header.split(',');
      const out = [columns.filter((c) => c !== 'dpia_count').map((c) => (c === 'dpia_decision' ? compute.score : c)).join(',')];
      for (const line of lines) {
        const values = line.split(',');
        const row = columns.filter((c) => c !== 'dpia_count').map((c) => {
          const value = values[columns.indexOf(c)];
          return c === 'dpia_decision' ? String(compute.decisionThreshold! + (value === '1' ? 0.1 : -0.1)) : value;
        });
        for (let i = 0; i < Number(values[columns.indexOf('dpia_count')]); i++) out.push(row.join(','));
      }
      rows = `${out.join('\n')}\n`;
    }
    const rowsFile = join(dir, `${name}-rows.csv`);
    writeFileSync(rowsFile, rows);
    const sql = join(dir, `${name}.sql`);
    writeFileSync(sql, emitted.stdout);
    return { name, header, lines, rows: rowsFile, sql, ...(compute.score ? { score: compute.score } : {}) };
  });
  return made;
}

describe('the AUC by group through the CLI', () => {
  it('auc-difference: each group\'s AUC as counted pair by pair, the difference, and its verdict', () => {
    const next = seeded(99);
    const rows: [string, number, number][] = [];
    for (let i = 0; i < 4000; i++) {
      const group = i % 2 === 0 ? 'a' : 'b';
      const actual = next() < 0.3 ? 1 : 0;
      // Group b's scores separate the outcomes much less well.
      const spread = group === 'a' ? 0.5 : 1.2;
      rows.push([group, Math.round(Math.min(1, Math.max(0, 0.5 + (actual ? 0.15 : -0.15) + (next() - 0.5) * spread)) * 1000) / 1000, actual]);
    }
    const csv = join(dir, 'scored.csv');
    writeFileSync(csv, `group,score,actual\n${rows.map((r) => r.join(',')).join('\n')}\n`);
    const byPairs = (group: string) => {
      const pos = rows.filter((r) => r[0] === group && r[2] === 1).map((r) => r[1]);
      const neg = rows.filter((r) => r[0] === group && r[2] === 0).map((r) => r[1]);
      let wins = 0;
      for (const p of pos) for (const n of neg) wins += p > n ? 1 : p === n ? 0.5 : 0;
      return wins / (pos.length * neg.length);
    };
    const assessment = join(dir, 'auc.dpia.yaml');
    writeFileSync(assessment, leadScoringWithoutFairnessRuns().replace(
      /( {4}- id: selection-rate-gender\n(?: {6}.*\n)*? {6}passed: true\n)/,
      '$1      compute:\n        metric: auc-difference\n        group: group\n        score: score\n        outcome: actual\n',
    ).replace(/( {4}- id: selection-rate-gender\n(?: {6}.*\n)*? {6}threshold: )0\.8/, '$10.05'));
    const result = runBin(['fairness', assessment, '--data', csv, '--test', 'selection-rate-gender', '-f', 'json', '--no-record']);
    assert.equal(result.code, 1, result.stderr);
    const [run] = JSON.parse(result.stdout).runs;
    assert.equal(run.metric, 'auc-difference');
    const auc = Object.fromEntries(run.groups.map((g: { group: string; value: number }) => [g.group, g.value]));
    assert.ok(Math.abs(auc.a - byPairs('a')) < 1e-6 && Math.abs(auc.b - byPairs('b')) < 1e-6, `${auc.a} ${byPairs('a')} ${auc.b} ${byPairs('b')}`);
    assert.ok(Math.abs(run.figure - (byPairs('a') - byPairs('b'))) < 1e-6);
    assert.deepEqual(run.between, ['a', 'b']);
    assert.equal(run.verdict, 'fail');
    assert.ok(run.lower > 0.05, String(run.lower));
  });
});
