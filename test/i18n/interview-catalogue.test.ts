// The interview catalogue (i18n/<lang>/interview.json): it holds exactly the keys the
// sections and the runner use, and in the pseudo-locale every prompt message, help line
// and choice the interview shows comes from it (marked ⟦…⟧): no word escaped the catalogue.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parse, parseDocument } from 'yaml';
import { catalogue, PSEUDO } from '../../src/i18n/catalogue.ts';
import { answersPrompter, flattenAnswers, type Answers } from '../../src/interview/answers.ts';
import type { Prompter, PromptRequest } from '../../src/interview/ask.ts';
import { allQuestions, SECTIONS } from '../../src/interview/catalogue.ts';
import { usedInterviewKeys } from '../../src/interview/keys.ts';
import { questionTable } from '../../src/interview/question-table.ts';
import { Interview } from '../../src/interview/runner.ts';
import { screeningVerdict } from '../../src/interview/screening-verdict.ts';
import { choiceKey } from '../../src/interview/text.ts';
import { words } from '../../src/interview/words.ts';
import { FIXTURES } from '../helpers/cli.ts';

const complete = flattenAnswers(parse(readFileSync(join(FIXTURES, 'interview', 'answers.en.yaml'), 'utf8')));

/** How items are named in menus and references: data, which may be shown as is. */
const NAMING = new Set(['id', 'name', 'title', 'description', 'metric']);

/** The item names in the file being written (not enumeration values, whose labels are words). */
function names(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) for (const v of value) names(v, out);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (NAMING.has(k) && typeof v === 'string') out.push(v);
      else names(v, out);
    }
  }
  return out;
}

/** What is left of `text` outside the pseudo-locale's marks, less the data it may show. */
function unmarked(text: string, data: string[] = []): string {
  let rest = text.replace(/⟦[^⟦⟧]*⟧/g, ' ');
  for (const d of [...data].sort((a, b) => b.length - a.length)) if (d.length > 1) rest = rest.split(d).join(' ');
  return rest;
}

/** `text` is made of catalogue words and, where allowed, data (a choice that names an item is only data). */
function assertMarked(text: string, what: string, data: string[] = [], dataOnly = false): void {
  if (!dataOnly) assert.ok(text.includes('⟦'), `${what}: "${text}" is not from the catalogue`);
  assert.doesNotMatch(unmarked(text, data), /\p{L}/u, `${what}: "${text}" has words outside the catalogue`);
}

describe('the interview catalogue', () => {
  it('holds every key the sections and the runner use, and no other', () => {
    const used = usedInterviewKeys();
    const english = Object.keys(catalogue('en', 'interview'));
    assert.deepEqual([...used].filter((key) => !english.includes(key)).sort(), [], 'used but missing');
    assert.deepEqual(english.filter((key) => !used.has(key)).sort(), [], 'in the catalogue but unused');
  });

  it('gives each choice of a question its own key', () => {
    for (const { question } of allQuestions()) {
      if (!Array.isArray(question.choices)) continue;
      const keys = question.choices.map((c) => choiceKey(question, c));
      assert.equal(new Set(keys).size, keys.length, question.id);
    }
  });

  it('writes the README table in English from the catalogue', () => {
    assert.match(questionTable(), /\| `purposes\[\]\.legalBasis` \| legal-basis \| one of: `consent`/);
  });
});

describe('the interview in the pseudo-locale', () => {
  /** Runs the sections on `doc`, recording each request with the data at that moment. */
  async function run(mode: 'new' | 'edit', doc: ReturnType<typeof parseDocument>, answers: Answers) {
    const inner = answersPrompter(answers);
    const asked: Array<{ request: PromptRequest; data: string[] }> = [];
    const prompter: Prompter = { ask: (request) => { asked.push({ request, data: names(doc.toJS()) }); return inner.ask(request); } };
    let out = '';
    const interview = new Interview({ doc, lang: PSEUDO, today: '2026-03-01', config: { root: '.' }, prompter, mode, verbose: true, colour: false, out: (t) => { out += t; } });
    await interview.run(SECTIONS);
    return { asked, out };
  }

  function check(asked: Array<{ request: PromptRequest; data: string[] }>, out: string): void {
    assert.ok(asked.length > 50, `only ${asked.length} prompts`);
    for (const { request, data } of asked) {
      const what = `${request.id}${request.list ? `[${request.list.index}]` : ''}`;
      // A message may name the groups of people the draft records (text.ts draftArgs): data, shown as is.
      assertMarked(request.message, `${what} message`, data);
      for (const choice of request.choices ?? []) {
        // Choices that name items (ids, names) show data; menus show the item after the catalogue's word.
        assertMarked(choice.name, `${what} choice ${String(choice.value)}`, data, true);
      }
      if (request.validate) {
        const error = request.validate('@@@');
        if (typeof error === 'string') assertMarked(error, `${what} validation`, ['@@@']);
      }
    }
    const lines = out.split('\n').filter((line) => line.trim() !== '');
    const titles = lines.filter((line) => line.startsWith('── '));
    assert.equal(titles.length > 5, true);
    for (const title of titles) assertMarked(title.replace(/──/g, ''), 'section title');
    // Help, shown on demand: "  principle · citation — help"; the principle and citation belong to other areas.
    const helps = asked.map(({ request }) => request.help ?? '').filter((help) => /^ {2}\S.* · .* — /.test(help));
    assert.ok(helps.length > 50, `only ${helps.length} help lines`);
    for (const help of helps) assertMarked(help.slice(help.indexOf(' — ') + 3), 'help');
    for (const derived of lines.filter((line) => line.startsWith('→ '))) assertMarked(derived.slice(2), 'screening verdict', ['evaluation-scoring', 'innovative-technology', 'large-scale', 'commercial-prediction']);
  }

  it('a new interview shows only catalogue words', async () => {
    const doc = parseDocument('{}');
    const { asked, out } = await run('new', doc, complete);
    check(asked, out);
    assert.ok(asked.some(({ request }) => request.id === 'risks.seeds'));
    assert.ok(asked.some(({ request }) => request.kind === 'menu'));
    // The seeded items are written in the interview's language.
    const risks = doc.toJS().risks as Array<{ title: string; description: string }>;
    for (const risk of risks.filter((r) => r.title.startsWith('⟦'))) assertMarked(risk.description, 'seeded risk');
  });

  it('editing shows only catalogue words, also "leave unanswered"', async () => {
    const doc = parseDocument('{}');
    await run('new', doc, complete);
    doc.deleteIn(['system', 'ai', 'interactsWithPeople']);
    const { asked, out } = await run('edit', doc, {});
    check(asked, out);
    assert.ok(asked.some(({ request }) => request.id === 'system.ai.interactsWithPeople' && request.choices?.length === 3));
  });

  it('the runner\'s words and the screening verdict', () => {
    for (const [key, value] of Object.entries(words(PSEUDO))) {
      if (typeof value === 'string') assertMarked(value, key);
      else if (typeof value === 'function') assertMarked((value as (...a: string[]) => string)('x.dpia.yaml', 'dpia new x'), key, ['x.dpia.yaml', 'dpia new x']);
      else for (const [k, v] of Object.entries(value)) assertMarked(v, `${key}.${k}`);
    }
    const verdict = screeningVerdict({ art35_3: ['special-categories-large-scale'], criteria: ['large-scale'], nationalList: ['location', 'iot'] }, PSEUDO);
    assertMarked(verdict.rationale, 'verdict', ['special-categories-large-scale', 'large-scale', 'location', 'iot']);
  });
});
