// The dpia-check hook under the real pre-commit (issue 14 point 4): a CRM repository names
// this repository in .pre-commit-config.yaml, pre-commit installs the hook as a node
// environment (npm install, npm pack, npm install -g of the tarball) and runs it when
// someone commits. A commit with a failing assessment is refused; a passing one goes in.
// The hook repository is this working tree's files (tracked and new, not ignored) as one
// commit, so what is tested is what a clone would get. Installing runs npm install of the
// devDependencies: from npm's cache when it has them (as after npm ci), else the registry.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { npmEnv } from '../../scripts/test-env.ts';
import { ROOT, tempDir } from '../helpers/cli.ts';
import { GIT_ENV, gitRepo, type GitRepo } from '../helpers/git-repo.ts';
import { copyWorkingTree } from '../helpers/working-tree.ts';

describe('pre-commit from Debian installs and runs the dpia-check hook', { timeout: 600_000 }, () => {
  const { dir: scratch, cleanup } = tempDir('dpia-pre-commit-');
  let hooks: GitRepo;
  let crm: GitRepo;
  let install: { code: number; output: string; seconds: number };
  const env = {
    ...npmEnv(),
    ...GIT_ENV,
    PRE_COMMIT_HOME: join(scratch, 'pre-commit-home'),
    XDG_CACHE_HOME: join(scratch, 'cache'),
    npm_config_prefer_offline: 'true',
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
    NO_COLOR: '1',
  };
  const run = (command: string, args: string[], cwd: string) => {
    const result = spawnSync(command, args, { cwd, env, encoding: 'utf8', timeout: 540_000 });
    if (result.error) throw result.error;
    return { code: result.status ?? -1, output: result.stdout + result.stderr };
  };

  before(() => {
    hooks = gitRepo();
    copyWorkingTree(hooks.dir);
    hooks.commit('dpia as a hook repository');

    crm = gitRepo();
    const rev = hooks.git('rev-parse', 'HEAD').trim();
    crm.write('.pre-commit-config.yaml', [
      'repos:',
      `  - repo: ${JSON.stringify(hooks.dir)}`,
      `    rev: ${rev}`,
      '    hooks:',
      '      - id: dpia-check',
      "        args: ['--today', '2026-11-30']",
      '',
    ].join('\n'));
    crm.write('README.md', 'A CRM.\n');
    crm.commit('pre-commit configuration');

    // Once: every commit below runs the hook from this environment.
    const started = Date.now();
    install = { ...run('pre-commit', ['install', '--install-hooks'], crm.dir), seconds: Math.round((Date.now() - started) / 1000) };
  });
  after(() => {
    hooks?.cleanup();
    crm?.cleanup();
    cleanup();
  });

  it('installs the hook environment (the tarball name npm pack prints is all it prints)', (t) => {
    assert.equal(install.code, 0, install.output);
    assert.match(install.output, /pre-commit installed at \.git\/hooks\/pre-commit/);
    t.diagnostic(`hook environment installed in ${install.seconds} s`);
  });

  it('lets a commit with a passing assessment in', () => {
    assert.equal(install.code, 0, 'the hook environment is installed');
    crm.copy(join(ROOT, 'examples', 'kundeservice-chatbot', 'kundeservice-chatbot.dpia.yaml'), 'privacy/chatbot.dpia.yaml');
    crm.git('add', '-A');
    const commit = run('git', ['commit', '-m', 'the chatbot assessment'], crm.dir);
    assert.equal(commit.code, 0, commit.output);
    assert.match(commit.output, /dpia check\.+Passed/);
    assert.match(crm.git('log', '-1', '--format=%s'), /the chatbot assessment/);
  });

  it('refuses a commit with a failing assessment, and names the findings', () => {
    assert.equal(install.code, 0, 'the hook environment is installed');
    const head = crm.git('rev-parse', 'HEAD');
    crm.write('privacy/broken.dpia.yaml', 'schemaVersion: 1\nid: broken\npurposes: [{id: p}]\n');
    crm.git('add', '-A');
    const commit = run('git', ['commit', '-m', 'an incomplete assessment'], crm.dir);
    assert.equal(commit.code, 1, commit.output);
    assert.match(commit.output, /dpia check\.+Failed/);
    assert.match(commit.output, /privacy\/broken\.dpia\.yaml/);
    assert.match(commit.output, / error /);
    assert.equal(crm.git('rev-parse', 'HEAD'), head, 'nothing was committed');
  });

  it('does not run on files that are not assessments', () => {
    assert.equal(install.code, 0, 'the hook environment is installed');
    crm.git('reset', '-q', 'privacy/broken.dpia.yaml');
    crm.write('README.md', 'A CRM with assessments.\n');
    crm.git('add', 'README.md');
    const commit = run('git', ['commit', '-m', 'readme'], crm.dir);
    assert.equal(commit.code, 0, commit.output);
    assert.match(commit.output, /dpia check\.+\(no files to check\)Skipped/);
  });
});
