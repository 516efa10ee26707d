// The AI Act section of the report states what is recorded and "not stated" for the rest;
// the notice tells people only what the Act requires them to be told (Art. 26(11) for a
// high-risk deployer), from the customer-facing field.
import { strict as assert } from 'node:assert';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { runMain, tempDir } from '../helpers/cli.ts';
import { TODAY } from '../helpers/rules.ts';

const HIGH = `schemaVersion: 1
id: instant-credit
title: Invoice credit at checkout
system:
  ai:
    used: true
    aiActRisk: high
    annexIII: [5(b)]
    aiAct:
      role: deployer
      literacy: Credit officers take the provider's course.
      deployer:
        logRetention: P1Y
        informAffected: The checkout says that an AI system assesses creditworthiness and that a credit officer reviews every refusal.
`;

async function render(yaml: string, doc: string, lang: string): Promise<string> {
  const { dir, cleanup } = tempDir();
  try {
    const file = join(dir, 'a.dpia.yaml');
    writeFileSync(file, yaml);
    const result = await runMain(['render', file, '--doc', doc, '--lang', lang, '--today', TODAY, ...(doc === 'notice' ? ['--draft'] : [])]);
    return result.stdout;
  } finally {
    cleanup();
  }
}

describe('AI Act in the documents', () => {
  it('the report shows what is recorded and "not stated" for the rest, never a negative', async () => {
    const report = await render(HIGH, 'report', 'en');
    assert.match(report, /### AI Act/);
    assert.match(report, /\| AI literacy measures \(AI Act Art\. 4\) \| Credit officers take the provider's course\. \|/);
    assert.match(report, /\| Logs kept for \(AI Act Art\. 26\(6\): at least six months\) \| 1 year \|/);
    assert.match(report, /\| Manipulative or deceptive techniques \(AI Act Art\. 5\(1\)\(a\)\) \| not stated \|/);
    assert.match(report, /\| Market surveillance authority notified \(AI Act Art\. 27\(3\)\) \| not stated \|/);
    const nb = await render(HIGH, 'report', 'nb');
    assert.match(nb, /### KI-forordningen/);
    assert.match(nb, /idriftsetter \(art\. 3 nr\. 4\)/);
    assert.match(nb, /ikke oppgitt/);
  });
  it('the notice says a high-risk system is used, in the recorded words, only for a high-risk system', async () => {
    const notice = await render(HIGH, 'notice', 'en');
    assert.match(notice, /We use a high-risk AI system when we make decisions about you \(AI Act Art\. 26\(11\)\):/);
    assert.match(notice, /a credit officer reviews every refusal/);
    const notHigh = await render(HIGH.replace('aiActRisk: high', 'aiActRisk: not-high'), 'notice', 'en');
    assert.doesNotMatch(notHigh, /high-risk AI system/);
    assert.doesNotMatch(notHigh, /credit officer reviews every refusal/);
  });
});
