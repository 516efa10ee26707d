// Sign-off bound to content, end to end with the built CLI in a scratch git repository:
// two sign-offs approve, a real change makes check fail naming the section, while
// re-formatting, reordering and comments do not.
import assert from 'node:assert/strict';
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { parse, parseDocument, isMap } from 'yaml';
import { contentHash } from '../../src/model/hash.ts';
import { FIXTURES, runBin, tempDir } from '../helpers/cli.ts';
import { GIT_ENV, gitRepo, type GitRepo } from '../helpers/git-repo.ts';

const FILE = 'privacy/lead-scoring.dpia.yaml';
const SOURCE = join(FIXTURES, 'versions', 'lead-scoring.dpia.yaml');
const TODAY = '2026-11-29';

interface CheckJson {
  files: { file: string; findings: { rule: string; message: string; path: string; severity: string }[] }[];
  summary: { errors: number; warnings: number };
}

function check(repo: GitRepo): { code: number; json: CheckJson } {
  const result = runBin(['check', FILE, '--format', 'json', '--today', TODAY], { cwd: repo.dir, env: GIT_ENV });
  return { code: result.code, json: JSON.parse(result.stdout) as CheckJson };
}

function accountabilityFindings(json: CheckJson) {
  return json.files.flatMap((f) => f.findings).filter((f) => f.rule === 'accountability/signoff' || f.rule === 'accountability/signoff-stale');
}

function approve(repo: GitRepo, role: string, name: string, ...extra: string[]) {
  return runBin(['approve', FILE, '--role', role, '--name', name, '--date', '2026-11-20', ...extra], { cwd: repo.dir, env: GIT_ENV });
}

