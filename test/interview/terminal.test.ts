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

const get = (node: unknown, dotted: string): unknown => dotted.split('.').reduce<unknown>((n, k) => (n && typeof n === 'object' ? (n as Record<string, unknown>)[k] : undefined), node);
const given = (value: unknown) => value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0);

/** The answers that were given but did not reach the file: each is a question the interview did not ask. */
function unwritten(answers: Record<string, unknown>, data: unknown): string[] {
  const missing: string[] = [];
  for (const [id, value] of Object.entries(answers)) {
    if (id.endsWith('.seeds') || !given(value)) continue;
    if (!Array.isArray(value) || typeof value[0] !== 'object') {
      if (get(data, id) === undefined) missing.push(id);
      continue;
    }
    (value as Array<Record<string, unknown>>).forEach((item, i) => {
      for (const [key, v] of Object.entries(item)) if (given(v) && get((get(data, id) as unknown[] | undefined)?.[i], key) === undefined) missing.push(`${id}[${i}].${key}`);
    });
  }
  return missing;
}

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
      // Every screen the driver reads, to see the prompts' keyboard help while it is shown.
      const screens: string[] = [];
      const screen = term.screen.bind(term);
      term.screen = () => {
        const text = screen();
        screens.push(text);
        return text;
      };
      term.start(`node ${BIN} new privacy/lead-scoring.dpia.yaml --lang ${lang} --today ${TODAY}`, dir);
      const answers = answersOf(`answers.${lang}.yaml`);
      const driver = new InterviewDriver(term, answers, lang, file);
      const code = await driver.run();
      assert.equal(code, 0, term.history().slice(-3000));
      // The keyboard help of select and checkbox prompts speaks the interview's language.
      const seen = [...new Set(screens)].join('\n');
      if (lang === 'nb') {
        assert.match(seen, /↑↓ flytt • ⏎ velg/);
        assert.match(seen, /mellomrom kryss av/);
        assert.doesNotMatch(seen, /\b(navigate|select|submit|invert|space)\b|Use arrow keys|Press <space>/);
      } else {
        assert.match(seen, /↑↓ navigate • ⏎ select/);
      }
      const check = runBin(['check', file, '--today', TODAY, '--format', 'json']);
      const findings = JSON.parse(check.stdout).files[0].findings;
      assert.deepEqual(findings.filter((f: { severity: string }) => f.severity === 'error'), [], check.stdout);
      assert.equal(check.code, 0);
      const data = parse(readFileSync(file, 'utf8'));
      assert.equal(data.language, lang);
      assert.equal(data.screening.required, true);
      // No dpia is installed in the temporary folder: no $schema line that would not resolve (test/interview/schema-reference.test.ts).
      assert.match(readFileSync(file, 'utf8'), /^schemaVersion: 2\n/);
      // Friendly input: "24 måneder" / "2 years", "10.1.2026" / "2026-01-10".
      assert.equal(data.dataCategories[0].retention, lang === 'nb' ? 'P24M' : 'P2Y');
      assert.equal(data.fairness.tests[0].lastRun, '2026-01-10');
      assert.deepEqual(data.risks.map((r: { id: string }) => r.id), ['illegitimate-access', 'discrimination', 'wrong-inference', 'function-creep']);
      // Every answer was asked for and written, the questions behind the legal judgements too.
      assert.deepEqual(unwritten(answers, data), []);
      assert.equal(data.controller.type, 'private');
      assert.deepEqual(data.purposes.map((p: { kinds: string[] }) => p.kinds), [['profiling', 'direct-marketing'], ['model-training']]);
      assert.deepEqual(data.purposes.map((p: { objection: { alwaysStops?: boolean } }) => p.objection.alwaysStops), [true, undefined]);
      assert.equal(data.purposes[1].compatibility.compatible, true);
      assert.deepEqual(Object.keys(data.system.ai.decisionSupport), ['exists', 'significantEffect', 'decidedBy', 'understanding', 'departure']);
      assert.deepEqual(Object.keys(data.byDesign), ['design', 'defaults']);
      // The bokmål team has no DPO: it says why, and is not asked for a DPO's advice.
      assert.equal(typeof data.controller.noDpoReason, lang === 'nb' ? 'string' : 'undefined');
      assert.equal(data.consultation.dpo === undefined, lang === 'nb');
    });
  }
});
