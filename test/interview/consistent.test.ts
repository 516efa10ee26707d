// Issue 13 points 3 and 4 with scripted answers: every field is checked by the schema at the
// prompt (a country by name, an e-mail with a domain, ids), answers that another answer makes
// moot are named and removed on request, risks pick measures of every kind from one catalogue,
// and removing an item others refer to asks first and names them.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseDocument } from 'yaml';
import type { Prompter, PromptRequest } from '../../src/interview/ask.ts';
import { answersPrompter } from '../../src/interview/answers.ts';
import { SECTIONS } from '../../src/interview/catalogue.ts';
import { checkField, countryCode } from '../../src/interview/field-check.ts';
import { AnswerError, Interview } from '../../src/interview/runner.ts';
import { runRules } from '../../src/rules/engine.ts';

const TODAY = '2026-03-01';

/** Answers each request with `answer(request)`; records them. */
function scripted(answer: (r: PromptRequest) => unknown): Prompter & { requests: PromptRequest[] } {
  const requests: PromptRequest[] = [];
  return { requests, ask: async (r) => { requests.push(r); return answer(r); } };
}

async function run(start: string, names: string[], prompter: Prompter, mode: 'new' | 'edit' = 'edit', lang: 'en' | 'nb' = 'en') {
  const doc = parseDocument(start);
  let out = '';
  const interview = new Interview({ doc, lang, today: TODAY, config: { root: '.' }, prompter, mode, verbose: true, colour: false, out: (t) => { out += t; } });
  await interview.run(SECTIONS.filter((s) => names.includes(s.name)));
  return { data: doc.toJS() as Record<string, any>, out };
}

describe('fields checked by the schema at the prompt', () => {
  it('takes a country by code or by name in English and bokmål, and refuses what is none', () => {
    assert.equal(countryCode('Ireland', 'en'), 'IE');
    assert.equal(countryCode('Irland', 'en'), 'IE');
    assert.equal(countryCode('ie', 'nb'), 'IE');
    assert.equal(countryCode('Storbritannia', 'nb'), 'GB');
    assert.equal(countryCode('Tyskland', 'en'), 'DE');
    assert.equal(countryCode('Atlantis', 'en'), undefined);
    assert.equal(countryCode('XX', 'en'), undefined);
    assert.deepEqual(checkField(['recipients', 0, 'country'], 'Irland', 'nb'), { value: 'IE' });
    assert.ok('reason' in checkField(['recipients', 0, 'country'], 'Atlantis', 'en'));
  });

  it('refuses an e-mail without a domain and an id the schema refuses, with a one-line reason', () => {
    const email = checkField(['controller', 'dpo', 'email'], 'kari', 'en');
    assert.ok('reason' in email && !email.reason.includes('\n') && /e-mail/.test(email.reason));
    assert.deepEqual(checkField(['controller', 'email'], 'personvern@kvarts.no', 'en'), { value: 'personvern@kvarts.no' });
    assert.ok('reason' in checkField(['purposes', 0, 'id'], 'Not An Id', 'nb'));
  });

  it('the prompt validates with the schema and writes the code for a name', async () => {
    const start = 'schemaVersion: 2\nid: x\nrecipients:\n  - id: crm\n    name: CRM\n    role: controller\n';
    const prompter = scripted((r) => {
      if (r.kind === 'menu') return r.choices!.some((c) => c.value === 'edit:0') && !prompter.requests.some((q) => q.id === 'recipients.country') ? 'edit:0' : 'done';
      if (r.id === 'recipients.country') {
        assert.equal(r.validate!('Atlantis').toString().split('\n').length, 1);
        assert.notEqual(r.validate!('Atlantis'), true);
        assert.equal(r.validate!('Irland'), true);
        return 'Irland';
      }
      return undefined;
    });
    const { data, out } = await run(start, ['recipients'], prompter);
    assert.equal(data.recipients[0].country, 'IE');
    assert.match(out, /→ IE \(Ireland\)/);
  });

  it('an answers file with a country no code or name fits is an error', async () => {
    await assert.rejects(run('{}', ['recipients'], answersPrompter({ recipients: [{ name: 'A', id: 'a', role: 'processor', country: 'Atlantis' }] }), 'new'), AnswerError);
  });
});

