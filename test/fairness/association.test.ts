// Proxies: Cramér's V against values worked out by hand and computed independently (Python),
// its bootstrap interval (the same every run, holding the estimate), the verdicts on a
// planted proxy and on an unrelated feature, and the whole path through the CLI: the
// strongest proxy, each proxy's figure, the rows left out, the report's table.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { parse } from 'yaml';
import { addPair, association, cramersV, type Contingency } from '../../src/fairness/association.ts';
import { addRow, emptyTable } from '../../src/fairness/counts.ts';
import { evaluate } from '../../src/fairness/metrics.ts';
import { seeded } from '../../src/fairness/random.ts';
import { leadScoringWithoutFairnessRuns, runBin, tempDir } from '../helpers/cli.ts';

const { dir, cleanup } = tempDir('dpia-fairness-association-');
after(cleanup);

const random = seeded;

function contingency(cells: number[][]): Contingency {
  const table: Contingency = new Map();
  cells.forEach((row, i) => row.forEach((count, j) => addPair(table, `a${i}`, `f${j}`, count)));
  return table;
}

describe("Cramér's V", () => {
  it('a 2 × 2 table: the phi coefficient, |ad − bc| / √(r₁r₂c₁c₂)', () => {
    // 10 20 / 30 40: |400 − 600| / √(30 · 70 · 40 · 60)
    assert.ok(Math.abs(cramersV([[10, 20], [30, 40]]) - 200 / Math.sqrt(30 * 70 * 40 * 60)) < 1e-12);
  });

  it('1 where one value determines the other, 0 where the rows are proportional, undefined with one value', () => {
    assert.equal(cramersV([[50, 0, 0], [0, 30, 0], [0, 0, 20]]), 1);
    assert.equal(cramersV([[10, 20, 30], [20, 40, 60]]), 0);
    assert.ok(Number.isNaN(cramersV([[10, 20, 30]])));
  });

  it('a 4 × 3 table: the value Python computes from the same counts, independently', () => {
    const cells = [[100, 150, 20], [203, 322, 41], [42, 7, 15], [32, 11, 9]];
    const script = 'import sys, json\nobs = json.loads(sys.argv[1])\nn = sum(map(sum, obs))\nr = [sum(x) for x in obs]\nc = [sum(x[j] for x in obs) for j in range(len(obs[0]))]\nchi = sum((obs[i][j] - r[i] * c[j] / n) ** 2 / (r[i] * c[j] / n) for i in range(len(r)) for j in range(len(c)))\nprint(repr((chi / (n * (min(len(r), len(c)) - 1))) ** 0.5))';
    const python = spawnSync('python3', ['-c', script, JSON.stringify(cells)], { encoding: 'utf8' });
    assert.equal(python.status, 0, python.stderr);
    assert.ok(Math.abs(cramersV(cells) - Number(python.stdout)) < 1e-12, `${cramersV(cells)} ${python.stdout}`);
  });

  it('the bootstrap interval: the same on every run, holding the estimate, narrower with more data', () => {
    const small = association(contingency([[30, 20], [20, 30]]), 0.95);
    assert.deepEqual(association(contingency([[30, 20], [20, 30]]), 0.95), small);
    assert.ok(small.lower <= small.estimate && small.estimate <= small.upper);
    const large = association(contingency([[3000, 2000], [2000, 3000]]), 0.95);
    assert.ok(Math.abs(large.estimate - small.estimate) < 1e-12, 'the same shares, the same V');
    assert.ok(large.upper - large.lower < (small.upper - small.lower) / 5, `${large.lower}–${large.upper} against ${small.lower}–${small.upper}`);
    // 0.2 ± 1.96 · √(1/n) roughly, for a 2 × 2 table of 10,000.
    assert.ok(large.lower > 0.17 && large.upper < 0.23, `${large.lower}–${large.upper}`);
  });

  it('a planted proxy fails the test, an unrelated feature passes it, and the strongest is reported', () => {
    const next = random(5);
    const t = emptyTable(undefined, false, ['postcode_region', 'favourite_colour'], 'ethnicity');
    for (let i = 0; i < 20000; i++) {
      const attribute = next() < 0.2 ? 'minority' : 'majority';
      // The region follows the attribute four times in five; the colour not at all.
      const region = next() < 0.8 ? (attribute === 'minority' ? 'east' : 'west') : next() < 0.5 ? 'east' : 'west';
      const colour = ['red', 'green', 'blue'][Math.floor(next() * 3)];
      addRow(t, { group: attribute, predicted: undefined, actual: undefined, proxies: [region, colour] });
    }
    addRow(t, { group: 'majority', predicted: undefined, actual: undefined, proxies: ['west', undefined] });
    assert.equal(t.missing.proxy, 1);
    const result = evaluate(t, { metric: 'cramers-v', threshold: 0.3 });
    assert.equal(result.verdict, 'fail');
    assert.deepEqual(result.figure!.groups, ['postcode_region', 'ethnicity']);
    assert.ok(result.figure!.lower > 0.3);
    const colour = result.groups.find((g) => g.group === 'favourite_colour')!;
    assert.ok(colour.upper < 0.05, String(colour.upper));
    const unrelated = emptyTable(undefined, false, ['favourite_colour'], 'ethnicity');
    for (const [key, row] of t.associations!.get('favourite_colour')!) for (const [value, count] of row) addRow(unrelated, { group: key, predicted: undefined, actual: undefined, proxies: [value] }, count);
    assert.equal(evaluate(unrelated, { metric: 'cramers-v', threshold: 0.1 }).verdict, 'pass');
  });
});

