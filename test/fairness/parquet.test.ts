// Parquet predictions: the lead-scoring example's counts table and the rows it stands for,
// written as Parquet by an independent writer (hyparquet-writer) in several row groups,
// with Snappy, gzip and no compression, a 64-bit count and empty values as nulls, give
// the same runs as the CSV; a file that is not Parquet is one line and exit 2.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as zlib from 'node:zlib';
import { gzipSync } from 'node:zlib';
import { after, describe, it } from 'node:test';
import { parseDocument } from 'yaml';
import { parquetWriteFile } from 'hyparquet-writer';
import { EXAMPLES, FIXTURES, runBin, tempDir } from '../helpers/cli.ts';

const { dir, cleanup } = tempDir('dpia-fairness-parquet-');
after(cleanup);

const FILE = join(EXAMPLES, 'lead-scoring', 'lead-scoring.dpia.yaml');
const COUNTS = join(EXAMPLES, 'lead-scoring', 'scores-by-group.csv');
const recorded = (parseDocument(readFileSync(FILE, 'utf8')).toJS() as { evidence: { fairness: Record<string, unknown>[] } }).evidence.fairness;
const strip = (run: Record<string, unknown>) => ({ ...run, data: undefined });

const lines = readFileSync(COUNTS, 'utf8').trim().split('\n').slice(1).map((line) => line.split(','));
const orNull = (value: string) => (value === '' ? null : value);
const intOrNull = (value: string) => (value === '' ? null : Number(value));

function runs(data: string): Record<string, unknown>[] {
  const result = runBin(['fairness', FILE, '--data', data, '--no-record', '-f', 'json', '--today', '2026-11-13']);
  assert.equal(result.code, 0, result.stderr);
  return JSON.parse(result.stdout).runs.map(strip);
}

describe('dpia fairness reads Parquet', () => {
  for (const codec of ['SNAPPY', 'GZIP', 'UNCOMPRESSED'] as const) {
    it(`the example's counts table as Parquet (${codec}, row groups of 40, a 64-bit count): the runs the example records`, () => {
      const file = join(dir, `counts-${codec}.parquet`);
      parquetWriteFile({
        filename: file,
        codec,
        compressors: { GZIP: (input: Uint8Array) => new Uint8Array(gzipSync(input)) },
        rowGroupSize: 40,
        columnData: [
          { name: 'gender_estimate', data: lines.map((l) => orNull(l[0])), type: 'STRING' },
          { name: 'region', data: lines.map((l) => orNull(l[1])), type: 'STRING' },
          { name: 'dpia_decision', data: lines.map((l) => intOrNull(l[2])), type: 'INT32' },
          { name: 'dpia_band', data: lines.map((l) => intOrNull(l[3])), type: 'INT32' },
          { name: 'opportunity', data: lines.map((l) => (l[4] === '' ? null : l[4] === '1')), type: 'BOOLEAN' },
          { name: 'dpia_count', data: lines.map((l) => BigInt(l[5])), type: 'INT64' },
        ],
      });
      assert.deepEqual(runs(file), recorded.map(strip));
    });
  }

  it('72,000 rows in row groups of 10,000, scores as doubles: the same runs as their counts', () => {
    const columns = { gender: [] as (string | null)[], region: [] as string[], score: [] as number[], opportunity: [] as (number | null)[] };
    const scoreOf: Record<string, number> = { '0 0': 20.5, '0 1': 55, '1 2': 85.25 };
    for (const [gender, region, decision, band, opportunity, count] of lines) {
      for (let i = 0; i < Number(count); i++) {
        columns.gender.push(orNull(gender));
        columns.region.push(region);
        columns.score.push(scoreOf[`${decision} ${band}`]);
        columns.opportunity.push(intOrNull(opportunity));
      }
    }
    assert.equal(columns.score.length, 72000);
    const file = join(dir, 'leads.parquet');
    parquetWriteFile({
      filename: file,
      rowGroupSize: 10000,
      columnData: [
        { name: 'gender_estimate', data: columns.gender, type: 'STRING' },
        { name: 'region', data: columns.region, type: 'STRING' },
        { name: 'score', data: columns.score, type: 'DOUBLE' },
        { name: 'opportunity', data: columns.opportunity, type: 'INT32' },
      ],
    });
    assert.deepEqual(runs(file), recorded.map(strip));
  });

  // Written by hyparquet-writer with node:zlib's Zstandard (Node.js 22.15 and later): that
  // Node.js reads it; one without Zstandard says so in one line.
  it('Zstandard: read where node:zlib has it, one clear line where it does not', () => {
    const file = join(FIXTURES, 'fairness', 'scores-by-group.zstd.parquet');
    if (typeof (zlib as { zstdDecompressSync?: unknown }).zstdDecompressSync === 'function') {
      assert.deepEqual(runs(file), recorded.map(strip));
    } else {
      const result = runBin(['fairness', FILE, '--data', 'scores-by-group.zstd.parquet', '--no-record'], { cwd: join(FIXTURES, 'fairness') });
      assert.equal(result.code, 2);
      assert.equal(result.stderr, 'dpia: scores-by-group.zstd.parquet:1:1: is compressed with ZSTD, which this Node.js cannot read: Snappy, gzip and Brotli are read everywhere, Zstandard on Node.js 22.15 or later\n');
    }
  });

  it('a file named .parquet that is not one: one line with the file, exit 2', () => {
    const file = join(dir, 'broken.parquet');
    writeFileSync(file, 'gender_estimate,region\nfemale,Agder\n');
    const result = runBin(['fairness', FILE, '--data', file, '--no-record']);
    assert.equal(result.code, 2);
    assert.match(result.stderr, /^dpia: .*broken\.parquet:1:1: cannot be read as Parquet: .+\n$/);
  });

  it('a Parquet file without a column the test names: the columns it has, exit 2', () => {
    const file = join(dir, 'narrow.parquet');
    parquetWriteFile({ filename: file, columnData: [{ name: 'region', data: ['Agder'], type: 'STRING' }, { name: 'score', data: [50], type: 'DOUBLE' }] });
    const result = runBin(['fairness', FILE, '--data', file, '--no-record']);
    assert.equal(result.code, 2);
    assert.match(result.stderr, /narrow\.parquet:1:1: has no column "gender_estimate"; its columns are region, score\n$/);
  });
});