describe('answers another answer makes moot', () => {
  const inUs = 'schemaVersion: 2\nid: x\nrecipients:\n  - id: llm\n    name: LLM Inc.\n    role: processor\n    country: US\n    transfer:\n      mechanism: adequacy\n      dpfCertified: true\n';
  const moveToIreland = (removeAnswer: unknown) => scripted((r) => {
    if (r.kind === 'menu') return prompterDone(r);
    if (r.id === 'recipients.country') return 'Ireland';
    if (r.id === 'moot') return removeAnswer;
    return undefined;
  });
  let edited = false;
  const prompterDone = (r: PromptRequest) => (edited || !r.choices!.some((c) => c.value === 'edit:0') ? 'done' : ((edited = true), 'edit:0'));

  it('a recipient moved into the EEA: the transfer block is named, removed on Enter', async () => {
    edited = false;
    const prompter = moveToIreland(undefined);
    const { data } = await run(inUs, ['recipients'], prompter);
    assert.equal(data.recipients[0].country, 'IE');
    assert.equal(data.recipients[0].transfer, undefined);
    const ask = prompter.requests.find((r) => r.id === 'moot')!;
    assert.match(ask.message, /recipients\.0\.transfer/);
    assert.match(ask.message, /Art\. 44/);
  });

  it('kept on "no", and check flags the leftover (transfer/inside-eea)', async () => {
    edited = false;
    const { data } = await run(inUs, ['recipients'], moveToIreland(false));
    assert.equal(data.recipients[0].transfer.mechanism, 'adequacy');
    assert.ok(runRules(data, { today: TODAY, config: { root: '.' } }).some((f) => f.rule === 'transfer/inside-eea'));
  });

  it('AI switched off: the other system.ai answers are removed; kept, ai/answers-without-ai flags them', async () => {
    const start = 'schemaVersion: 2\nid: x\nsystem:\n  name: X\n  ai:\n    used: true\n    type: recommender\n    model: nbo-v2\n';
    const off = (keep: boolean) => scripted((r) => (r.id === 'system.ai.used' ? false : r.id === 'moot' ? !keep : undefined));
    const removed = await run(start, ['system'], off(false));
    assert.deepEqual(removed.data.system.ai, { used: false });
    const kept = await run(start, ['system'], off(true));
    const findings = runRules(kept.data, { today: TODAY, config: { root: '.' } }).filter((f) => f.rule === 'ai/answers-without-ai');
    assert.deepEqual(findings.map((f) => f.path.join('.')), ['system.ai.type', 'system.ai.model']);
  });

  it('a purpose no longer on consent is taken out of the consents that list it', async () => {
    const start = 'schemaVersion: 2\nid: x\npurposes:\n  - id: offers\n    legalBasis: consent\n  - id: news\n    legalBasis: consent\nconsents:\n  - id: marketing\n    purposes: [offers, news]\n';
    let done = false;
    const prompter = scripted((r) => {
      if (r.kind === 'menu') return 'done';
      if (r.id === 'purposes.legalBasis' && !done) { done = true; return 'legitimate-interests'; }
      return undefined;
    });
    const { data } = await run(start, ['legal-basis'], prompter);
    assert.equal(data.purposes[0].legalBasis, 'legitimate-interests');
    assert.deepEqual(data.consents[0].purposes, ['news']);
  });
});