describe('dpia fairness with a proxy test', () => {
  it('each proxy against the protected attribute, the strongest as the figure, recorded and shown in the report', () => {
    const assessment = join(dir, 'proxy.dpia.yaml');
    writeFileSync(assessment, leadScoringWithoutFairnessRuns().replace(
      /( {4}- id: selection-rate-gender\n(?: {6}.*\n)*? {6}passed: true\n)/,
      '$1      compute:\n        metric: cramers-v\n        group: gender_estimate\n        proxies: [seniority_band, company_size_band]\n',
    ).replace(/( {4}- id: selection-rate-gender\n(?: {6}.*\n)*? {6}threshold: )0\.8/, '$10.3'));
    const next = random(17);
    const rows = ['gender_estimate,seniority_band,company_size_band'];
    for (let i = 0; i < 6000; i++) {
      const gender = next() < 0.5 ? 'female' : 'male';
      const seniority = next() < (gender === 'female' ? 0.35 : 0.45) ? 'senior' : 'junior';
      const size = ['1-9', '10-49', '50+'][Math.floor(next() * 3)];
      rows.push(`${i % 97 === 0 ? '' : gender},${seniority},${i % 101 === 0 ? '' : size}`);
    }
    const csv = join(dir, 'proxies.csv');
    writeFileSync(csv, `${rows.join('\n')}\n`);
    const result = runBin(['fairness', assessment, '--data', csv, '--test', 'selection-rate-gender', '--today', '2026-12-01']);
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /^selection-rate-gender: passed — association with a proxy \(Cramér's V\) 0\.\d{3} between seniority_band \/ gender_estimate, 95 % interval 0\.\d{3} to 0\.\d{3}, threshold 0\.3$/m);
    assert.match(result.stdout, /^ {2}company_size_band: Cramér's V 0\.\d{3} \(\d,\d{3}\), interval 0\.\d{3} to 0\.\d{3}$/m);
    assert.match(result.stdout, /^ {2}6,000 rows read; left out: 62 without a group, 59 without a value in a proxy column$/m);
    const run = parse(readFileSync(assessment, 'utf8')).evidence.fairness[0];
    assert.equal(run.metric, 'cramers-v');
    assert.deepEqual(run.groups.map((g: { group: string }) => g.group), ['seniority_band', 'company_size_band']);
    assert.equal(run.groups[0].events, undefined, 'no count of events for an association');
    assert.deepEqual(run.missing, { group: 62, proxy: 59 });
    const report = runBin(['render', assessment, '--today', '2026-12-01']);
    assert.equal(report.code, 0, report.stderr);
    assert.match(report.stdout, /^\| seniority_band \| Cramér's V \| \d,\d{3} \| 0\.\d{3} \(0\.\d{3} – 0\.\d{3}\) \|$/m);
    assert.match(report.stdout, /Rows left out: 62 without a group, 59 without a value in a proxy column\./);
    // The counts a warehouse returns for it give the same figures.
    const sql = runBin(['fairness', assessment, '--emit-sql', '--test', 'selection-rate-gender']);
    assert.match(sql.stdout, /^SELECT\n {2}gender_estimate,\n {2}seniority_band,\n {2}company_size_band,\n {2}COUNT\(\*\) AS dpia_count\n/m);
  });
});