describe('dpia approve', () => {
  let repo: GitRepo;
  before(() => {
    repo = gitRepo();
    repo.copy(SOURCE, FILE);
    repo.commit('assessment 1.0');
  });
  after(() => repo.cleanup());

  it('two sign-offs (dpo and risk-owner) make the assessment approved and check passes', () => {
    const dpo = approve(repo, 'dpo', 'Kari Nordmann');
    assert.equal(dpo.code, 0, dpo.stderr);
    let data = parse(repo.read(FILE));
    assert.equal(data.status, 'in-review');
    assert.match(dpo.stdout, /waiting for: risk-owner/);

    const owner = approve(repo, 'risk-owner', 'Ola Nordmann');
    assert.equal(owner.code, 0, owner.stderr);
    data = parse(repo.read(FILE));
    assert.equal(data.status, 'approved');
    assert.equal(data.signoffs.length, 2);
    for (const signoff of data.signoffs) {
      assert.equal(signoff.version, '1.0');
      assert.equal(signoff.date, '2026-11-20');
      assert.equal(signoff.contentHash, contentHash(data));
      assert.equal(typeof signoff.sections.purposes, 'string');
      assert.equal(signoff.gitIdentity, 'Test Person <test@example.no>', 'the git identity of whoever ran approve, beside the name');
    }
    const result = check(repo);
    assert.deepEqual(accountabilityFindings(result.json), []);
    assert.equal(result.code, 0, JSON.stringify(result.json.files[0].findings));
    repo.commit('approved');
  });

  it('approving touches only the status and the sign-offs; the rest of the file is byte-identical', () => {
    const signed = repo.read(FILE);
    const original = repo.git('show', `HEAD~1:${FILE}`);
    const withoutSignoffs = signed.replace(/signoffs:\n(?: {2}.*\n)+/, '').replace('status: approved', 'status: draft');
    assert.equal(withoutSignoffs, original);
  });

  it('signing again as the same role for the same version replaces the earlier sign-off', () => {
    const again = approve(repo, 'dpo', 'Kari Nordmann');
    assert.equal(again.code, 0, again.stderr);
    const data = parse(repo.read(FILE));
    assert.deepEqual(data.signoffs.map((s: { role: string }) => s.role), ['dpo', 'risk-owner']);
    assert.equal(repo.git('status', '--porcelain'), '', 'the same sign-off again leaves the file byte-identical');
  });

  it('re-formatting, reordering keys and adding comments never make the sign-off stale', () => {
    const doc = parseDocument(repo.read(FILE));
    assert.ok(isMap(doc.contents));
    doc.contents.items.reverse();
    const risks = doc.get('risks', true);
    if (isMap(doc.get('owner', true))) (doc.get('owner', true) as { commentBefore?: string }).commentBefore = ' who answers for this';
    doc.commentBefore = ' re-formatted by hand';
    if (risks && typeof risks === 'object') (risks as { comment?: string }).comment = ' reviewed';
    repo.write(FILE, doc.toString({ indent: 4, indentSeq: false, lineWidth: 60 }));
    assert.notEqual(repo.read(FILE), repo.git('show', `HEAD:${FILE}`));
    const result = check(repo);
    assert.deepEqual(accountabilityFindings(result.json), []);
    assert.equal(result.code, 0);
    repo.git('checkout', '--', FILE);
  });

  it('a real change makes check fail with accountability/signoff-stale, naming the section that changed', () => {
    const text = repo.read(FILE);
    repo.write(FILE, text.replace('Rank inbound business leads so that', 'Rank all business leads and existing customers so that'));
    const result = check(repo);
    assert.equal(result.code, 1);
    const stale = accountabilityFindings(result.json).filter((f) => f.rule === 'accountability/signoff-stale');
    assert.deepEqual(stale.map((f) => f.path), ['signoffs.0', 'signoffs.1']);
    for (const finding of stale) assert.match(finding.message, /\(changed: purposes\)$/);
    const nb = runBin(['check', FILE, '--lang', 'nb', '--today', TODAY], { cwd: repo.dir, env: GIT_ENV });
    assert.match(nb.stdout, /\(endret: purposes\)/);
    repo.git('checkout', '--', FILE);
  });

  it('refuses while error findings remain (exit 1, file untouched); --force needs --reason (exit 2); a forced sign-off records the reason', () => {
    const text = repo.read(FILE);
    repo.write(FILE, text.replace('    legalBasis: legitimate-interests\n', ''));
    const broken = repo.read(FILE);
    const refused = approve(repo, 'dpo', 'Kari Nordmann');
    assert.equal(refused.code, 1);
    assert.match(refused.stderr, /legal-basis\//);
    assert.match(refused.stderr, /refused: \d+ error finding/);
    assert.equal(repo.read(FILE), broken);

    const noReason = approve(repo, 'dpo', 'Kari Nordmann', '--force');
    assert.equal(noReason.code, 2);
    assert.match(noReason.stderr, /^dpia: --force needs --reason/);
    assert.equal(repo.read(FILE), broken);

    const forced = approve(repo, 'dpo', 'Kari Nordmann', '--force', '--reason', 'Legal basis confirmed by e-mail; text follows');
    assert.equal(forced.code, 0, forced.stderr);
    const data = parse(repo.read(FILE));
    const ciso = data.signoffs.find((s: { role: string }) => s.role === 'dpo');
    assert.equal(ciso.forced, true);
    assert.equal(ciso.reason, 'Legal basis confirmed by e-mail; text follows');
    repo.git('checkout', '--', FILE);
  });

  it('approving ignores the findings that approval itself resolves (a stale or missing sign-off)', () => {
    const text = repo.read(FILE);
    repo.write(FILE, text.replace('Rank inbound business leads so that', 'Rank inbound leads from the web form so that'));
    assert.equal(check(repo).code, 1);
    assert.equal(approve(repo, 'dpo', 'Kari Nordmann').code, 0);
    assert.equal(parse(repo.read(FILE)).status, 'in-review');
    assert.equal(approve(repo, 'risk-owner', 'Ola Nordmann').code, 0);
    assert.equal(parse(repo.read(FILE)).status, 'approved');
    assert.equal(check(repo).code, 0);
    repo.git('checkout', '--', FILE);
  });

  it('a planned start that has passed does not block the approval it waits for', () => {
    const text = repo.read(FILE);
    repo.write(FILE, text.replace(/^system:\n/m, 'system:\n  goLive: 2026-11-01\n'));
    assert.equal(check(repo).code, 1, 'stale sign-offs and the go-live finding');
    assert.equal(approve(repo, 'dpo', 'Kari Nordmann').code, 0);
    assert.equal(approve(repo, 'risk-owner', 'Ola Nordmann').code, 0);
    assert.equal(check(repo).code, 0);
    repo.git('checkout', '--', FILE);
  });

  it('uses the roles in requiredSignoffs from dpia.config.yaml', () => {
    repo.write('dpia.config.yaml', 'requiredSignoffs: [dpo, risk-owner, ciso]\n');
    const text = repo.read(FILE);
    repo.write(FILE, text.replace('status: approved', 'status: draft').replace(/signoffs:\n(?: {2}.*\n)+/, ''));
    approve(repo, 'dpo', 'Kari Nordmann');
    const owner = approve(repo, 'risk-owner', 'Ola Nordmann');
    assert.match(owner.stdout, /waiting for: ciso/);
    assert.equal(parse(repo.read(FILE)).status, 'in-review');
    approve(repo, 'ciso', 'Per Hansen');
    assert.equal(parse(repo.read(FILE)).status, 'approved');
    repo.git('checkout', '--', FILE);
    repo.git('clean', '-fq', 'dpia.config.yaml');
  });

  it('rejects bad options with exit 2 and a one-line message', () => {
    for (const args of [['--date', '2026-02-30'], ['--reason', 'x'], ['--role', 'two words']]) {
      const base = ['approve', FILE, '--role', 'dpo', '--name', 'Kari'];
      const result = runBin(args[0] === '--role' ? ['approve', FILE, ...args, '--name', 'Kari'] : [...base, ...args], { cwd: repo.dir, env: GIT_ENV });
      assert.equal(result.code, 2, args.join(' '));
      assert.match(result.stderr, /^dpia: [^\n]+\n$/);
    }
  });

  it('refuses a role it does not know (exit 2), naming the nearest and the known roles, and leaves the file alone', () => {
    const before = repo.read(FILE);
    for (const [role, suggestion] of [['dop', 'dpo'], ['owner', 'risk-owner'], ['auditor', '']]) {
      const result = approve(repo, role, 'Kari Nordmann');
      assert.equal(result.code, 2, role);
      assert.match(result.stderr, /^dpia: [^\n]+\n$/);
      assert.ok(result.stderr.includes(`unknown role ${role}${suggestion ? `; did you mean ${suggestion}?` : ';'}`), result.stderr);
      assert.match(result.stderr, /known roles: dpo, risk-owner/);
    }
    assert.equal(repo.read(FILE), before);
    repo.write('dpia.config.yaml', 'roles: [legal]\n');
    const legal = approve(repo, 'legal', 'Lise Lov');
    assert.equal(legal.code, 0, legal.stderr);
    assert.ok(parse(repo.read(FILE)).signoffs.some((s: { role: string }) => s.role === 'legal'));
    repo.git('checkout', '--', FILE);
    repo.git('clean', '-fq', 'dpia.config.yaml');
  });

  it('leaves gitIdentity out when git knows no one', () => {
    const { dir, cleanup } = tempDir('dpia-noid-');
    try {
      copyFileSync(SOURCE, join(dir, 'a.dpia.yaml'));
      const env = { ...GIT_ENV, HOME: dir, XDG_CONFIG_HOME: dir, GIT_CEILING_DIRECTORIES: dir };
      const result = runBin(['approve', 'a.dpia.yaml', '--role', 'dpo', '--name', 'Kari', '--date', '2026-11-20'], { cwd: dir, env });
      assert.equal(result.code, 0, result.stderr);
      const [signoff] = parse(readFileSync(join(dir, 'a.dpia.yaml'), 'utf8')).signoffs;
      assert.equal(signoff.name, 'Kari');
      assert.equal('gitIdentity' in signoff, false);
    } finally {
      cleanup();
    }
  });
});
