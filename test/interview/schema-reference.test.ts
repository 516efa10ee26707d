// The `# yaml-language-server: $schema=` line of a new file resolves, or is not written
// (issue 14 point 6): a relative path to the dpia installed in the project, or to the
// running dpia's schema within the same repository; never an address that answers nothing.
// A file that still carries the old line (https://dpia.dev/…) is checked as before.
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { after, describe, it } from 'node:test';
import { schemaReference } from '../../src/interview/session.ts';
import { EXAMPLES, ROOT, runBin, tempDir } from '../helpers/cli.ts';

const MODELINE = /^# yaml-language-server: \$schema=(.+)\n/;
const cleanups: Array<() => void> = [];
after(() => cleanups.forEach((c) => c()));

function folder(): string {
  const { dir, cleanup } = tempDir('dpia-schema-ref-');
  cleanups.push(cleanup);
  return dir;
}

function installFake(project: string): void {
  mkdirSync(join(project, 'node_modules', 'dpia', 'schema'), { recursive: true });
  copyFileSync(join(ROOT, 'schema', 'dpia.schema.json'), join(project, 'node_modules', 'dpia', 'schema', 'dpia.schema.json'));
}

describe('the $schema line of a new file', () => {
  it('points at the installed package, relative to the file, and resolves (the built CLI)', () => {
    const project = folder();
    installFake(project);
    mkdirSync(join(project, 'privacy'));
    writeFileSync(join(project, 'none.yaml'), '{}\n');
    const result = runBin(['new', 'privacy/lead-scoring.dpia.yaml', '--answers', 'none.yaml', '--today', '2026-11-30'], { cwd: project });
    assert.ok(result.code === 0 || result.code === 1, result.stderr);
    const file = join(project, 'privacy', 'lead-scoring.dpia.yaml');
    const line = MODELINE.exec(readFileSync(file, 'utf8'));
    assert.ok(line, 'a $schema line');
    assert.equal(line[1], '../node_modules/dpia/schema/dpia.schema.json');
    assert.ok(existsSync(resolve(dirname(file), line[1])));
  });

  it('is left out where dpia is not installed (npx, a global install): no address that would not resolve', () => {
    const project = folder();
    writeFileSync(join(project, 'none.yaml'), '{}\n');
    const result = runBin(['new', 'lead-scoring.dpia.yaml', '--answers', 'none.yaml', '--today', '2026-11-30'], { cwd: project });
    assert.ok(result.code === 0 || result.code === 1, result.stderr);
    const text = readFileSync(join(project, 'lead-scoring.dpia.yaml'), 'utf8');
    assert.match(text, /^schemaVersion: 2\n/);
    assert.doesNotMatch(text, /yaml-language-server|dpia\.dev/);
  });

  it('points at the running dpia\'s schema inside its own repository', () => {
    assert.equal(schemaReference(join(EXAMPLES, 'new-feature', 'new-feature.dpia.yaml')), '../../schema/dpia.schema.json');
  });

  it('does not leave the repository for a dpia installed above it', () => {
    const outer = folder();
    installFake(outer);
    const repository = join(outer, 'crm');
    mkdirSync(repository);
    execFileSync('git', ['init', '-q'], { cwd: repository });
    assert.equal(schemaReference(join(repository, 'privacy', 'a.dpia.yaml')), undefined);
    installFake(repository);
    assert.equal(schemaReference(join(repository, 'privacy', 'a.dpia.yaml')), '../node_modules/dpia/schema/dpia.schema.json');
  });
});

describe('a file with the old $schema line (https://dpia.dev/…)', () => {
  it('is checked exactly as without it: the line is a comment, no rule mentions it', () => {
    const dir = folder();
    const text = readFileSync(join(EXAMPLES, 'lead-scoring', 'lead-scoring.dpia.yaml'), 'utf8').replace(MODELINE, '');
    writeFileSync(join(dir, 'without.dpia.yaml'), text);
    writeFileSync(join(dir, 'with.dpia.yaml'), `# yaml-language-server: $schema=https://dpia.dev/schema/v2/dpia.schema.json\n${text}`);
    const findings = (name: string) => {
      const result = runBin(['check', name, '--format', 'json', '--today', '2026-11-30'], { cwd: dir });
      const report = JSON.parse(result.stdout) as { files: Array<{ findings: Array<{ rule: string; line: number; message: string }> }> };
      return { code: result.code, findings: report.files[0].findings.map((f) => ({ rule: f.rule, line: f.line - (name === 'with.dpia.yaml' ? 1 : 0), message: f.message })) };
    };
    assert.deepEqual(findings('with.dpia.yaml'), findings('without.dpia.yaml'));
  });
});
