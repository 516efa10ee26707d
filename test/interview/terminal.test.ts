// End to end in a real terminal (tmux): a complete interview typed key by key, in English
// and in bokmål, must produce an assessment that passes `dpia check`.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { parse } from 'yaml';
import { flattenAnswers } from '../../src/interview/answers.ts';
import { BIN, FIXTURES, runBin, tempDir } from '../helpers/cli.ts';
import { InterviewDriver } from '../helpers/interview-driver.ts';
import { Terminal } from '../helpers/tmux.ts';

const TODAY = '2026-03-01';
const answersOf = (name: string) => flattenAnswers(parse(readFileSync(join(FIXTURES, 'interview', name), 'utf8')));

describe('dpia new in a terminal', { timeout: 240_000 }, () => {
  const terms: Terminal[] = [];
  const cleanups: Array<() => void> = [];
  after(() => {
    for (const t of terms) t.kill();
    for (const c of cleanups) c();
  });

  for (const lang of ['en', 'nb'] as const) {
    it(`types a complete interview in ${lang} and the result passes dpia check`, async () => {
      const { dir, cleanup } = tempDir();
      cleanups.push(cleanup);
      const term = new Terminal();
      terms.push(term);
      const file = join(dir, 'privacy', 'lead-scoring.dpia.yaml');
      term.start(`node ${BIN} new privacy/lead-scoring.dpia.yaml --lang ${lang} --today ${TODAY}`, dir);
      const driver = new InterviewDriver(term, answersOf(`answers.${lang}.yaml`), lang, file);
      const code = await driver.run();
      assert.equal(code, 0, term.history().slice(-3000));
      const check = runBin(['check', file, '--today', TODAY, '--format', 'json']);
      const findings = JSON.parse(check.stdout).files[0].findings;
      assert.deepEqual(findings.filter((f: { severity: string }) => f.severity === 'error'), [], check.stdout);
      assert.equal(check.code, 0);
      const data = parse(readFileSync(file, 'utf8'));
      assert.equal(data.language, lang);
      assert.equal(data.screening.required, true);
      assert.match(readFileSync(file, 'utf8'), /^# yaml-language-server: \$schema=/);
      // Friendly input: "24 måneder" / "2 years", "10.1.2026" / "2026-01-10".
      assert.equal(data.dataCategories[0].retention, lang === 'nb' ? 'P24M' : 'P2Y');
      assert.equal(data.fairness.tests[0].lastRun, '2026-01-10');
      assert.deepEqual(data.risks.map((r: { id: string }) => r.id), ['illegitimate-access', 'discrimination', 'wrong-inference', 'function-creep']);
    });
  }
});
