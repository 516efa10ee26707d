// `dpia bump`: next version, a history entry with date and author, status draft, and
// nothing else in the file rewritten.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { parse } from 'yaml';
import { nextVersion } from '../../src/commands/bump.ts';
import { FIXTURES, runBin } from '../helpers/cli.ts';
import { GIT_ENV, gitRepo, type GitRepo } from '../helpers/git-repo.ts';

const FILE = 'privacy/lead-scoring.dpia.yaml';

describe('dpia bump', () => {
  let repo: GitRepo;
  before(() => {
    repo = gitRepo();
    repo.copy(join(FIXTURES, 'versions', 'lead-scoring.dpia.yaml'), FILE);
    repo.commit('1.0');
  });
  after(() => repo.cleanup());

  it('counts versions as major.minor', () => {
    assert.equal(nextVersion('1.0', false), '1.1');
    assert.equal(nextVersion('1.9', false), '1.10');
    assert.equal(nextVersion('1.9', true), '2.0');
    assert.equal(nextVersion(undefined, false), '0.1');
    assert.equal(nextVersion(undefined, true), '1.0');
  });

  it('makes the next minor version with a history entry by the git user, status draft, and changes nothing else', () => {
    const original = repo.read(FILE);
    const result = runBin(['bump', FILE, '-m', 'Add churn prediction', '--date', '2026-12-01'], { cwd: repo.dir, env: GIT_ENV });
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /1\.0 → 1\.1/);
    const text = repo.read(FILE);
    const data = parse(text);
    assert.equal(data.version, '1.1');
    assert.equal(data.status, 'draft');
    assert.deepEqual(data.history.at(-1), { version: '1.1', date: '2026-12-01', author: 'Test Person', summary: 'Add churn prediction' });
    // Only the version line changes and the entry is appended: the rest is the user's bytes.
    const expected = original.replace('version: "1.0"\n', 'version: "1.1"\n')
      + '  - version: "1.1"\n    date: 2026-12-01\n    author: Test Person\n    summary: Add churn prediction\n';
    assert.equal(text, expected);
  });

  it('--major starts the next major version; --author names the author', () => {
    const result = runBin(['bump', FILE, '--major', '-m', 'New model', '--author', 'Kari Nordmann', '--date', '2026-12-02'], { cwd: repo.dir, env: GIT_ENV });
    assert.equal(result.code, 0, result.stderr);
    const data = parse(repo.read(FILE));
    assert.equal(data.version, '2.0');
    assert.equal(data.history.at(-1).author, 'Kari Nordmann');
  });

  it('without a git user, the owner is the author', () => {
    repo.git('config', '--unset', 'user.name');
    try {
      const result = runBin(['bump', FILE, '-m', 'Typo', '--date', '2026-12-03'], { cwd: repo.dir, env: { ...GIT_ENV, GIT_AUTHOR_NAME: undefined } });
      assert.equal(result.code, 0, result.stderr);
      assert.equal(parse(repo.read(FILE)).history.at(-1).author, 'Ola Nordmann');
    } finally {
      repo.git('config', 'user.name', 'Test Person');
    }
  });

  it('refuses an unreadable version (exit 2, with line and column) and an empty message', () => {
    repo.write('bad.dpia.yaml', 'schemaVersion: 1\nid: x\nversion: one\n');
    const bad = runBin(['bump', 'bad.dpia.yaml', '-m', 'x'], { cwd: repo.dir, env: GIT_ENV });
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /^dpia: bad\.dpia\.yaml:3:10: version must be "major\.minor"/);
    assert.equal(repo.read('bad.dpia.yaml'), 'schemaVersion: 1\nid: x\nversion: one\n');
    const empty = runBin(['bump', FILE, '-m', ' '], { cwd: repo.dir, env: GIT_ENV });
    assert.equal(empty.code, 2);
  });
});
