// `export --ropa` says only what the file says: a sparse file gives "not stated" in every
// column it leaves open, "none" needs an explicit answer, every security measure appears
// once per assessment, transfer tools are named in words, and an assessment with error
// findings is marked in its rows and named on stderr. Read back with a real CSV parser.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { parse as parseCsv } from 'csv-parse/sync';
import { ROOT, runMain, tempDir } from '../helpers/cli.ts';

const TODAY = '2026-11-30';

const SPARSE = 'schemaVersion: 1\nid: sparse\nlanguage: en\npurposes:\n  - {id: scoring}\n';

const EXPLICIT_NONE = `schemaVersion: 1
id: explicit
title: Explicit answers
version: "1.0"
status: draft
language: en
controller: {name: Eksempel AS, email: personvern@example.no, noDpoReason: Not a core activity}
purposes:
  - {id: a, description: First purpose, legalBasis: contract}
  - {id: b, description: Second purpose, legalBasis: legitimate-interests}
dataSubjects: [{id: customers, name: Customers}]
dataCategories:
  - {id: contact, name: Contact details, subjects: [customers], retention: P2Y}
  - {id: notes, name: Notes, subjects: [customers]}
recipients:
  - {id: crm, name: NordCRM AB, role: processor, country: SE}
  - {id: ml, name: Cumulus ML Inc., role: processor, country: US, transfer: {mechanism: scc, details: SCC module 2}}
  - {id: mail, name: Mail Co, role: processor}
security:
  measures:
    - {id: tls, type: encryption, description: TLS everywhere, status: implemented}
    - {id: sso, type: authentication, description: SSO with MFA, status: implemented}
`;

type Row = Record<string, string>;

describe('export --ropa: absence is never "none"', () => {
  let dir: string;
  let cleanup: () => void;
  before(() => {
    ({ dir, cleanup } = tempDir('dpia-ropa-'));
    writeFileSync(join(dir, 'sparse.dpia.yaml'), SPARSE);
    writeFileSync(join(dir, 'explicit.dpia.yaml'), EXPLICIT_NONE);
    writeFileSync(join(dir, 'empty-lists.dpia.yaml'), 'schemaVersion: 1\nid: empty-lists\nlanguage: en\nrecipients: []\nsecurity: {measures: []}\n');
  });
  after(() => cleanup());

  const csv = async (file: string, lang = 'en') => {
    const result = await runMain(['export', '--ropa', file, '--lang', lang, '--today', TODAY], { cwd: dir });
    assert.equal(result.code, 0, result.stderr);
    return { rows: parseCsv(result.stdout, { bom: true, columns: true }) as Row[], stderr: result.stderr };
  };

  it('a sparse file says "not stated" in every column it leaves open, never "none" or an empty cell', async () => {
    const { rows } = await csv('sparse.dpia.yaml');
    assert.equal(rows.length, 1);
    const [row] = rows;
    for (const [column, value] of Object.entries(row)) {
      assert.notEqual(value.trim(), '', `${column} is empty`);
      assert.notEqual(value, 'none', `${column} says none`);
    }
    for (const column of ['Transfers to third countries and safeguards', 'Categories of recipients', 'Technical and organisational security measures',
      'Categories of data subjects', 'Categories of personal data', 'Time limits for erasure', 'Legal basis (Art. 6)', 'Data protection officer', 'Controller']) {
      assert.equal(row[column], 'not stated', column);
    }
  });

  it('"none" only where the file answers it: recipients recorded, all inside the EEA; empty lists', async () => {
    const { rows } = await csv('empty-lists.dpia.yaml');
    assert.equal(rows[0]['Transfers to third countries and safeguards'], 'none');
    assert.equal(rows[0]['Categories of recipients'], 'none');
    assert.equal(rows[0]['Technical and organisational security measures'], 'none');
    const inside = await csv('explicit.dpia.yaml');
    const transfers = inside.rows[0]['Transfers to third countries and safeguards'];
    assert.match(transfers, /Cumulus ML Inc\. — US — standard contractual clauses \(Art\. 46\(2\)\(c\)\) — SCC module 2/, 'the tool in words');
    assert.doesNotMatch(transfers, /— scc —/);
    assert.match(transfers, /Mail Co: country not stated/, 'a recipient with no country leaves the transfer open');
    assert.doesNotMatch(transfers, /NordCRM/);
    assert.equal(inside.rows[0]['Data protection officer'], 'none designated', 'noDpoReason is an answer');
    assert.match(inside.rows[0]['Time limits for erasure'], /Notes: not stated/);
  });

  it('lists each security measure once per assessment, in its first row', async () => {
    const { rows } = await csv('explicit.dpia.yaml');
    assert.equal(rows.length, 2);
    const all = rows.flatMap((r) => r['Technical and organisational security measures'].split('; '));
    assert.equal(all.filter((m) => m === 'TLS everywhere').length, 1);
    assert.equal(all.filter((m) => m === 'SSO with MFA').length, 1);
    assert.equal(rows[1]['Technical and organisational security measures'], 'as in the row for purpose a');
  });

  it('marks the rows of an assessment with error findings and names it on stderr, one line per assessment', async () => {
    const result = await runMain(['export', '--ropa', '.', '--lang', 'en', '--today', TODAY, '--format', 'json'], { cwd: dir });
    assert.equal(result.code, 0);
    const lines = result.stderr.trim().split('\n');
    assert.equal(lines.length, 3, result.stderr);
    for (const file of ['explicit.dpia.yaml', 'sparse.dpia.yaml', 'empty-lists.dpia.yaml']) {
      assert.ok(lines.some((l) => new RegExp(`^dpia: ${file}: \\d+ error findings?: exported, with its rows marked`).test(l)), file);
    }
    const records = JSON.parse(result.stdout).records as { file: string; errors: number; findings: string }[];
    for (const record of records) {
      assert.ok(record.errors > 0);
      assert.match(record.findings, new RegExp(`^${record.errors} error findings?: the assessment is incomplete$`));
    }
  });

  it('the complete examples: no error findings, no warning, no empty cell, "approved" in both languages', async () => {
    for (const lang of ['en', 'nb']) {
      const result = await runMain(['export', '--ropa', join(ROOT, 'examples', 'lead-scoring'), '--lang', lang, '--today', TODAY], { cwd: ROOT });
      assert.equal(result.code, 0, result.stderr);
      assert.equal(result.stderr, '');
      const rows = parseCsv(result.stdout, { bom: true, columns: true }) as Row[];
      assert.ok(rows.length >= 2);
      for (const row of rows) for (const [column, value] of Object.entries(row)) assert.notEqual(value.trim(), '', `${lang} ${column}`);
      assert.ok(rows.every((r) => r['Status'] === (lang === 'en' ? 'approved' : 'godkjent')));
      assert.ok(rows.every((r) => r[lang === 'en' ? 'Findings (dpia check)' : 'Funn (dpia check)'] === (lang === 'en' ? 'no error findings' : 'ingen funn på feilnivå')));
    }
    const chatbot = await runMain(['export', '--ropa', join(ROOT, 'examples', 'kundeservice-chatbot'), '--today', TODAY, '--format', 'json'], { cwd: ROOT });
    assert.equal(chatbot.stderr, '');
    const records = JSON.parse(chatbot.stdout).records as { errors: number; transfers: string[] }[];
    assert.ok(records.every((r) => r.errors === 0));
    assert.ok(records.some((r) => r.transfers.some((t) => /EUs standardavtaler/.test(t))), 'mechanism in bokmål words');
  });
});
