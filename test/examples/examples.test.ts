// The bundled examples are the first thing a new user runs: the three complete ones must
// pass `dpia check` without a single finding (now and for years to come), and the churn
// draft must fail the way a real half-done assessment does — on at least five of the
// seven principles, without structural (schema or reference) errors.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { RULES_BY_ID } from '../../src/rules/registry.ts';
import { ROOT, runBin } from '../helpers/cli.ts';
import { TODAY } from '../helpers/rules.ts';

const COMPLETE = ['examples/lead-scoring', 'examples/kundeservice-chatbot', 'examples/personlige-tilbud'];
const DRAFT = 'examples/churn-prediction';

interface Report {
  files: { file: string; findings: { rule: string; severity: string; path: string }[] }[];
  summary: { files: number; errors: number; warnings: number };
}

function checkJson(args: string[]): { code: number; report: Report; stderr: string } {
  const result = runBin(['check', ...args, '--format', 'json']);
  return { code: result.code, report: JSON.parse(result.stdout) as Report, stderr: result.stderr };
}

describe('complete examples', () => {
  // Today, the date the fixtures use, and a date well ahead: review dates and
  // fairness-test due dates are set so the examples stay valid for years.
  const dates: [string, string[]][] = [['today', []], [TODAY, ['--today', TODAY]], ['2029-06-01', ['--today', '2029-06-01']]];
  for (const [label, extra] of dates) {
    it(`pass check --strict with no findings at all (${label})`, () => {
      const { code, report, stderr } = checkJson([...COMPLETE, '--strict', ...extra]);
      assert.equal(stderr, '');
      assert.deepEqual(report.files.map((f) => f.file).sort(), [
        'examples/kundeservice-chatbot/kundeservice-chatbot.dpia.yaml',
        'examples/lead-scoring/lead-scoring.dpia.yaml',
        'examples/personlige-tilbud/personlige-tilbud.dpia.yaml',
      ]);
      const findings = report.files.flatMap((f) => f.findings.map((x) => `${f.file} ${x.rule} ${x.path}`));
      assert.deepEqual(findings, []);
      assert.equal(code, 0);
    });
  }

  it('print the clean summary in text format', () => {
    const result = runBin(['check', ...COMPLETE, '--today', TODAY, '--lang', 'en']);
    assert.equal(result.code, 0, result.stdout);
    assert.match(result.stdout, /3 files checked, no findings/);
  });
});

describe('churn-prediction draft', () => {
  const { code, report } = checkJson([DRAFT, '--today', TODAY]);
  const findings = report.files.flatMap((f) => f.findings);

  it('fails with exit 1', () => {
    assert.equal(code, 1);
    assert.ok(report.summary.errors > 0);
  });

  it('has findings from at least five of the seven principles', () => {
    const principles = new Set(findings.map((f) => {
      const rule = RULES_BY_ID.get(f.rule);
      assert.ok(rule, `finding from unknown rule ${f.rule}`);
      return rule.principle;
    }));
    principles.delete('structure');
    assert.ok(principles.size >= 5, `only ${[...principles].join(', ')}`);
  });

  it('is a well-formed draft: no schema or reference findings', () => {
    const structural = findings.filter((f) => RULES_BY_ID.get(f.rule)?.principle === 'structure');
    assert.deepEqual(structural.map((f) => `${f.rule} ${f.path}`), []);
  });

  it('shows the gaps the draft leaves open', () => {
    // Rule ids only: the exact paths are each rule's own business (see its fixtures).
    const rules = new Set(findings.map((f) => f.rule));
    for (const expected of [
      'purpose/vague', 'legal-basis/legitimate-interest', 'consent/withdrawal', 'consent/records',
      'data/retention', 'security/overdue', 'accountability/dpo-designation', 'transparency/ai-disclosure',
      'transparency/objection', 'purpose/compatibility', 'ai/decision-support', 'transparency/objection-marketing',
      'fairness/test-failed', 'risk/unscored',
    ]) {
      assert.ok(rules.has(expected), `expected ${expected} among ${[...rules].join(', ')}`);
    }
  });

  it('is shown in the README exactly as check prints it', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const block = /<!-- churn-output:start -->\n```console\n\$ npx dpia (.*)\n([\s\S]*?)```\n<!-- churn-output:end -->/.exec(readme);
    assert.ok(block, 'README.md has no churn-output block');
    const result = runBin(block[1].split(' '));
    assert.equal(result.code, 1);
    assert.equal(block[2], result.stdout,
      `README.md is out of date: replace the churn-output block with the output of \`node bin/dpia.js ${block[1]}\``);
  });
});
