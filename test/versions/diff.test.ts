// `dpia diff`: semantic diff between two commits, against the working tree and between
// two files, in text, md and json (golden files); comment-only and order-only changes
// are "no change"; git problems are one line and exit 2.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { isMap, isSeq, parseDocument } from 'yaml';
import { FIXTURES, runBin, tempDir } from '../helpers/cli.ts';
import { GIT_ENV, gitRepo, type GitRepo } from '../helpers/git-repo.ts';
import { assertGolden } from './golden.ts';

const FILE = 'privacy/lead-scoring.dpia.yaml';
const SOURCE = readFileSync(join(FIXTURES, 'versions', 'lead-scoring.dpia.yaml'), 'utf8');

/** Version 1.1: a new purpose on consent, a special category, a US recipient, a risk up and one down, a measure gone. */
export function revised(text: string): string {
  return text
    .replace('version: "1.0"', 'version: "1.1"')
    .replace('status: draft', 'status: in-review')
    .replace('dataSubjects:\n', `  - id: churn-offers
    name: Churn offers
    description: Predict which customers may leave and offer them a better deal.
    necessity: Retention offers only make sense for customers likely to leave.
    legalBasis: consent
dataSubjects:
`)
    .replace('recipients:\n', `  - id: health-notes
    name: Health notes
    special: true
    subjects: [leads]
    purposes: [prioritise-leads]
    retention: P6M
recipients:
`)
    .replace('    country: IE\n', '    country: US\n    transfer: {mechanism: adequacy, details: EU-US Data Privacy Framework}\n')
    .replace(`    - id: backup
      type: backup
      description: Daily encrypted backups kept for 35 days.
      status: implemented
      owner: IT operations
`, '')
    .replace('    measures: [encryption, access, backup]', '    measures: [encryption, access]')
    .replace('    likelihood: 2\n    severity: 3\n', '    likelihood: 3\n    severity: 3\n')
    .replace('      likelihood: 1\n      severity: 2\n      justification: Quarterly bias tests and human override.', '      likelihood: 1\n      severity: 1\n      justification: Quarterly bias tests and human override.')
    .replace('  next: 2027-02-01', '  next: 2027-06-01');
}

