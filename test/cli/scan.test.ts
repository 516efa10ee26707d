// dpia scan as users run it, the built CLI as a subprocess: the examples' own CRM schemas
// are clean; a migration that adds a national identity number fails `dpia scan` and
// `dpia check` (with scan.check) with an annotation on that migration's line, and
// declaring it (then re-signing) makes the gate green again. Bad input is one line, exit 2.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { EXAMPLES, runBin, tempDir } from '../helpers/cli.ts';

const { dir: ROOT_DIR, cleanup } = tempDir('dpia-scan-');
after(cleanup);
const NO_GIT_IDENTITY = { HOME: ROOT_DIR, GIT_CONFIG_NOSYSTEM: '1' };
const TODAY = ['--today', '2026-12-02'];

/** A CRM repository holding the lead-scoring example (its assessment and its migrations), with scan.check on. */
function crmRepository(name: string): string {
  const dir = join(ROOT_DIR, name);
  cpSync(join(EXAMPLES, 'lead-scoring'), join(dir, 'privacy'), { recursive: true });
  mkdirSync(join(dir, '.git'));
  writeFileSync(join(dir, 'dpia.config.yaml'), 'scan:\n  check: true\n');
  return dir;
}

const PLANTED = 'privacy/crm/migrations/003_fodselsnummer.sql';

