// Never losing an answer, and refusing without a terminal: kill -9, Ctrl-C, SIGTERM and
// resume in a real terminal; the no-TTY refusal; --answers end to end; edit round trips.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { parse } from 'yaml';
import { flattenAnswers } from '../../src/interview/answers.ts';
import { parseAssessment } from '../../src/model/parse.ts';
import { BIN, FIXTURES, runBin, tempDir } from '../helpers/cli.ts';
import { InterviewDriver } from '../helpers/interview-driver.ts';
import { Terminal } from '../helpers/tmux.ts';

const TODAY = '2026-03-01';
const ANSWERS = join(FIXTURES, 'interview', 'answers.en.yaml');
const answers = flattenAnswers(parse(readFileSync(ANSWERS, 'utf8')));

const terms: Terminal[] = [];
const cleanups: Array<() => void> = [];
after(() => {
  for (const t of terms) t.kill();
  for (const c of cleanups) c();
});
function workspace() {
  const { dir, cleanup } = tempDir();
  cleanups.push(cleanup);
  return dir;
}
function terminal() {
  const term = new Terminal();
  terms.push(term);
  return term;
}

describe('interrupting the interview', { timeout: 120_000 }, () => {
  it('kill -9 mid-interview leaves valid YAML with every completed answer', async () => {
    const dir = workspace();
    const file = join(dir, 'lead.dpia.yaml');
    const term = terminal();
    term.start(`node ${BIN} new lead.dpia.yaml --today ${TODAY}`, dir);
    const driver = new InterviewDriver(term, answers, 'en', file);
    assert.equal(await driver.run(15), -1);
    // The 15th answer (system.name) is typed; wait until the next prompt shows, then kill without warning.
    await driver.active();
    process.kill(term.commandPid(), 'SIGKILL');
    assert.equal(await term.exitCode(), 137);
    const parsed = parseAssessment(readFileSync(file, 'utf8'), file);
    assert.equal(parsed.data.title, answers.title);
    assert.equal((parsed.data.owner as Record<string, unknown>).name, answers['owner.name']);
    assert.deepEqual([...(parsed.data.screening as { criteria: string[] }).criteria].sort(), [...(answers['screening.criteria'] as string[])].sort());
    assert.equal((parsed.data.system as Record<string, unknown>).name, answers['system.name']);
    assert.equal(readFileSync(file, 'utf8').includes('.tmp'), false);
  });

  it('Ctrl-C prints where the draft is and exits 130; dpia new resumes at the first unanswered question', async () => {
    const dir = workspace();
    const file = join(dir, 'lead.dpia.yaml');
    const term = terminal();
    term.start(`node ${BIN} new lead.dpia.yaml --today ${TODAY}`, dir);
    const driver = new InterviewDriver(term, answers, 'en', file);
    await driver.run(3);
    await driver.active();
    term.keys('C-c');
    assert.equal(await term.exitCode(), 130);
    assert.match(term.history(), /saved draft to lead\.dpia\.yaml; resume with dpia new lead\.dpia\.yaml/);
    const data = parse(readFileSync(file, 'utf8'));
    assert.equal(data.owner.email, answers['owner.email']);

    const again = terminal();
    again.start(`node ${BIN} new lead.dpia.yaml --today ${TODAY}`, dir);
    const resumed = new InterviewDriver(again, answers, 'en', file);
    const first = await resumed.active();
    assert.ok(!('exit' in first));
    assert.equal(first.question?.id, 'controller.name');
    again.keys('C-c');
    assert.equal(await again.exitCode(), 130);
  });

  it('SIGTERM prints where the draft is and exits 143', async () => {
    const dir = workspace();
    const file = join(dir, 'lead.dpia.yaml');
    const term = terminal();
    term.start(`node ${BIN} new lead.dpia.yaml --today ${TODAY}`, dir);
    const driver = new InterviewDriver(term, answers, 'en', file);
    await driver.run(2);
    await driver.active();
    process.kill(term.commandPid(), 'SIGTERM');
    assert.equal(await term.exitCode(), 143);
    assert.match(term.history(), /saved draft to lead\.dpia\.yaml; resume with dpia new lead\.dpia\.yaml/);
    assert.equal(parse(readFileSync(file, 'utf8')).owner.name, answers['owner.name']);
  });
});