describe('a recipient whose role changed', () => {
  it('names the agreement and the storage entry only a processor has, and removes them', async () => {
    const start = 'schemaVersion: 2\nid: x\ndataCategories:\n  - id: contact\n    storage:\n      processors: [crm]\nrecipients:\n  - id: crm\n    name: CRM\n    role: processor\n    agreement: DPA 2025\n';
    let edited = false;
    const prompter = scripted((r) => {
      if (r.kind === 'menu') return edited ? 'done' : ((edited = true), 'edit:0');
      if (r.id === 'recipients.role') return 'controller';
      return undefined;
    });
    const { data } = await run(start, ['recipients'], prompter);
    const ask = prompter.requests.find((r) => r.id === 'moot')!;
    assert.match(ask.message, /is now independent controller.*recipients\.0\.agreement, dataCategories\.0\.storage\.processors\.0/);
    assert.equal(data.recipients[0].agreement, undefined);
    assert.deepEqual(data.dataCategories[0].storage.processors, []);
  });
});

describe('measures of every kind, from one catalogue', () => {
  it('a risk offers the catalogue with explanations; a picked type becomes a measure in security.measures', async () => {
    const start = 'schemaVersion: 2\nid: x\nsecurity:\n  measures:\n    - id: encryption\n      type: encryption\n      description: encryption in transit and at rest\nrisks:\n  - id: discrimination\n    title: Unfair offers\n';
    let edited = false;
    const prompter = scripted((r) => {
      if (r.kind === 'menu') return edited ? 'done' : ((edited = true), 'edit:0');
      if (r.id === 'risks.measures') {
        const values = r.choices!.map((c) => c.value);
        assert.ok(values.includes('encryption') && values.includes('bias-testing') && values.includes('human-oversight') && values.includes('training') && values.includes('contract'));
        assert.match(r.choices!.find((c) => c.value === 'bias-testing')!.description!, /groups of people/);
        return ['encryption', 'bias-testing', 'human-oversight'];
      }
      return undefined;
    });
    const { data } = await run(start, ['risks'], prompter);
    assert.deepEqual(data.risks[0].measures, ['encryption', 'bias-testing', 'human-oversight']);
    assert.deepEqual(data.security.measures.map((m: any) => [m.id, m.type]), [['encryption', 'encryption'], ['bias-testing', 'bias-testing'], ['human-oversight', 'human-oversight']]);
  });

  it('the words are in both languages', async () => {
    const start = 'schemaVersion: 2\nid: x\nrisks:\n  - id: r\n    title: R\n';
    let edited = false;
    const prompter = scripted((r) => {
      if (r.kind === 'menu') return edited ? 'done' : ((edited = true), 'edit:0');
      if (r.id === 'risks.measures') {
        assert.match(r.choices!.find((c) => c.value === 'training')!.name, /^nytt: /);
        return [];
      }
      return undefined;
    });
    await run(start, ['risks'], prompter, 'edit', 'nb');
  });
});

describe('removing an item others refer to', () => {
  const start = 'schemaVersion: 2\nid: x\nsecurity:\n  measures:\n    - id: pseudo\n      type: pseudonymisation\n    - id: logs\n      type: logging\nrisks:\n  - id: leak\n    title: Leak\n    measures: [pseudo, logs]\n  - id: misuse\n    title: Misuse\n    measures: [pseudo]\n';
  const removing = (confirm: unknown) => {
    let asked = false;
    return scripted((r) => {
      if (r.kind === 'menu' && r.id === 'security.measures') return asked ? 'done' : ((asked = true), 'remove:0');
      if (r.kind === 'menu') return 'done';
      if (r.id === 'removeReferenced') return confirm;
      return undefined;
    });
  };

  it('asks first, naming the risks that refer to it; "no" keeps everything', async () => {
    const prompter = removing(undefined);
    const { data } = await run(start, ['security'], prompter);
    const ask = prompter.requests.find((r) => r.id === 'removeReferenced')!;
    assert.match(ask.message, /Measure 'pseudo'/);
    assert.match(ask.message, /risk 'leak', risk 'misuse'/);
    assert.equal(data.security.measures.length, 2);
  });

  it('"yes" removes it and the references to it', async () => {
    const { data } = await run(start, ['security'], removing(true));
    assert.deepEqual(data.security.measures.map((m: any) => m.id), ['logs']);
    assert.deepEqual(data.risks[0].measures, ['logs']);
    assert.equal(data.risks[1].measures, undefined);
  });
});