describe('dpia scan', () => {
  it("finds nothing to report in the examples: every field of their CRM schemas is declared", () => {
    const result = runBin(['scan', '--assessment', EXAMPLES, '-f', 'json']);
    assert.equal(result.code, 0, result.stderr);
    const report = JSON.parse(result.stdout) as { files: { findings: unknown[] }[]; fields: { field: string; declaredBy: string[]; kinds: unknown[] }[]; summary: { errors: number; warnings: number; fields: number; personal: number } };
    assert.deepEqual([report.summary.errors, report.summary.warnings], [0, 0]);
    assert.ok(report.summary.fields > 100 && report.summary.personal > 30, JSON.stringify(report.summary));
    assert.deepEqual(report.fields.filter((f) => f.declaredBy.length === 0).map((f) => f.field), []);
  });

  it('fails on a planted national identity number, at the line of the migration that adds it, in dpia scan and dpia check', () => {
    const dir = crmRepository('planted');
    writeFileSync(join(dir, PLANTED), '-- Leads who sign a contract are identified with BankID.\nALTER TABLE crm.leads ADD COLUMN fodselsnummer char(11);\n');
    const annotation = `::error file=${PLANTED},line=2,col=34,title=data/undeclared-sensitive-field::field crm.leads.fodselsnummer looks like sensitive personal data`;
    const scan = runBin(['scan', '-f', 'github', ...TODAY], { cwd: dir });
    assert.equal(scan.code, 1, scan.stderr);
    assert.ok(scan.stdout.startsWith(annotation), scan.stdout);
    const check = runBin(['check', '-f', 'github', ...TODAY], { cwd: dir });
    assert.equal(check.code, 1, check.stderr);
    assert.deepEqual(check.stdout.split('\n').filter(Boolean).map((line) => line.split('::')[1]!.split(',title=')[1]), ['data/undeclared-sensitive-field'], check.stdout);
    assert.ok(check.stdout.startsWith(annotation), check.stdout);
    // SARIF names the migration from the repository's top, from any folder.
    const sarif = JSON.parse(runBin(['scan', '-f', 'sarif', ...TODAY], { cwd: join(dir, 'privacy') }).stdout) as { runs: { results: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[] }[] }[] };
    const where = sarif.runs[0]!.results.map((r) => `${r.ruleId} ${r.locations[0]!.physicalLocation.artifactLocation.uri}:${r.locations[0]!.physicalLocation.region.startLine}`);
    assert.deepEqual(where, [`data/undeclared-sensitive-field ${PLANTED}:2`]);
  });

  it('is green again once the assessment declares it in a category marked national-id, and the new version is signed', () => {
    const dir = crmRepository('declared');
    writeFileSync(join(dir, PLANTED), 'ALTER TABLE crm.leads ADD COLUMN fodselsnummer char(11);\n');
    const file = join(dir, 'privacy', 'lead-scoring.dpia.yaml');
    const category = [
      '  - id: national-id',
      '    name: National identity number',
      '    fields: [leads.fodselsnummer]',
      '    types: [national-id]',
      '    nationalIdNeed:',
      '      identification: Leads who sign a contract are identified securely with BankID before they sign',
      '      necessity: The contract system identifies the signer by the national identity number BankID returns; no other identifier does',
      '    storage: { device: false, controller: true, processors: [crm-vendor], details: In NordCRM (hosted in Sweden). }',
      '    description: The national identity number of a lead who signs a contract, as BankID returns it',
      '    special: false',
      '    subjects: [leads]',
      '    purposes: [prioritise-leads]',
      '    origin: data-subject',
      '    source: BankID, when you sign the contract',
      '    required: Needed to sign the contract with BankID; without it the contract is signed on paper',
      '    minimisation: Stored only for leads who sign; never used by the model or shown in lists',
      '    accuracy: As BankID returns it',
      '    retention: P2Y',
      '    retentionCriteria: Two years after the contract was signed',
      '    deletion: Deleted with the lead record by the nightly CRM job',
      '',
    ].join('\n');
    writeFileSync(file, readFileSync(file, 'utf8').replace('  - id: engagement\n', `${category}  - id: engagement\n`));
    // Declared, but the content signed is not this content any more: the gate still fails, on the sign-offs alone.
    const stale = runBin(['check', '-f', 'json', ...TODAY], { cwd: dir });
    assert.equal(stale.code, 1);
    const rules = (JSON.parse(stale.stdout) as { files: { findings: { rule: string }[] }[] }).files.flatMap((f) => f.findings.map((x) => x.rule));
    assert.ok(!rules.some((rule) => rule.startsWith('data/')), rules.join(', '));
    for (const args of [['bump', file, '-m', 'National identity number of leads who sign with BankID', '--author', 'Ola Nordmann', '--date', '2026-12-02'],
      ['approve', file, '--role', 'dpo', '--name', 'Kari Nordmann', '--date', '2026-12-02'], ['approve', file, '--role', 'risk-owner', '--name', 'Ola Nordmann', '--date', '2026-12-02']]) {
      const step = runBin(args, { cwd: dir, env: NO_GIT_IDENTITY });
      assert.equal(step.code, 0, step.stderr);
    }
    const green = runBin(['check', ...TODAY], { cwd: dir });
    assert.equal(green.code, 0, green.stdout + green.stderr);
    assert.equal(runBin(['scan', ...TODAY], { cwd: dir }).code, 0);
  });

  it('--suggest prints the declarations as a diff that git apply takes, and writes nothing', () => {
    const dir = crmRepository('suggest');
    writeFileSync(join(dir, PLANTED), 'ALTER TABLE crm.leads ADD COLUMN fodselsnummer char(11);\nALTER TABLE crm.leads ADD COLUMN mobile_phone text;\n');
    const file = join(dir, 'privacy', 'lead-scoring.dpia.yaml');
    const before = readFileSync(file, 'utf8');
    const result = runBin(['scan', '--suggest', 'privacy/lead-scoring.dpia.yaml', ...TODAY], { cwd: dir });
    assert.equal(result.code, 0, result.stderr);
    assert.equal(readFileSync(file, 'utf8'), before, 'nothing is written');
    assert.match(result.stdout, /^--- a\/privacy\/lead-scoring\.dpia\.yaml\n\+\+\+ b\/privacy\/lead-scoring\.dpia\.yaml\n@@ /);
    // The mobile number joins the category that holds the lead's other contact details; the
    // national identity number gets a category of its own, marked national-id.
    assert.match(result.stdout, /^\+ {6}- leads\.mobile_phone$/m);
    assert.match(result.stdout, /^\+ {2}- id: national-id\n\+ {4}name: National identity numbers\n\+ {4}fields:\n\+ {6}- leads\.fodselsnummer\n\+ {4}types:\n\+ {6}- national-id$/m);
    assert.match(result.stderr, /^dpia: 2 fields declared in the diff above for privacy\/lead-scoring\.dpia\.yaml; review it, then apply it with `git apply` \(nothing was written\)\n$/);
    writeFileSync(join(dir, 'suggested.patch'), result.stdout);
    const apply = spawnSync('git', ['apply', 'suggested.patch'], { cwd: dir, encoding: 'utf8' });
    assert.equal(apply.status, 0, apply.stderr);
    const after = runBin(['scan', '-f', 'json', ...TODAY], { cwd: dir });
    const rules = (JSON.parse(after.stdout) as { files: { findings: { rule: string }[] }[] }).files.flatMap((f) => f.findings.map((x) => x.rule));
    assert.deepEqual(rules, []);
    const again = runBin(['scan', '--suggest', 'privacy/lead-scoring.dpia.yaml', ...TODAY], { cwd: dir });
    assert.equal(again.stdout, '');
    assert.match(again.stderr, /nothing to suggest/);
  });

  it('speaks bokmål with --lang nb, and counts what it read', () => {
    const dir = crmRepository('nb');
    writeFileSync(join(dir, PLANTED), 'ALTER TABLE crm.leads ADD COLUMN epost_privat text;\n');
    const result = runBin(['scan', '--lang', 'nb', ...TODAY], { cwd: dir });
    assert.equal(result.code, 0, 'a warning alone does not fail the scan');
    assert.match(result.stdout, /advarsel +data\/undeclared-field +feltet crm\.leads\.epost_privat ser ut som personopplysninger: E-postadresse/);
    assert.match(result.stdout, /33 felt i 3 datadefinisjoner: \d+ ser ut som personopplysninger; 32 er oppgitt i en vurdering\n$/);
  });

  it('a migration that does not parse is one line with file:line:column on stderr, exit 2, and the other files are still scanned', () => {
    const dir = crmRepository('broken');
    writeFileSync(join(dir, PLANTED), 'ALTER TABLE crm.leads ADD COLUMN fodselsnummer char(11),,;\n');
    const result = runBin(['scan', ...TODAY], { cwd: dir });
    assert.equal(result.code, 2);
    assert.match(result.stderr, new RegExp(`^dpia: ${PLANTED.replace(/[.]/g, '\\.')}:1:\\d+: cannot be read as a data definition: .*\\(SQL dialect postgresql\\)\\n$`));
    assert.match(result.stdout, /32 fields in 3 data definitions/);
  });

  it('refuses an unknown format and a missing path with one line, exit 2', () => {
    const format = runBin(['scan', '-f', 'junit']);
    assert.equal(format.code, 2);
    assert.match(format.stderr, /^dpia: option '-f, --format <format>' argument 'junit' is invalid\. Allowed choices are text, json, sarif, github\.\n/);
    const missing = runBin(['scan', 'no/such/folder', '--assessment', join(EXAMPLES, 'lead-scoring')]);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /^dpia: .*no\/such\/folder.*\n$/);
  });
});
