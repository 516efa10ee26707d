// Going back in a real terminal (tmux), issue 13 points 1 and 10: Esc at a question returns
// to the previous one with its answer on the line to edit; the changed answer is saved and
// the answers around it are kept. Esc in a menu goes back too, and the key hint says so.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { parse } from 'yaml';
import { BIN, tempDir } from '../helpers/cli.ts';
import { Terminal } from '../helpers/tmux.ts';

const START = `schemaVersion: 2
id: offers
title: Next-best offers
language: en
owner:
  name: Kari
  email: kari@example.no
`;

describe('going back in a terminal', { timeout: 90_000 }, () => {
  const terms: Terminal[] = [];
  const cleanups: Array<() => void> = [];
  after(() => {
    for (const t of terms) t.kill();
    for (const c of cleanups) c();
  });

  it('Esc returns to the previous question with its answer to edit; the new answer is saved', async () => {
    const { dir, cleanup } = tempDir();
    cleanups.push(cleanup);
    mkdirSync(join(dir, 'privacy'));
    const file = join(dir, 'privacy', 'offers.dpia.yaml');
    writeFileSync(file, START);
    const term = new Terminal();
    terms.push(term);
    term.start(`node ${BIN} edit privacy/offers.dpia.yaml --section basics --today 2026-03-01`, dir);
    const last = () => term.screen().split('\n').filter((l) => l.trim() !== '').at(-1) ?? '';
    const at = (text: string) => term.waitFor(() => last().startsWith('?') && last().includes(text), `the prompt "${text}"`);
    await term.waitFor(() => term.screen().includes('Esc goes back'), 'the hint under the section heading');
    await at('Title of the assessment');
    term.keys('Enter');
    await at('Short id for the assessment');
    term.keys('Enter');
    await at('Who owns this assessment');
    term.keys('Enter');
    await at("Owner's e-mail");
    term.keys('Escape');
    // Back at the owner's name, with "Kari" on the line to edit.
    await term.waitFor(() => /^\? Who owns this assessment \(name\)\? Kari$/.test(last().trim()), 'the owner question again, prefilled');
    term.keys('BSpace', 'BSpace', 'BSpace', 'BSpace');
    term.type('Ola Nordmann');
    term.keys('Enter');
    await at("Owner's e-mail");
    term.keys('Enter');
    await at('Legal name of the controller');
    term.type('Vestvind AS');
    term.keys('Enter');
    await at("organisation number");
    term.keys('Enter');
    await at("privacy contact e-mail");
    term.type('personvern@vestvind.example');
    term.keys('Enter');
    // A choice: its key line names Esc; Esc goes back to the text question before it.
    await term.waitFor(() => term.screen().includes('What kind of controller is it?') && /esc back/.test(term.screen()), 'the select prompt with "esc back" in its key line');
    term.keys('Escape');
    await term.waitFor(() => /^\? Controller's privacy contact e-mail \(shown in the privacy notice\) personvern@vestvind\.example$/.test(last().trim()), 'the e-mail question again, prefilled');
    term.keys('C-c');
    await term.exitCode();
    const data = parse(readFileSync(file, 'utf8'));
    assert.equal(data.owner.name, 'Ola Nordmann');
    assert.equal(data.owner.email, 'kari@example.no', 'the answer after it is kept');
    assert.equal(data.title, 'Next-best offers');
    assert.equal(data.controller.email, 'personvern@vestvind.example');
    assert.equal(data.controller.type, undefined, 'the choice left by Esc is not answered');
  });
});
