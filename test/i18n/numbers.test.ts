// numbers.ts writes the numbers of English and bokmål itself, without ICU's number
// formatter: every case here is held to what Intl.NumberFormat of the Node.js that runs
// the suite writes (20, 22 and 24 in .ci/run), so a document's figures read the same
// either way. And a render in either language is seen to make no Intl.NumberFormat.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import fc from 'fast-check';
import { decimal, fixed, formatNumber, WRITTEN_HERE } from '../../src/i18n/numbers.ts';
import { message } from '../../src/i18n/catalogue.ts';
import { EXAMPLES, runBin, tempDir } from '../helpers/cli.ts';

const PRECISIONS: ReadonlyArray<readonly [number, number]> = [[0, 3], [3, 3], [0, 6], [0, 0], [1, 2], [2, 6]];

function intl(lang: string, value: number, min: number, max: number): string {
  return new Intl.NumberFormat(lang, { minimumFractionDigits: min, maximumFractionDigits: max }).format(value);
}

/** Numbers at the edges of rounding: halves at each place, nines that carry, tiny, huge, negative, zero. */
function edgeCases(): number[] {
  const values = [0, -0, 1, -1, 0.5, 1.5, 2.5, -2.5, 9.9995, 99.9995, 999.9995, 0.0005, 0.00049, -0.0004, -0.0005, 1.0005, 2.0005, 1.0015,
    1.0045, 0.1 + 0.2, 1 / 3, 2 / 3, 1234, 12345, 123456, 1234567.8915, 999999.9999999, 0.9999995, 1e-7, 1.5e-7, 5e-324,
    Number.MIN_VALUE, Number.MAX_SAFE_INTEGER, 2 ** 53 + 2, 1e21, 1.2345e21, 1e22, 9.999999e25, Number.MAX_VALUE, -Number.MAX_VALUE, 0.05, 0.8, 0.95, 0.975];
  for (let places = 0; places <= 7; places++) {
    for (const base of [0, 1, 9, 12, 99, 1234]) {
      const half = 5 / 10 ** (places + 1);
      values.push(base + half, base - half, -(base + half), base + 9 * half / 5 + half, base + 0.999999 * 10 ** -places);
    }
  }
  return values;
}

describe('numbers as Intl.NumberFormat writes them', () => {
  it('writes English and bokmål itself', () => {
    assert.deepEqual([...WRITTEN_HERE].sort(), ['en', 'nb']);
  });

  for (const lang of WRITTEN_HERE) {
    it(`${lang}: the edges of rounding, grouping and sign, at every precision dpia uses`, () => {
      for (const value of edgeCases()) {
        for (const [min, max] of PRECISIONS) {
          assert.equal(formatNumber(lang, value, min, max), intl(lang, value, min, max), `${lang} ${value} (${min}–${max} decimals)`);
        }
      }
    });

    it(`${lang}: any finite double, at any precision from 0 to 8 decimals`, () => {
      fc.assert(fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer({ min: 0, max: 8 }), fc.integer({ min: 0, max: 8 }), (value, a, b) => {
        const [min, max] = a <= b ? [a, b] : [b, a];
        assert.equal(formatNumber(lang, value, min, max), intl(lang, value, min, max));
      }), { numRuns: 20_000 });
    });

    it(`${lang}: numbers of a report's kind (rates, thresholds, counts) at three and six decimals`, () => {
      fc.assert(fc.property(fc.integer({ min: -10_000_000, max: 10_000_000 }), fc.integer({ min: 0, max: 9 }), (n, shift) => {
        const value = n / 10 ** shift;
        assert.equal(fixed(lang, value), intl(lang, value, 3, 3));
        assert.equal(decimal(lang, value), intl(lang, value, 0, 6));
      }), { numRuns: 20_000 });
    });

    it(`${lang}: a plural's # in a message is written as Intl writes the count`, () => {
      for (const count of [0, 1, 2, 999, 1000, 1234, 1234567]) {
        const text = message(lang, 'documents', 'summary.unscored-after-measures', { count });
        assert.ok(text.includes(intl(lang, count, 0, 3)), `${lang} ${count}: ${text}`);
      }
    });
  }

  it('another language is written by Intl.NumberFormat', () => {
    assert.equal(formatNumber('de', 1234.5678, 0, 3), intl('de', 1234.5678, 0, 3));
    assert.equal(formatNumber('fr', -1234.5, 3, 3), intl('fr', -1234.5, 3, 3));
  });

  it('fixed and decimal leave out what is not a finite number', () => {
    for (const value of [undefined, null, '0.5', Number.NaN, Infinity, -Infinity]) {
      assert.equal(fixed('en', value), undefined);
      assert.equal(decimal('nb', value), undefined);
    }
  });
});

describe('a render makes no ICU number formatter', () => {
  const temp = tempDir('dpia-numbers-');
  after(() => temp.cleanup());
  // Made to throw: a render that still makes one fails.
  const probe = join(temp.dir, 'no-number-format.cjs');
  writeFileSync(probe, "Intl.NumberFormat = function () { throw new Error('Intl.NumberFormat was made'); };\n");

  for (const [lang, file] of [['en', 'lead-scoring/lead-scoring.dpia.yaml'], ['nb', 'personlige-tilbud/personlige-tilbud.dpia.yaml']] as const) {
    it(`${lang}: the ${file.split('/')[0]} example's HTML report, figures and findings' counts as before`, () => {
      const out = join(temp.dir, `${lang}.html`);
      const args = ['render', join(EXAMPLES, file), '--format', 'html', '--lang', lang, '--today', '2026-12-01'];
      const plain = runBin([...args, '-o', `${out}.plain`]);
      assert.equal(plain.code, 0, plain.stderr);
      const probed = runBin([...args, '-o', out], { env: { NODE_OPTIONS: `--require ${probe}` } });
      assert.equal(probed.code, 0, probed.stderr);
      assert.equal(readFileSync(out, 'utf8'), readFileSync(`${out}.plain`, 'utf8'));
    });
  }

  it('control: the probe does stop a program that makes one', () => {
    const result = spawnSync(process.execPath, ['-e', "console.log(new Intl.NumberFormat('en').format(1))"], { env: { ...process.env, NODE_OPTIONS: `--require ${probe}` }, encoding: 'utf8' });
    assert.notEqual(result.status, 0);
    assert.match(result.stderr, /Intl\.NumberFormat was made/);
  });
});
