// The CI recipes in the README, each tried: the README holds the files in docs/ci/ and
// .pre-commit-hooks.yaml verbatim, and the dpia commands they contain are run as
// written (with `npx dpia` pointing at the built CLI) against the examples in a
// scratch git repository with a pull-request branch. The GitHub Action the workflow uses
// is run in test/ci/action.test.ts, the hook under pre-commit in test/ci/pre-commit.test.ts.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { XMLParser } from 'fast-xml-parser';
import { parse } from 'yaml';
import { BIN, EXAMPLES, ROOT } from '../helpers/cli.ts';
import { GIT_ENV, gitRepo, type GitRepo } from '../helpers/git-repo.ts';

const RECIPES = ['docs/ci/github-actions.yml', 'docs/ci/fairness-github-actions.yml', 'docs/ci/gitlab-ci.yml', '.pre-commit-hooks.yaml'];

/** A recipe's shell line as the CI runner would run it, with `npx dpia` being this build. */
function shell(repo: GitRepo, line: string): { code: number; stdout: string; stderr: string } {
  const command = line.replace(/npx dpia\b/g, `node ${JSON.stringify(BIN)}`);
  const result = spawnSync('bash', ['-e', '-c', command], { cwd: repo.dir, encoding: 'utf8', env: { ...process.env, ...GIT_ENV, NO_COLOR: '1' } });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

describe('CI recipes', () => {
  let repo: GitRepo;
  before(() => {
    repo = gitRepo();
    cpSync(EXAMPLES, join(repo.dir, 'examples'), { recursive: true });
    repo.commit('examples');
    // A pull request: a branch off main that changes an assessment; origin/main as a runner sees it.
    repo.git('update-ref', 'refs/remotes/origin/main', 'HEAD');
    repo.git('checkout', '-q', '-b', 'feature');
    const file = 'examples/lead-scoring/lead-scoring.dpia.yaml';
    repo.write(file, repo.read(file).replace(/\n {2}next: \d{4}-\d{2}-\d{2}/, '\n  next: 2029-12-01'));
    repo.commit('move the review');
  });
  after(() => repo.cleanup());

  it('the README shows every recipe file verbatim', () => {
    const readme = read('README.md');
    for (const path of RECIPES) {
      const block = new RegExp(`<!-- ci:${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:start -->\\n\`\`\`yaml\\n([\\s\\S]*?)\`\`\`\\n<!-- ci:`).exec(readme);
      assert.ok(block, `README has no block for ${path}`);
      assert.equal(block[1], read(path), `README block for ${path} differs from the file`);
    }
  });

  it('GitHub Actions: the workflow runs this repository\'s action with the permissions it needs', () => {
    // The action's steps are run in test/ci/action.test.ts; here, the workflow around it.
    const workflow = parse(read('docs/ci/github-actions.yml'));
    const action = parse(read('action.yml'));
    assert.deepEqual(workflow.permissions, { contents: 'read', 'pull-requests': 'write', 'security-events': 'write' });
    assert.ok('pull_request' in workflow.on, 'runs on pull requests, where the diff is commented');
    const steps: { uses?: string; with?: Record<string, string> }[] = workflow.jobs.dpia.steps;
    assert.equal(steps[0].uses, 'actions/checkout@v7', 'checkout at its current major');
    const dpia = steps.find((s) => /\/dpia@/.test(s.uses ?? ''));
    assert.match(dpia?.uses ?? '', /^[\w-]+\/dpia@v0$/);
    for (const input of Object.keys(dpia?.with ?? {})) assert.ok(input in action.inputs, `action.yml has an input ${input}`);
  });

  it('GitLab CI: the JUnit report is written for the artifact, and the job fails while errors remain', () => {
    const pipeline = parse(read('docs/ci/gitlab-ci.yml'));
    assert.equal(pipeline.dpia.image, 'node:24', 'the active LTS of Node.js');
    const lines: string[] = pipeline.dpia.script.filter((line: string) => line.includes('npx dpia'));
    assert.equal(lines.length, 1);
    const result = shell(repo, lines[0]);
    const report = pipeline.dpia.artifacts.reports.junit;
    assert.ok(existsSync(join(repo.dir, report)), 'the report file named in artifacts exists');
    const xml = new XMLParser({ ignoreAttributes: false }).parse(repo.read(report));
    assert.ok(xml.testsuites, 'a JUnit <testsuites> document');
    const failures = Number(xml.testsuites['@_failures'] ?? 0);
    assert.equal(result.code, failures > 0 ? 1 : 0);
  });

  it('fairness: the runs are recorded and committed, and check fails the job on a failed test, not on a passed one', () => {
    const workflow = parse(read('docs/ci/fairness-github-actions.yml'));
    const steps: { uses?: string; with?: Record<string, unknown>; run?: string }[] = workflow.jobs.fairness.steps;
    assert.equal(steps.find((s) => s.uses?.startsWith('actions/setup-node@'))?.with?.['node-version'], 24, 'the active LTS of Node.js');
    assert.deepEqual(workflow.permissions, { contents: 'write' }, 'the commit of the runs');
    const runs = steps.map((s) => s.run ?? '');
    const fairness = runs.find((line) => line.includes('npx dpia fairness'))!;
    const check = runs.find((line) => line.includes('npx dpia check'))!;
    assert.ok(runs.indexOf(fairness) < runs.indexOf(check), 'fairness first, then the gate');
    repo.git('checkout', '-q', '-b', 'fairness', 'main');
    repo.write('privacy/lead-scoring.dpia.yaml', repo.read('examples/lead-scoring/lead-scoring.dpia.yaml'));
    const counts = repo.read('examples/lead-scoring/scores-by-group.csv');
    repo.write('scores.csv', counts);
    const passed = shell(repo, fairness);
    assert.equal(passed.code, 0, passed.stdout + passed.stderr);
    assert.equal(parse(repo.read('privacy/lead-scoring.dpia.yaml')).evidence.fairness.length, 6, 'three runs added to the three recorded');
    const commit = shell(repo, runs.find((line) => line.startsWith('git add'))!.replace(/ && git push$/, ''));
    assert.equal(commit.code, 0, commit.stderr);
    assert.equal(shell(repo, check).code, 0, 'the recorded runs leave the sign-offs valid');
    // Band A in Nord-Norge converts far less often: the calibration test fails; the step goes on, check stops the job.
    repo.write('scores.csv', counts.split('\n').map((line) => {
      const cells = line.split(',');
      return cells[1] === 'Nord-Norge' && cells[3] === '2' && cells[4] === '1' ? [...cells.slice(0, 5), String(Math.round(Number(cells[5]) / 3))].join(',') : line;
    }).join('\n'));
    assert.equal(shell(repo, fairness).code, 0, 'a failed test is check\'s to report');
    const failed = shell(repo, check);
    assert.equal(failed.code, 1);
    assert.match(failed.stdout, /fairness\/test-failed/);
    // A file without the columns the tests name: the step itself fails.
    repo.write('scores.csv', 'lead,score\n1,50\n');
    const bad = shell(repo, fairness);
    assert.notEqual(bad.code, 0);
    assert.match(bad.stderr, /scores\.csv:1:1: .*no column "gender_estimate"/);
    repo.git('checkout', '-q', '-f', 'feature');
  });

  it('pre-commit: the dpia-check hook runs on staged assessments', () => {
    const [hook] = parse(read('.pre-commit-hooks.yaml'));
    assert.equal(hook.id, 'dpia-check');
    assert.equal(hook.language, 'node');
    const files = repo.git('ls-files').split('\n').filter((f) => new RegExp(hook.files).test(f));
    assert.ok(files.length >= 2);
    assert.ok(!new RegExp(hook.files).test('README.md'));
    const entry = hook.entry.replace(/^dpia\b/, 'npx dpia');
    // The lead-scoring example changed on this branch after sign-off, so it is stale now.
    const complete = files.filter((f) => /kundeservice/.test(f));
    const stale = shell(repo, `${entry} examples/lead-scoring/lead-scoring.dpia.yaml`);
    assert.equal(stale.code, 1);
    assert.match(stale.stdout, /accountability\/signoff-stale .*\(changed: review\)/);
    const clean = shell(repo, `${entry} ${complete.join(' ')}`);
    assert.equal(clean.code, 0, clean.stdout + clean.stderr);
    repo.write('examples/broken.dpia.yaml', 'schemaVersion: 1\nid: broken\npurposes: [{id: p}]\n');
    const broken = shell(repo, `${entry} examples/broken.dpia.yaml`);
    assert.equal(broken.code, 1, broken.stdout);
  });
});
