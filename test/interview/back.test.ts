// Going back (issue 13 point 1) with a scripted prompter: BACK at a question returns to the
// previous one with its answer prefilled, across sections and within a list item, and no
// saved answer is lost.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseDocument } from 'yaml';
import { BACK, type Prompter, type PromptRequest } from '../../src/interview/ask.ts';
import { SECTIONS } from '../../src/interview/catalogue.ts';
import { Interview } from '../../src/interview/runner.ts';

type Step = [id: string, answer: unknown];

/** Answers the prompts in order from the script; a prompt not in it (or asked after the script is used up) gets its default. */
function scripted(steps: Step[]): Prompter & { requests: PromptRequest[] } {
  const requests: PromptRequest[] = [];
  let at = 0;
  return {
    requests,
    async ask(request) {
      requests.push(request);
      const next = steps[at];
      if (next && next[0] === request.id) {
        at += 1;
        return next[1];
      }
      if (request.kind === 'menu') return 'done';
      if (request.kind === 'checkbox') return (request.choices ?? []).filter((c) => c.checked).map((c) => c.value);
      return request.default;
    },
  };
}

async function run(start: string, names: string[], steps: Step[], mode: 'new' | 'edit' = 'new') {
  const doc = parseDocument(start);
  const prompter = scripted(steps);
  const interview = new Interview({ doc, lang: 'en', today: '2026-03-01', config: { root: '.' }, prompter, mode, verbose: false, colour: false, out: () => {} });
  await interview.run(SECTIONS.filter((s) => names.includes(s.name)));
  return { data: doc.toJS() as Record<string, any>, asked: prompter.requests };
}

describe('going back', () => {
  it('returns to the previous question with its answer prefilled, and the answer can be changed', async () => {
    const { data, asked } = await run('{}', ['basics'], [
      ['title', 'Offers'], ['id', 'offers'], ['owner.name', 'Kari'], ['owner.email', BACK],
      ['owner.name', 'Kari Nordmann'], ['owner.email', 'kari@example.no'],
    ]);
    assert.equal(data.owner.name, 'Kari Nordmann');
    assert.equal(data.owner.email, 'kari@example.no');
    const again = asked.filter((r) => r.id === 'owner.name');
    assert.equal(again.length, 2);
    assert.equal(again[1].default, 'Kari', 'the earlier answer is the default');
    assert.equal(again[1].prefill, true, 'and put on the line to edit');
    assert.equal(data.title, 'Offers', 'answers before it are kept');
  });

  it('goes back several steps, one question at a time, and then forward over what is answered', async () => {
    const { data, asked } = await run('{}', ['basics'], [
      ['title', 'Offers'], ['id', 'offers'], ['owner.name', 'Kari'], ['owner.email', BACK],
      ['owner.name', BACK], ['id', 'nbo-offers'], ['owner.email', 'kari@example.no'],
    ]);
    assert.equal(data.id, 'nbo-offers');
    assert.equal(data.owner.name, 'Kari');
    assert.deepEqual(asked.slice(0, 7).map((r) => r.id), ['title', 'id', 'owner.name', 'owner.email', 'owner.name', 'id', 'owner.email']);
  });

  it('within a list item, returns to the previous field; across sections, to the last question of the one before', async () => {
    const { data, asked } = await run('{}', ['basics', 'purposes'], [
      ['title', 'Offers'], ['id', 'offers'], ['owner.name', 'Kari'], ['owner.email', 'kari@example.no'],
      ['purposes', 'add'], ['purposes.name', 'Next best offer'], ['purposes.id', BACK],
      ['purposes.name', 'Next-best offer'], ['purposes.id', 'nbo'], ['purposes.description', BACK],
      ['purposes.id', 'nbo-offers'],
    ]);
    assert.equal(data.purposes[0].name, 'Next-best offer');
    assert.equal(data.purposes[0].id, 'nbo-offers');
    assert.equal(data.owner.email, 'kari@example.no');
    const names = asked.filter((r) => r.id === 'purposes.name');
    assert.equal(names[1].default, 'Next best offer');
    // After the item, the list's menu comes back: the user was adding purposes.
    assert.ok(asked.filter((r) => r.id === 'purposes' && r.kind === 'menu').length >= 2);
  });

  it('at the first question there is nowhere to go: it is asked again', async () => {
    const { data, asked } = await run('{}', ['basics'], [['title', BACK], ['title', 'Offers']]);
    assert.equal(data.title, 'Offers');
    assert.deepEqual(asked.slice(0, 2).map((r) => r.id), ['title', 'title']);
  });

  it('works the same in dpia edit, where every question is asked', async () => {
    const start = 'title: Offers\nid: offers\nowner:\n  name: Kari\n  email: kari@example.no\n';
    const { data, asked } = await run(start, ['basics'], [
      ['title', 'Offers'], ['id', 'offers'], ['owner.name', 'Kari'], ['owner.email', BACK], ['owner.name', 'Ola'],
    ], 'edit');
    assert.equal(data.owner.name, 'Ola');
    assert.equal(data.owner.email, 'kari@example.no');
    assert.deepEqual(asked.slice(0, 6).map((r) => r.id), ['title', 'id', 'owner.name', 'owner.email', 'owner.name', 'owner.email']);
  });
});