describe('without a terminal', () => {
  for (const command of [['new', 'x.dpia.yaml'], ['screen'], ['edit', join(FIXTURES, 'interview', 'commented.dpia.yaml')]]) {
    it(`dpia ${command[0]} refuses at once with exit 2 and does not read stdin`, async () => {
      const dir = workspace();
      // stdin stays open and is never written: a command that waited on it would hang.
      const child = spawn(process.execPath, [BIN, ...command], { cwd: dir, stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
      let stderr = '';
      child.stderr.on('data', (c) => { stderr += c; });
      const code = await new Promise<number | null>((resolve) => {
        const timer = setTimeout(() => { child.kill('SIGKILL'); resolve(null); }, 10_000);
        child.on('exit', (c) => { clearTimeout(timer); resolve(c); });
      });
      assert.equal(code, 2, stderr);
      assert.match(stderr, /needs a terminal.*--answers FILE/);
    });
  }
});

describe('--answers', () => {
  it('runs the whole interview without prompts and the result passes dpia check', () => {
    const dir = workspace();
    const result = runBin(['new', 'privacy/lead.dpia.yaml', '--answers', ANSWERS, '--today', TODAY], { cwd: dir });
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /dpia check privacy\/lead\.dpia\.yaml/);
    const check = runBin(['check', 'privacy/lead.dpia.yaml', '--today', TODAY], { cwd: dir });
    assert.equal(check.code, 0, check.stdout);
  });

  it('names an unknown question id and a bad answer with exit 2', () => {
    const dir = workspace();
    writeFileSync(join(dir, 'a.yaml'), 'sytem.name: X\n');
    const unknown = runBin(['new', 'x.dpia.yaml', '--answers', 'a.yaml'], { cwd: dir });
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /unknown question id "sytem\.name"/);
    writeFileSync(join(dir, 'b.yaml'), 'review.cadence: every now and then\n');
    const bad = runBin(['new', 'y.dpia.yaml', '--answers', 'b.yaml'], { cwd: dir });
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /review\.cadence.*cannot read "every now and then" as a duration/);
  });

  it('without a file, names it privacy/<id>.dpia.yaml from the title', () => {
    const dir = workspace();
    writeFileSync(join(dir, 'a.yaml'), 'title: Churn prediction\n');
    const result = runBin(['new', '--answers', 'a.yaml', '--today', TODAY], { cwd: dir });
    assert.equal(result.code, 0, result.stderr);
    const data = parse(readFileSync(join(dir, 'privacy', 'churn-prediction.dpia.yaml'), 'utf8'));
    assert.equal(data.id, 'churn-prediction');
    assert.equal(data.version, '0.1');
    assert.equal(data.status, 'draft');
    assert.equal(data.schemaVersion, 2);
  });
});

describe('dpia screen', () => {
  it('prints the conclusion with reasons, and writes screening to a named file', () => {
    const dir = workspace();
    writeFileSync(join(dir, 's.yaml'), 'screening.art35_3: []\nscreening.criteria: [evaluation-scoring, large-scale]\nscreening.nationalList: []\n');
    const printed = runBin(['screen', '--answers', 's.yaml', '--lang', 'nb'], { cwd: dir });
    assert.equal(printed.code, 0, printed.stderr);
    assert.match(printed.stdout, /Konklusjon: en vurdering av personvernkonsekvenser er påkrevd\./);
    const written = runBin(['screen', 'privacy/churn.dpia.yaml', '--answers', 's.yaml', '--today', TODAY], { cwd: dir });
    assert.equal(written.code, 0, written.stderr);
    const data = parse(readFileSync(join(dir, 'privacy', 'churn.dpia.yaml'), 'utf8'));
    assert.deepEqual(data.screening.criteria, ['evaluation-scoring', 'large-scale']);
    assert.equal(data.screening.required, true);
    assert.equal(data.screening.date, TODAY);
    assert.equal(data.id, 'churn');
  });
});

describe('dpia edit', () => {
  const source = readFileSync(join(FIXTURES, 'interview', 'commented.dpia.yaml'), 'utf8');

  it('with every default the file stays byte-identical', () => {
    const dir = workspace();
    writeFileSync(join(dir, 'a.dpia.yaml'), source);
    writeFileSync(join(dir, 'none.yaml'), '{}\n');
    const result = runBin(['edit', 'a.dpia.yaml', '--answers', 'none.yaml', '--today', TODAY], { cwd: dir });
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /No changes/);
    assert.equal(readFileSync(join(dir, 'a.dpia.yaml'), 'utf8'), source);
  });

  it('one change touches only its node; comments elsewhere stay', () => {
    const dir = workspace();
    writeFileSync(join(dir, 'a.dpia.yaml'), source);
    writeFileSync(join(dir, 'one.yaml'), 'system.name: Lead scoring v2\npurposes:\n  - necessity: Sales needs it to follow up in time.\n');
    const result = runBin(['edit', 'a.dpia.yaml', '--answers', 'one.yaml', '--section', 'system', '--section', 'purposes', '--today', TODAY], { cwd: dir });
    assert.equal(result.code, 0, result.stderr);
    const before = source.split('\n');
    const afterLines = readFileSync(join(dir, 'a.dpia.yaml'), 'utf8').split('\n');
    assert.equal(afterLines.length, before.length);
    const changed = before.map((line, i) => (line === afterLines[i] ? undefined : `${line} → ${afterLines[i]}`)).filter(Boolean);
    assert.deepEqual(changed, [
      '  name: Lead scoring # the product name →   name: Lead scoring v2 # the product name',
      '  necessity: Needed. →   necessity: Sales needs it to follow up in time.',
    ]);
  });

  it('refuses an unknown section', () => {
    const dir = workspace();
    mkdirSync(join(dir, 'p'));
    writeFileSync(join(dir, 'p', 'a.dpia.yaml'), source);
    const result = runBin(['edit', 'p/a.dpia.yaml', '--section', 'sytem', '--answers', 'x'], { cwd: dir });
    assert.equal(result.code, 2);
    assert.match(result.stderr, /unknown section "sytem"/);
  });
});
