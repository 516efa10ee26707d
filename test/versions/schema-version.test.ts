// Schema versions: a file written for a newer dpia is refused by every version command
// with "needs dpia ≥ …" (exit 2) and left untouched; a missing schemaVersion is a finding.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { runBin } from '../helpers/cli.ts';
import { GIT_ENV, gitRepo, type GitRepo } from '../helpers/git-repo.ts';

const NEWER = 'schemaVersion: 99\nid: future\nversion: "1.0"\ntitle: From the future\n';

describe('schema versions in the version commands', () => {
  let repo: GitRepo;
  before(() => {
    repo = gitRepo();
    repo.write('privacy/future.dpia.yaml', NEWER);
    repo.commit('future');
  });
  after(() => repo.cleanup());

  const commands: [string, string[]][] = [
    ['approve', ['approve', 'privacy/future.dpia.yaml', '--role', 'dpo', '--name', 'Kari']],
    ['bump', ['bump', 'privacy/future.dpia.yaml', '-m', 'next']],
    ['diff (working tree)', ['diff', 'privacy/future.dpia.yaml']],
    ['diff (revisions)', ['diff', 'privacy/future.dpia.yaml', '--from', 'HEAD', '--to', 'HEAD']],
    ['diff (two files)', ['diff', 'privacy/future.dpia.yaml', 'privacy/future.dpia.yaml']],
    ['status', ['status']],
    ['export', ['export', '--ropa']],
  ];
  for (const [name, args] of commands) {
    it(`${name} refuses a newer schemaVersion with exit 2 and names the dpia it needs`, () => {
      const result = runBin(args, { cwd: repo.dir, env: GIT_ENV });
      assert.equal(result.code, 2, result.stdout);
      assert.match(result.stderr, /^dpia: (?:HEAD:)?privacy\/future\.dpia\.yaml:1:\d+: uses schemaVersion 99, so this file needs a newer dpia/m);
      assert.equal(repo.read('privacy/future.dpia.yaml'), NEWER);
    });
  }

  it('a missing schemaVersion is a finding (schema/version), not a refusal', () => {
    repo.write('privacy/old.dpia.yaml', 'id: old\ntitle: No schema version\n');
    const result = runBin(['check', 'privacy/old.dpia.yaml', '--format', 'json'], { cwd: repo.dir, env: GIT_ENV });
    const rules = JSON.parse(result.stdout).files[0].findings.map((f: { rule: string }) => f.rule);
    assert.ok(rules.includes('schema/version'), rules.join(', '));
  });
});