describe('dpia diff', () => {
  let repo: GitRepo;
  before(() => {
    repo = gitRepo();
    repo.write(FILE, SOURCE);
    repo.commit('1.0');
    repo.write(FILE, revised(SOURCE));
    repo.commit('1.1');
  });
  after(() => repo.cleanup());

  const run = (...args: string[]) => runBin(['diff', ...args], { cwd: repo.dir, env: GIT_ENV });

  for (const format of ['text', 'md', 'json']) {
    it(`between two commits names what changed (--format ${format})`, () => {
      const result = run(FILE, '--from', 'HEAD~1', '--to', 'HEAD', '--format', format);
      assert.equal(result.code, 0, result.stderr);
      assertGolden(`diff-commits.${format === 'text' ? 'txt' : format}`, result.stdout);
    });
  }

  it('calls out what a reviewer must see: legal basis, special category, transfer, risk levels up and down', () => {
    const text = run(FILE, '--from', 'HEAD~1', '--to', 'HEAD').stdout;
    assert.match(text, /\+ churn-offers "Churn offers" \(added\) — legal basis: consent/);
    assert.match(text, /\+ health-notes "Health notes" \(added\) — special category \(Art\. 9\)/);
    assert.match(text, /third-country transfer: US \(adequacy\)/);
    assert.match(text, /inherent level 6 → 9 \(up\)/);
    assert.match(text, /residual level 2 → 1 \(down\)/);
    assert.match(text, /- backup .*\(removed\)/);
    assert.match(text, /Status: draft → in-review/);
    const json = JSON.parse(run(FILE, '--from', 'HEAD~1', '--to', 'HEAD', '--format', 'json').stdout);
    assert.deepEqual(json.files[0].sections.map((s: { section: string }) => s.section), ['purposes', 'dataCategories', 'recipients', 'security.measures', 'risks']);
  });

  it('defaults to HEAD against the working tree, in the file\'s language or --lang', () => {
    assert.match(run(FILE).stdout, /: HEAD → working tree: no change\n$/);
    repo.write(FILE, repo.read(FILE).replace('  next: 2027-06-01', '  next: 2027-07-01'));
    const result = run(FILE);
    assert.match(result.stdout, /HEAD → working tree\n/);
    // Dates in words, not 2027-06-01.
    assert.match(result.stdout, /review\.next: 1 June 2027 → 1 July 2027/);
    const nb = run(FILE, '--lang', 'nb').stdout;
    assert.match(nb, /HEAD → arbeidskatalogen\n[\s\S]*Andre endringer/);
    assert.match(nb, /review\.next: 1\. juni 2027 → 1\. juli 2027/);
    repo.git('checkout', '--', FILE);
  });

  it('shows durations in words, and a duration rewritten in another form is no change', () => {
    // "1 år" is P1Y and "24 months" is P2Y: the same durations, written in words.
    repo.write(FILE, repo.read(FILE).replace('  cadence: P1Y', '  cadence: 1 år').replace('    retention: P2Y\n', '    retention: 24 months\n'));
    assert.match(run(FILE).stdout, /: HEAD → working tree: no change\n$/);
    repo.write(FILE, repo.read(FILE).replace('  cadence: 1 år', '  cadence: quarterly').replace('    retention: 24 months\n', '    retention: P18M\n'));
    const en = run(FILE).stdout;
    assert.match(en, /review\.cadence: 1 year → 3 months/);
    assert.match(en, /retention: 2 years → 18 months/);
    assert.doesNotMatch(en, /P1Y|P18M|P2Y|quarterly/);
    assert.match(run(FILE, '--lang', 'nb').stdout, /review\.cadence: 1 år → 3 måneder/);
    repo.git('checkout', '--', FILE);
  });

  it('with no file, compares every assessment in the folder (for a pull-request comment)', () => {
    const result = runBin(['diff', '--from', 'HEAD~1', '--format', 'md'], { cwd: repo.dir, env: GIT_ENV });
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /^### `privacy\/lead-scoring\.dpia\.yaml` \(crm-lead-scoring\): HEAD~1 → working tree/);
  });

  it('comment-only, key-order and list-order changes are no change', () => {
    const doc = parseDocument(repo.read(FILE));
    assert.ok(isMap(doc.contents));
    doc.contents.items.reverse();
    const measures = doc.getIn(['security', 'measures'], true);
    if (isSeq(measures)) measures.items.reverse();
    doc.commentBefore = ' reordered and commented';
    repo.write(FILE, doc.toString({ indent: 4 }));
    for (const format of ['text', 'md']) {
      const result = run(FILE, '--format', format);
      assert.match(result.stdout, /no change\n$/, result.stdout);
    }
    assert.equal(JSON.parse(run(FILE, '--format', 'json').stdout).files[0].changed, false);
    repo.git('checkout', '--', FILE);
  });

  it('compares two files (golden, Norwegian words)', () => {
    repo.write('a.dpia.yaml', SOURCE);
    repo.write('b.dpia.yaml', revised(SOURCE));
    const result = run('a.dpia.yaml', 'b.dpia.yaml', '--lang', 'nb');
    assert.equal(result.code, 0, result.stderr);
    assertGolden('diff-files.nb.txt', result.stdout);
    repo.git('clean', '-fq');
  });

  it('a file new since the revision shows everything as added', () => {
    repo.write('privacy/new.dpia.yaml', 'schemaVersion: 1\nid: new\npurposes:\n  - id: p\n    legalBasis: contract\n');
    const result = run('privacy/new.dpia.yaml');
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /\+ p \(added\) — legal basis: contract/);
    repo.git('clean', '-fq');
  });

  it('an unknown revision, a path outside git or an option-like revision: one line, exit 2', () => {
    const unknown = run(FILE, '--from', 'no-such-branch');
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /^dpia: unknown git revision "no-such-branch"/);
    const dash = run(FILE, '--from=--output=/tmp/x');
    assert.equal(dash.code, 2);
    const outside = tempDir();
    try {
      writeFileSync(join(outside.dir, 'x.dpia.yaml'), SOURCE);
      const result = runBin(['diff', 'x.dpia.yaml', '--from', 'HEAD'], { cwd: outside.dir, env: { ...GIT_ENV, GIT_CEILING_DIRECTORIES: outside.dir } });
      assert.equal(result.code, 2);
      assert.match(result.stderr, /^dpia: [^\n]*not in a git repository[^\n]*\n$/);
    } finally {
      outside.cleanup();
    }
    const three = run('a', 'b', 'c');
    assert.equal(three.code, 2);
  });
});
