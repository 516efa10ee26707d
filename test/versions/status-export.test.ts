// `dpia status` and `dpia export --ropa`: golden files over two assessments (one signed
// in the test, one signed in the fixture), the CSV read back with a real CSV parser.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { parse as parseCsv } from 'csv-parse/sync';
import { FIXTURES, runBin } from '../helpers/cli.ts';
import { GIT_ENV, gitRepo, type GitRepo } from '../helpers/git-repo.ts';
import { assertGolden } from './golden.ts';

const TODAY = '2026-11-29';

describe('dpia status and dpia export --ropa', () => {
  let repo: GitRepo;
  before(() => {
    repo = gitRepo();
    repo.copy(join(FIXTURES, 'versions', 'lead-scoring.dpia.yaml'), 'privacy/lead-scoring.dpia.yaml');
    repo.copy(join(FIXTURES, 'versions', 'kundeservice-chatbot.dpia.yaml'), 'privacy/kundeservice-chatbot.dpia.yaml');
    const signed = runBin(['approve', 'privacy/lead-scoring.dpia.yaml', '--role', 'dpo', '--name', 'Kari Nordmann', '--date', '2026-11-20'], { cwd: repo.dir, env: GIT_ENV });
    assert.equal(signed.code, 0, signed.stderr);
    repo.commit('two assessments');
  });
  after(() => repo.cleanup());

  const run = (...args: string[]) => runBin(args, { cwd: repo.dir, env: GIT_ENV });

  for (const [format, ext] of [['text', 'txt'], ['md', 'md'], ['json', 'json']]) {
    it(`status lists every assessment (--format ${format})`, () => {
      const result = run('status', '--format', format, '--today', TODAY, '--lang', 'en');
      assert.equal(result.code, 0, result.stderr);
      assertGolden(`status.${ext}`, result.stdout);
      assert.equal(run('status', '--format', format, '--today', TODAY, '--lang', 'en').stdout, result.stdout, 'deterministic');
    });
  }

  it('status shows who signed the current content and marks stale sign-offs and overdue reviews', () => {
    const rows = JSON.parse(run('status', 'privacy', '--format', 'json', '--today', '2027-03-01').stdout).assessments;
    const lead = rows.find((r: { id: string }) => r.id === 'crm-lead-scoring');
    assert.equal(lead.status, 'in-review');
    assert.deepEqual(lead.signedBy, [{ role: 'dpo', name: 'Kari Nordmann', date: '2026-11-20', stale: false }]);
    assert.equal(lead.reviewOverdue, true);
    assert.deepEqual(lead.highestResidualRisk, { risk: 'breach', level: 3, band: 'low' });
    repo.write('privacy/lead-scoring.dpia.yaml', repo.read('privacy/lead-scoring.dpia.yaml').replace('title: AI lead scoring in the CRM', 'title: AI lead scoring'));
    const stale = JSON.parse(run('status', '--format', 'json', '--today', TODAY).stdout).assessments.find((r: { id: string }) => r.id === 'crm-lead-scoring');
    assert.equal(stale.signedBy[0].stale, true);
    assert.ok(stale.errors >= 1);
    repo.git('checkout', '--', 'privacy/lead-scoring.dpia.yaml');
  });

  it('status never says approved while a required sign-off is stale or missing, whatever the file says', () => {
    const file = 'privacy/kundeservice-chatbot.dpia.yaml';
    const statusOf = () => {
      const text = run('status', file, '--today', TODAY, '--lang', 'en').stdout.split('\n')[1];
      const json = JSON.parse(run('status', file, '--format', 'json', '--today', TODAY).stdout).assessments[0];
      return { text, json };
    };
    assert.match(statusOf().text, / approved {2,}/);
    repo.write(file, repo.read(file).replace(/^title: (.*)$/m, 'title: $1 (endret)'));
    const stale = statusOf();
    assert.match(stale.text, /approved in file, but sign-off stale: dpo, risk-owner /);
    assert.deepEqual(stale.json.unsigned, { stale: ['dpo', 'risk-owner'], missing: [] });
    repo.git('checkout', '--', file);
    // `owner` was the default role before risk-owner: its sign-off no longer counts.
    repo.write(file, repo.read(file).replace('  - role: risk-owner', '  - role: owner'));
    const legacy = statusOf();
    assert.match(legacy.text, /approved in file, but sign-off missing: risk-owner /);
    assert.deepEqual(legacy.json.unsigned, { stale: [], missing: ['risk-owner'] });
    const check = run('check', file, '--today', TODAY, '--lang', 'en');
    assert.equal(check.code, 1);
    assert.match(check.stdout, /accountability\/signoff .*no sign-off by risk-owner \(the sign-off by owner does not count: the role is now risk-owner\)/);
    repo.git('checkout', '--', file);
  });

  it('export --ropa writes CSV that spreadsheets open right: BOM, every field quoted, CRLF, æøå intact', () => {
    const result = run('export', '--ropa', '-o', 'ropa.csv', '--today', TODAY);
    assert.equal(result.code, 0, result.stderr);
    assert.equal(result.stdout, '');
    const bytes = readFileSync(join(repo.dir, 'ropa.csv'));
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 byte-order mark');
    const text = bytes.toString('utf8');
    assertGolden('ropa.nb.csv', text);
    for (const line of text.slice(1).split('\r\n').filter(Boolean)) assert.match(line, /^"(?:[^"]|"")*"(?:,"(?:[^"]|"")*")*$/);
    assert.ok(!/[^\r]\n/.test(text), 'every line ends in CRLF');

    const rows = parseCsv(bytes, { bom: true, columns: true }) as Record<string, string>[];
    const chatbot = rows.filter((r) => r['Vurdering'] === 'kundeservice-chatbot');
    const lead = rows.filter((r) => r['Vurdering'] === 'crm-lead-scoring');
    assert.ok(chatbot.length >= 2, 'one row per purpose');
    assert.equal(lead.length, 1);
    assert.ok(Object.keys(rows[0]).includes('Formålet med behandlingen'));
    assert.match(chatbot.map((r) => Object.values(r).join(' ')).join(' '), /[æøå]/);
    assert.equal(lead[0]['Behandlingsansvarlig'], 'Eksempel AS, 999 888 777');
    assert.equal(lead[0]['Personvernombud'], 'Kari Nordmann, dpo@example.no');
    assert.match(lead[0]['Overføring til tredjeland og garantier'], /^Analytics provider — US — EUs standardavtaler \(art. 46 nr. 2 bokstav c\) — Standard contractual clauses/);
    assert.match(lead[0]['Frister for sletting'], /Contact details: 2 år, from the last contact/);
    assert.match(lead[0]['Kategorier av registrerte'], /Business leads/);
  });

  it('export --ropa --format json is deterministic, in English with --lang en', () => {
    const result = run('export', '--ropa', '--format', 'json', '--lang', 'en', '--today', TODAY);
    assert.equal(result.code, 0, result.stderr);
    assertGolden('ropa.en.json', result.stdout);
    const json = JSON.parse(result.stdout);
    const lead = json.records.find((r: { assessment: string }) => r.assessment === 'crm-lead-scoring');
    assert.deepEqual(lead.retention, ['Contact details: 2 years, from the last contact', 'Web interactions: 12 months']);
    assert.equal(run('export', '--ropa', '--format', 'json', '--lang', 'en', '--today', TODAY).stdout, result.stdout);
  });

  it('the controller in the file wins over the one in dpia.config.yaml, field by field', () => {
    repo.write('dpia.config.yaml', 'controller:\n  name: Konsern ASA\n  phone: "+47 22 00 00 00"\n  dpo: {name: Shared DPO, phone: "+47 99 99 99 99"}\n');
    const json = JSON.parse(run('export', '--ropa', 'privacy/lead-scoring.dpia.yaml', '--format', 'json').stdout);
    assert.equal(json.records[0].controller, 'Eksempel AS, 999 888 777');
    assert.equal(json.records[0].controllerContact, 'Storgata 1, 0155 Oslo, personvern@example.no, +47 22 00 00 00');
    assert.equal(json.records[0].dpo, 'Kari Nordmann, dpo@example.no, +47 99 99 99 99');
    repo.git('clean', '-fq', 'dpia.config.yaml');
  });

  it('export needs --ropa (exit 2)', () => {
    const result = run('export');
    assert.equal(result.code, 2);
    assert.match(result.stderr, /^dpia: say what to export: --ropa/);
  });
});
