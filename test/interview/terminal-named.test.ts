// Issue 13 point 10, in a real terminal (tmux): a follow-up question names its item, `?`
// shows a question's help on demand, and a bokmål draft resumed without --lang asks in
// bokmål (j/n, key hints) and does not ask its answered questions or empty sections again.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { parse } from 'yaml';
import { BIN, tempDir } from '../helpers/cli.ts';
import { Terminal } from '../helpers/tmux.ts';

const TODAY = '2026-03-01';

const MEASURE = `schemaVersion: 1
id: nbo
language: en
title: Next best offer
security:
  measures:
    - id: pseudonymisation
      type: pseudonymisation
      description: Customer numbers replaced by keys before training
`;

const NB_DRAFT = `schemaVersion: 1
id: nbo
language: nb
title: Neste beste tilbud
version: "0.1"
status: draft
owner:
  name: Kari
  email: kari@example.no
  role: Personvernleder
controller:
  name: Example AS
  orgNumber: "999999999"
  email: personvern@example.no
  type: private
  dpo:
    name: Ola
    email: ola@example.no
screening:
  art35_3: []
  criteria: []
  nationalList: []
  required: false
  rationale: Ingen av kriteriene er oppfylt.
  date: 2026-01-01
system:
  name: Neste beste tilbud
  description: Foreslår tilbud til kunder.
  crm: Salesforce
  scope: 200 000 kunder i Norge
  context: Eksisterende kunder
  stage: development
  goLive: 2027-01-01
  assets: [CRM]
`;

/** The last prompt line ("? …") on the screen. */
const prompt = (term: Terminal) => [...term.history().split('\n')].reverse().find((l) => l.startsWith('? ')) ?? '';

describe('issue 13 in a terminal: named follow-ups, help on demand, a resumed bokmål draft', { timeout: 120_000 }, () => {
  const terms: Terminal[] = [];
  const cleanups: Array<() => void> = [];
  after(() => {
    for (const t of terms) t.kill();
    for (const c of cleanups) c();
  });
  const open = (command: string, dir: string) => {
    const term = new Terminal();
    terms.push(term);
    term.start(`node ${BIN} ${command} --today ${TODAY}`, dir);
    return term;
  };

  it('a follow-up names the measure; ? shows its help; the choice is confirmed by its short label', async () => {
    const { dir, cleanup } = tempDir();
    cleanups.push(cleanup);
    const file = join(dir, 'nbo.dpia.yaml');
    writeFileSync(file, MEASURE);
    const term = open('edit nbo.dpia.yaml --section security', dir);
    await term.waitFor(() => prompt(term).startsWith('? Security measures: what next?'), 'the measures menu');
    assert.match(term.screen(), /↑↓ navigate • ⏎ select • \? help/);
    assert.match(term.history(), /Type \? at a question for its help\./);
    // The menu opens on "Done"; one down is "Edit 1. pseudonymisation".
    term.keys('Down');
    await term.waitFor(() => term.screen().includes('❯ Edit 1. pseudonymisation'), 'the cursor on Edit');
    term.keys('Enter');
    await term.waitFor(() => prompt(term).startsWith("? Measure 'pseudonymisation': Kind of measure"), 'the named type question');
    assert.doesNotMatch(term.history(), /Measure 1:/);
    // Help is not printed by default; `?` shows it and asks again.
    assert.doesNotMatch(term.history(), /Encryption, access control and backups are expected/);
    term.type('?');
    await term.waitFor(() => term.history().includes('Encryption, access control and backups are expected'), 'the help on ?');
    await term.waitFor(() => term.screen().split('\n').some((l) => l.startsWith('❯ ')), 'the question asked again');
    term.keys('Enter');
    await term.waitFor(() => prompt(term).startsWith("? Measure 'pseudonymisation': Id of the measure"), 'the named id question');
    term.keys('Enter');
    await term.waitFor(() => prompt(term).startsWith("? Measure 'pseudonymisation': Describe the measure"), 'the named description question');
    term.keys('Enter');
    await term.waitFor(() => prompt(term).startsWith("? Measure 'pseudonymisation': Is it implemented or planned?"), 'the named status question');
    // Unanswered while editing: the cursor starts on "(leave unanswered)", then implemented, planned.
    term.keys('Down', 'Down');
    await term.waitFor(() => term.screen().includes('❯ planned'), 'the cursor on planned');
    term.keys('Enter');
    await term.waitFor(() => term.history().includes("✔ Measure 'pseudonymisation': Is it implemented or planned? planned"), 'the confirmed status');
    await term.waitFor(() => prompt(term).startsWith("? Measure 'pseudonymisation': Who is responsible"), 'the named owner question');
    term.keys('C-c');
    assert.equal(await term.exitCode(), 130);
    assert.match(term.history(), /saved draft to nbo\.dpia\.yaml; resume with dpia edit nbo\.dpia\.yaml --section security/);
    assert.equal(parse(readFileSync(file, 'utf8')).security.measures[0].status, 'planned');
  });

  it('a bokmål draft resumed with dpia new FILE, without --lang, asks in bokmål and skips what is answered', async () => {
    const { dir, cleanup } = tempDir();
    cleanups.push(cleanup);
    const file = join(dir, 'nbo.dpia.yaml');
    writeFileSync(file, NB_DRAFT);
    const term = open('new nbo.dpia.yaml', dir);
    // The first unanswered question is whether AI is used: a yes/no in bokmål keys.
    await term.waitFor(() => prompt(term).startsWith('? Bruker funksjonen KI'), 'the AI question');
    assert.match(prompt(term), /\(J\/n\)/);
    const history = term.history();
    assert.match(history, /Fortsetter nbo\.dpia\.yaml/);
    assert.match(history, /Skriv \? ved et spørsmål/);
    // Sections with nothing left to ask (the assessment, the screening) show no header.
    assert.doesNotMatch(history, /── Vurderingen ──|── Forhåndsvurdering/);
    assert.match(history, /── Systemet og KI-en ──/);
    assert.doesNotMatch(history, /Resuming|\(Y\/n\)/);
    term.type('n');
    term.keys('Enter');
    await term.waitFor(() => term.history().includes('Nei'), 'the answer in bokmål');
    await term.waitFor(() => prompt(term) !== '' && !prompt(term).startsWith('? Bruker funksjonen KI'), 'the next question');
    term.keys('C-c');
    assert.equal(await term.exitCode(), 130);
    assert.match(term.history(), /lagret utkast i nbo\.dpia\.yaml; fortsett med dpia new nbo\.dpia\.yaml/);
    assert.equal(parse(readFileSync(file, 'utf8')).system.ai.used, false);

    // Resumed again: "no" to AI is an answer and is not asked again.
    const again = open('new nbo.dpia.yaml', dir);
    await again.waitFor(() => prompt(again) !== '', 'the first question');
    assert.doesNotMatch(again.history(), /Bruker funksjonen KI/);
    const list = again.screen();
    if (/❯ /.test(list)) assert.match(list, /↑↓ flytt • ⏎ velg • \? hjelp/);
    again.keys('C-c');
    assert.equal(await again.exitCode(), 130);
  });
});
