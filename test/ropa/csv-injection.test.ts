// `export --ropa` as CSV never hands a spreadsheet a formula (OWASP CSV injection): a
// cell that starts with =, +, -, @, a tab or a carriage return gets a leading single
// quote and is otherwise as written; the JSON export keeps every value as written.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { parse as parseCsv } from 'csv-parse/sync';
import { neutraliseFormula, toCsv } from '../../src/ropa/csv.ts';
import { runMain, tempDir } from '../helpers/cli.ts';

const FORMULAS = ['=HYPERLINK("https://evil.example","x")', '+1+cmd|\' /C calc\'!A0', '-2+3', '@SUM(A1:A2)', '\tTAB', '\rCR'];

describe('CSV cells that a spreadsheet would run', () => {
  it('get a leading single quote, and keep every other character', () => {
    for (const formula of FORMULAS) assert.equal(neutraliseFormula(formula), `'${formula}`);
    for (const text of ['Plain', '', ' =not first', '1+1', 'a=b', '–', '\'quoted', 'æøå']) assert.equal(neutraliseFormula(text), text);
  });

  it('are quoted as before: a quote doubled, CRLF rows, a byte-order mark', () => {
    assert.equal(toCsv([['=a"b', 'c'], ['-1', '@x']]), '\ufeff"\'=a""b","c"\r\n"\'-1","\'@x"\r\n');
  });

  describe('in export --ropa', () => {
    let dir: string;
    let cleanup: () => void;
    const file = `schemaVersion: 1
id: formulas
title: Formulas
language: en
controller: {name: "=HYPERLINK(\\"https://evil.example\\",\\"Click\\")", email: "@evil", noDpoReason: "-not required"}
purposes:
  - {id: scoring, name: "+SUM(1,2)", description: "-2+3", legalBasis: contract}
dataSubjects: [{id: leads, name: "\\tleads"}]
dataCategories:
  - {id: contact, name: "=1+1", subjects: [leads], purposes: [scoring], retention: P2Y}
`;
    before(() => {
      ({ dir, cleanup } = tempDir('dpia-csv-'));
      writeFileSync(join(dir, 'formulas.dpia.yaml'), file);
    });
    after(() => cleanup());

    it('no CSV cell starts with a formula character, and the words are all there', async () => {
      const result = await runMain(['export', '--ropa', 'formulas.dpia.yaml', '--today', '2026-11-30'], { cwd: dir });
      assert.ok(result.code === 0 || result.code === 1, result.stderr);
      const rows = parseCsv(result.stdout, { bom: true }) as string[][];
      for (const cell of rows.flat()) assert.doesNotMatch(cell, /^[=+\-@\t\r]/, cell);
      const cells = rows.flat().join('\n');
      for (const text of ['\'=HYPERLINK("https://evil.example","Click")', '\'@evil', '\'-2+3', '\'=1+1', '\'\tleads']) {
        assert.ok(cells.includes(text), `${text} in ${cells}`);
      }
    });

    it('the JSON export keeps the values as written', async () => {
      const result = await runMain(['export', '--ropa', 'formulas.dpia.yaml', '--format', 'json', '--today', '2026-11-30'], { cwd: dir });
      const text = JSON.stringify(JSON.parse(result.stdout));
      assert.ok(text.includes(JSON.stringify('=HYPERLINK("https://evil.example","Click")').slice(1, -1)), text);
      assert.ok(!text.includes('\'=HYPERLINK'), text);
      assert.ok(!text.includes('\'+SUM'), text);
    });
  });
});
