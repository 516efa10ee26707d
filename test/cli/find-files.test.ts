// Which files check, status and export look at (issue 14 point 5): the config's `ignore`
// patterns and every .gitignore from the repository's top are honoured when folders and
// globs are searched; a file named on the command line is checked whatever they say; glob
// syntax is picomatch's (via tinyglobby): `**`, `{a,b}`, `[…]`.
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { ROOT, runBin, tempDir } from '../helpers/cli.ts';

const SOURCE = join(ROOT, 'examples', 'lead-scoring', 'lead-scoring.dpia.yaml');

describe('finding assessments', () => {
  const { dir, cleanup } = tempDir('dpia-find-');
  after(cleanup);
  mkdirSync(join(dir, '.git'));
  for (const file of ['privacy/a.dpia.yaml', 'privacy/old/b.dpia.yaml', 'privacy/drafts/c.dpia.yaml', 'sub/d.dpia.yaml', 'sub/e.dpia.yaml', 'build/f.dpia.yaml']) {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    copyFileSync(SOURCE, join(dir, file));
  }
  writeFileSync(join(dir, '.gitignore'), 'build/\n');
  writeFileSync(join(dir, 'privacy', '.gitignore'), 'old/\n');
  writeFileSync(join(dir, 'dpia.config.yaml'), 'ignore:\n  - privacy/drafts/\n  - sub/e.dpia.yaml\n');
  const files = (...args: string[]) => {
    const r = runBin(['check', ...args, '-f', 'json', '--today', '2026-11-29'], { cwd: dir });
    return (JSON.parse(r.stdout) as { files: { file: string }[] }).files.map((f) => f.file);
  };

  it('a folder search passes over what .gitignore files (at the top and nested) and the config ignore', () => {
    assert.deepEqual(files('.'), ['privacy/a.dpia.yaml', 'sub/d.dpia.yaml']);
    assert.deepEqual(files(), ['privacy/a.dpia.yaml', 'sub/d.dpia.yaml'], 'the default target too');
  });

  it('so does a glob, in the full syntax', () => {
    assert.deepEqual(files('**/*.dpia.yaml'), ['privacy/a.dpia.yaml', 'sub/d.dpia.yaml']);
    assert.deepEqual(files('{privacy,sub}/[a-d].dpia.yaml'), ['privacy/a.dpia.yaml', 'sub/d.dpia.yaml']);
  });

  it('a file named on the command line is checked even when ignored', () => {
    assert.deepEqual(files('privacy/old/b.dpia.yaml', 'build/f.dpia.yaml'), ['build/f.dpia.yaml', 'privacy/old/b.dpia.yaml']);
  });

  it('status and export see the same files', () => {
    const status = runBin(['status', '--format', 'json', '--today', '2026-11-29'], { cwd: dir });
    assert.deepEqual((JSON.parse(status.stdout) as { assessments: { file: string }[] }).assessments.map((a) => a.file), ['privacy/a.dpia.yaml', 'sub/d.dpia.yaml']);
  });

  it('a config ignore that is not a list of strings is one line and exit 2', () => {
    const { dir: other, cleanup: done } = tempDir('dpia-find-bad-');
    try {
      writeFileSync(join(other, 'dpia.config.yaml'), 'ignore: 3\n');
      const r = runBin(['check', '.'], { cwd: other });
      assert.equal(r.code, 2);
      assert.equal(r.stderr.trim().split('\n').length, 1);
    } finally {
      done();
    }
  });
});
