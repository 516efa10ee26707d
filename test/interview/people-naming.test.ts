// The interview speaks of the people concerned as the team named them in `dataSubjects`
// (issue 12, point 5): a question asked after the groups are recorded names them; before,
// it speaks of "the people concerned". The training question is not asked again where a
// schemaVersion 1 file answers it under its old name.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseDocument } from 'yaml';
import { answersPrompter, type Answers } from '../../src/interview/answers.ts';
import type { Prompter, PromptRequest } from '../../src/interview/ask.ts';
import { SECTIONS } from '../../src/interview/catalogue.ts';
import { Interview } from '../../src/interview/runner.ts';
import type { Lang } from '../../src/rules/types.ts';

async function asked(start: string, sections: string[], answers: Answers, lang: Lang, verbose = false) {
  const doc = parseDocument(start);
  const inner = answersPrompter(answers);
  const requests: PromptRequest[] = [];
  const prompter: Prompter = { ask: (r) => { requests.push(r); return inner.ask(r); } };
  let out = '';
  const run = new Interview({ doc, lang, today: '2026-03-01', config: { root: '.' }, prompter, mode: 'new', verbose, colour: false, out: (t) => { out += t; } });
  await run.run(SECTIONS.filter((s) => sections.includes(s.name)));
  return { requests, out, data: doc.toJS() as Record<string, any> };
}

const message = (requests: PromptRequest[], id: string) => requests.find((r) => r.id === id)?.message ?? '';
const GROUPS = 'system:\n  ai: {used: true}\ndataSubjects:\n  - {id: patients, name: Pasienter}\n  - {id: staff, name: Ansatte}\n';

describe('the interview names the people as the team did', () => {
  it('bokmål: the contest and review questions name the recorded groups, never "kunde"', async () => {
    const { requests } = await asked(GROUPS, ['fairness'], { 'fairness.humanReview': 'Lege', 'fairness.contest': 'Skjema' }, 'nb');
    assert.match(message(requests, 'fairness.contest'), /de registrerte \(Pasienter og Ansatte\)/);
    assert.match(message(requests, 'fairness.humanReview'), /\(Pasienter og Ansatte\)/);
    for (const r of requests) assert.doesNotMatch(r.message, /kunde/i, r.id);
  });

  it('English: the training question names the groups; without groups it speaks of the people concerned', async () => {
    const named = await asked('system:\n  ai: {used: true}\ndataSubjects:\n  - {id: leads, name: Inbound leads}\n', ['system'], { 'system.ai.usesPersonalDataForTraining': true }, 'en');
    assert.equal(message(named.requests, 'system.ai.usesPersonalDataForTraining'), 'Is personal data about the people concerned (Inbound leads) used to train or fine-tune the model?');
    assert.equal(named.data.system.ai.usesPersonalDataForTraining, true);
    const unnamed = await asked('system:\n  ai: {used: true}\n', ['system'], { 'system.ai.usesPersonalDataForTraining': false }, 'en');
    assert.equal(message(unnamed.requests, 'system.ai.usesPersonalDataForTraining'), 'Is personal data about the people concerned used to train or fine-tune the model?');
    for (const r of [...named.requests, ...unnamed.requests]) assert.doesNotMatch(r.message, /customer/i, r.id);
  });

  it('a schemaVersion 1 answer under the old name is not asked again', async () => {
    const { requests, data } = await asked('system:\n  ai: {used: true, usesCustomerDataForTraining: false}\n', ['system'], {}, 'en');
    assert.ok(!requests.some((r) => r.id === 'system.ai.usesPersonalDataForTraining'));
    assert.equal(data.system.ai.usesPersonalDataForTraining, undefined);
  });

  it('a notice question names the groups in the privacy-notice fields (purposes)', async () => {
    const { requests } = await asked(`${GROUPS}purposes:\n  - {id: care, name: Oppfølging, description: Vi følger opp behandlingen.}\n`, ['purposes'],
      { purposes: [{ 'notice.text': 'Vi følger deg opp.' }] }, 'nb');
    const text = requests.find((r) => r.id === 'purposes.notice.text');
    assert.ok(text, requests.map((r) => r.id).join(', '));
    assert.match(text.message, /Vises til de registrerte \(Pasienter og Ansatte\):/);
  });
});
