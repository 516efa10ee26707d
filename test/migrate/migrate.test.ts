// schemaVersion 2 and `dpia migrate`: the consent step on a Document, every *.dpia.yaml of
// the repository migrated in a temp copy (valid v2, idempotent, comments kept, same
// findings as the v1 file read in memory), and the CLI as a subprocess.
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { parseDocument, type Document } from 'yaml';
import { contentHash } from '../../src/model/hash.ts';
import { migrateInMemory } from '../../src/model/load.ts';
import { migrateDocument } from '../../src/model/migrate.ts';
import { step } from '../../src/model/migrations/consent.ts';
import { parseAssessment } from '../../src/model/parse.ts';
import { validate } from '../../src/model/validate.ts';
import { runRules } from '../../src/rules/engine.ts';
import { ROOT, runBin } from '../helpers/cli.ts';
import { TODAY } from '../helpers/rules.ts';

const V1 = `schemaVersion: 1
id: offers
purposes:
  - id: offers
    legalBasis: consent
  - id: billing
    legalBasis: contract
# How consent is asked
consent:
  mechanism: Unticked checkbox # in the portal
  withdrawal:
    how: The same checkbox
`;

describe('the consent step', () => {
  it('moves the consent map into consents with an id and the purposes on consent, keeping comments', () => {
    const doc = parseDocument(V1) as Document.Parsed;
    const notes = step.apply(doc);
    assert.deepEqual(notes, [{ key: 'migrate.consent.moved', args: { id: 'offers', purposes: 'offers' } }]);
    assert.deepEqual(doc.toJS().consents, [{ id: 'offers', purposes: ['offers'], mechanism: 'Unticked checkbox', withdrawal: { how: 'The same checkbox' } }]);
    assert.equal(doc.toJS().consent, undefined);
    const text = doc.toString();
    assert.match(text, /# How consent is asked/);
    assert.match(text, /# in the portal/);
    assert.deepEqual(step.apply(doc), [], 'a second apply changes nothing');
  });

  it('keeps source positions, so findings point at the lines as written', () => {
    const parsed = migrateInMemory(parseAssessment(V1, 'v1.dpia.yaml'));
    const findings = runRules(parsed.data, { today: TODAY, config: { root: '.' } });
    assert.ok(findings.some((f) => f.rule === 'consent/records' && f.path.join('.') === 'consents.0.records'));
    assert.ok(findings.some((f) => f.rule === 'schema/version'));
  });

  it('sign-offs of an unmigrated file are checked against the data as written', () => {
    const written = parseAssessment(V1, 'v1.dpia.yaml').data;
    const migrated = migrateInMemory(parseAssessment(V1, 'v1.dpia.yaml')).data;
    assert.equal(contentHash(migrated), contentHash(written));
  });
});

const tracked = execFileSync('git', ['ls-files', '*.dpia.yaml'], { cwd: ROOT, encoding: 'utf8' }).split('\n').filter(Boolean);

describe('every *.dpia.yaml of the repository, migrated', () => {
  for (const file of tracked) {
    it(file, () => {
      const text = readFileSync(join(ROOT, file), 'utf8');
      let parsed;
      try {
        parsed = parseAssessment(text, file);
      } catch {
        return; // a fixture of bad YAML: nothing to migrate
      }
      if (typeof parsed.data.schemaVersion === 'number' && parsed.data.schemaVersion > 2) return;
      const doc = parseDocument(text.replace(/^\ufeff/, '').replace(/\r\n/g, '\n')) as Document.Parsed;
      migrateDocument(doc);
      const once = doc.toString();
      const again = parseDocument(once) as Document.Parsed;
      assert.deepEqual(migrateDocument(again), [], 'a second migrate changes nothing');
      assert.equal(again.toString(), once);
      const data = doc.toJS() as Record<string, unknown>;
      assert.equal(data.consent, undefined);
      for (const comment of text.match(/#[^\n]*consent[^\n]*/gi) ?? []) assert.ok(once.includes(comment.trim()), `comment lost: ${comment}`);
      const before = runRules(migrateInMemory(parsed).data, { today: TODAY, config: { root: '.' } }).filter((f) => f.rule !== 'schema/version');
      const afterMigrate = runRules(data, { today: TODAY, config: { root: '.' } }).filter((f) => f.rule !== 'schema/version');
      // Sign-offs are re-bound by the command, not by migrateDocument: their rules are compared in the CLI tests.
      const strip = (fs: typeof before) => fs.filter((f) => !['accountability/signoff-stale', 'accountability/go-live'].includes(f.rule)).map((f) => `${f.rule} ${f.path.join('.')}`).sort();
      assert.deepEqual(strip(afterMigrate), strip(before));
      assert.ok(!validate(data).some((p) => p.rule === 'schema/unknown-key' && p.path[0] === 'consent'));
    });
  }
});

describe('dpia migrate (CLI)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dpia-migrate-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('migrates, prints a summary, is idempotent; --check and --dry-run write nothing', () => {
    const file = join(dir, 'a.dpia.yaml');
    writeFileSync(file, V1);
    let r = runBin(['migrate', file, '--check', '--lang', 'en'], { cwd: dir });
    assert.equal(r.code, 1);
    assert.match(r.stdout, /needs migrating/);
    r = runBin(['migrate', file, '--dry-run', '--lang', 'en'], { cwd: dir });
    assert.equal(r.code, 0);
    assert.equal(readFileSync(file, 'utf8'), V1);
    r = runBin(['migrate', file, '--lang', 'en'], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /`consent` moved into `consents` as consent offers, covering the purposes on consent: offers/);
    assert.match(r.stdout, /schemaVersion 1 → 2/);
    const migrated = readFileSync(file, 'utf8');
    assert.match(migrated, /^schemaVersion: 2$/m);
    // The comments stay: the one on the consent's own lines, and the one above the renamed `consent:` key.
    assert.match(migrated, /# in the portal/);
    assert.match(migrated, /^# How consent is asked\nconsents:$/m);
    r = runBin(['migrate', file, '--lang', 'nb'], { cwd: dir });
    assert.equal(r.code, 0);
    assert.match(r.stdout, /allerede på schemaVersion 2/);
    assert.equal(readFileSync(file, 'utf8'), migrated);
    assert.equal(runBin(['migrate', file, '--check'], { cwd: dir }).code, 0);
  });

  it('bad input: one line, exit 2', () => {
    const file = join(dir, 'bad.dpia.yaml');
    writeFileSync(file, 'schemaVersion: [1\n');
    const r = runBin(['migrate', file], { cwd: dir });
    assert.equal(r.code, 2);
    assert.equal(r.stderr.trim().split('\n').length, 1);
    assert.equal(runBin(['migrate', join(dir, 'missing.dpia.yaml')], { cwd: dir }).code, 2);
  });

  it('keeps CRLF line ends and writes through a symlink', () => {
    const crlf = join(dir, 'crlf.dpia.yaml');
    writeFileSync(crlf, V1.replace(/\n/g, '\r\n'));
    assert.equal(runBin(['migrate', crlf], { cwd: dir }).code, 0);
    const text = readFileSync(crlf, 'utf8');
    assert.ok(text.includes('consents:\r\n'));
    assert.ok(!/[^\r]\n/.test(text), 'every line ends in CRLF');
    const target = join(dir, 'target.dpia.yaml');
    const link = join(dir, 'link.dpia.yaml');
    writeFileSync(target, V1);
    symlinkSync(target, link);
    assert.equal(runBin(['migrate', link], { cwd: dir }).code, 0);
    assert.match(readFileSync(target, 'utf8'), /consents:/);
  });

  it('re-binds a sign-off that matched the content before, and leaves a stale one stale', () => {
    const file = join(dir, 'signed.dpia.yaml');
    const base = `${V1}version: "1.0"\n`;
    const hash = contentHash(parseAssessment(base, 'x').data);
    const stale = `sha256:${'0'.repeat(64)}`;
    writeFileSync(file, `${base}signoffs:\n  - role: dpo\n    name: Kari\n    version: "1.0"\n    contentHash: ${hash}\n  - role: owner\n    name: Ola\n    version: "1.0"\n    contentHash: ${stale}\n`);
    const r = runBin(['migrate', file, '--lang', 'en'], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /sign-off 1 \(dpo, Kari\) matched the content before migrating: re-bound/);
    assert.match(r.stdout, /sign-off 2 \(owner, Ola\) did not match .*still stale/);
    const after = parseAssessment(readFileSync(file, 'utf8'), 'x').data as { signoffs: { contentHash: string }[] };
    assert.equal(after.signoffs[0].contentHash, contentHash(after));
    assert.equal(after.signoffs[1].contentHash, stale);
    const check = runBin(['check', file, '--format', 'json'], { cwd: dir });
    const stales = JSON.parse(check.stdout).files[0].findings.filter((f: { rule: string }) => f.rule === 'accountability/signoff-stale');
    assert.deepEqual(stales.map((f: { path: string }) => f.path), ['signoffs.1']);
  });

  it('durations in words: check reads them (no schema finding), migrate writes the ISO form and re-binds the sign-off', () => {
    const file = join(dir, 'words.dpia.yaml');
    const base = `schemaVersion: 2
id: offers
version: "1.0"
dataCategories:
  - id: contact
    retention: 2 år # from the last contact
fairness:
  tests:
    - id: age
      frequency: quarterly
review:
  cadence: kvartalsvis
transparency:
  rights:
    responseTime: 1 month
`;
    const hash = contentHash(parseAssessment(base, 'x').data);
    writeFileSync(file, `${base}signoffs:\n  - role: dpo\n    name: Kari\n    version: "1.0"\n    contentHash: ${hash}\n`);
    const before = JSON.parse(runBin(['check', file, '--format', 'json', '--today', TODAY], { cwd: dir }).stdout).files[0].findings as { rule: string; path: string }[];
    assert.deepEqual(before.filter((f) => f.rule.startsWith('schema/')), []);
    assert.equal(runBin(['migrate', file, '--check'], { cwd: dir }).code, 1, 'words are still to be written in the ISO form');
    const r = runBin(['migrate', file, '--lang', 'en'], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /`dataCategories\.0\.retention: 2 år` is written in the canonical form `P2Y` \(2 years\)/);
    assert.match(r.stdout, /`review\.cadence: kvartalsvis` is written in the canonical form `P3M` \(3 months\)/);
    assert.match(r.stdout, /sign-off 1 \(dpo, Kari\) matched the content before migrating: re-bound/);
    assert.doesNotMatch(r.stdout, /schemaVersion/);
    const text = readFileSync(file, 'utf8');
    assert.match(text, /retention: P2Y # from the last contact\n/);
    assert.match(text, /frequency: P3M\n/);
    assert.match(text, /cadence: P3M\n/);
    assert.match(text, /responseTime: P1M\n/);
    const after = JSON.parse(runBin(['check', file, '--format', 'json', '--today', TODAY], { cwd: dir }).stdout).files[0].findings as { rule: string; path: string }[];
    assert.deepEqual(after.map((f) => `${f.rule} ${f.path}`), before.map((f) => `${f.rule} ${f.path}`), 'the same findings: the same durations');
    assert.match(runBin(['migrate', file], { cwd: dir }).stdout, /nothing to migrate/);
  });

  it('a v1 file signed under v1 is not stale when checked unmigrated', () => {
    const file = join(dir, 'signed-v1.dpia.yaml');
    const base = `${V1}version: "1.0"\n`;
    const hash = contentHash(parseAssessment(base, 'x').data);
    writeFileSync(file, `${base}signoffs:\n  - role: dpo\n    name: Kari\n    version: "1.0"\n    contentHash: ${hash}\n`);
    const check = runBin(['check', file, '--format', 'json'], { cwd: dir });
    const rules = JSON.parse(check.stdout).files[0].findings.map((f: { rule: string }) => f.rule);
    assert.ok(!rules.includes('accountability/signoff-stale'), rules.join(', '));
    assert.ok(rules.includes('schema/version'));
  });

  it('dpia approve signs an unmigrated file as written: approved at once, and still approved after migrating', () => {
    const file = join(dir, 'approve-v1.dpia.yaml');
    writeFileSync(file, `${V1}version: "1.0"\n`);
    const env = { HOME: dir, GIT_CONFIG_NOSYSTEM: '1' };
    const sign = (role: string, name: string) => runBin(['approve', file, '--role', role, '--name', name, '--date', '2026-11-20', '--force', '--reason', 'test'], { cwd: dir, env });
    const status = () => JSON.parse(runBin(['status', file, '--format', 'json', '--today', '2026-11-29'], { cwd: dir, env }).stdout).assessments[0];
    assert.match(sign('dpo', 'Kari').stdout, /waiting for: risk-owner/);
    const both = sign('risk-owner', 'Ola');
    assert.equal(both.code, 0, both.stderr);
    assert.match(both.stdout, /approved/);
    assert.doesNotMatch(both.stdout, /waiting/);
    assert.match(readFileSync(file, 'utf8'), /^schemaVersion: 1$/m, 'approve does not migrate');
    assert.equal(status().status, 'approved');
    assert.deepEqual(status().unsigned, { stale: [], missing: [] });
    assert.equal(runBin(['migrate', file], { cwd: dir }).code, 0);
    assert.equal(status().status, 'approved');
    assert.deepEqual(status().signedBy.map((s: { stale: boolean }) => s.stale), [false, false]);
  });
});
