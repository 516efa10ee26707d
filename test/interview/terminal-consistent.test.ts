// End to end in a real terminal (tmux), issue 13 points 3, 4 and 10: a country the schema
// refuses is asked again with the reason and then accepted by its name (and the transfer
// block it makes moot is removed on Enter); removing a measure that a risk refers to asks
// first, names the risk, and removes the reference with it.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { parse } from 'yaml';
import { BIN, tempDir } from '../helpers/cli.ts';
import { Terminal } from '../helpers/tmux.ts';

type Handler = [RegExp, (term: Terminal, seen: number) => void];

/**
 * Answers each prompt as it comes: the first handler whose pattern matches the prompt line
 * presses its keys (it is told how often that pattern was seen before); any other prompt gets Enter.
 */
async function answer(term: Terminal, handlers: Handler[], limit = 40): Promise<number> {
  const seen = new Map<RegExp, number>();
  let answered = 0;
  for (let step = 0; step < limit; step++) {
    const next = await term.waitFor((): { exit: number } | { line: string } | undefined => {
      const history = term.history();
      const exit = /\[exit:(\d+)\]/.exec(history);
      if (exit) return { exit: Number(exit[1]) };
      if (history.split('\n').filter((l) => l.startsWith('✔ ')).length < answered) return undefined;
      const line = [...history.split('\n')].reverse().find((l) => l.startsWith('? '));
      return line ? { line } : undefined;
    }, `prompt ${answered + 1}`, 20_000);
    if ('exit' in next) return next.exit;
    const handler = handlers.find(([pattern]) => pattern.test(next.line));
    answered++;
    if (!handler) {
      term.keys('Enter');
      continue;
    }
    const count = seen.get(handler[0]) ?? 0;
    seen.set(handler[0], count + 1);
    handler[1](term, count);
  }
  throw new Error(`more than ${limit} prompts:\n${term.history().slice(-3000)}`);
}

/** Moves the menu cursor down to `choice` and picks it. */
async function pick(term: Terminal, choice: RegExp): Promise<void> {
  for (let i = 0; i < 12 && !choice.test(term.screen().split('\n').find((l) => l.startsWith('❯')) ?? ''); i++) {
    term.keys('Down');
    await new Promise((r) => setTimeout(r, 60));
  }
  assert.match(term.screen().split('\n').find((l) => l.startsWith('❯')) ?? '', choice);
  term.keys('Enter');
}

describe('consistent answers in a terminal', { timeout: 90_000 }, () => {
  const terms: Terminal[] = [];
  const cleanups: Array<() => void> = [];
  after(() => {
    for (const t of terms) t.kill();
    for (const c of cleanups) c();
  });

  function start(name: string, yaml: string, args: string): { term: Terminal; file: string } {
    const { dir, cleanup } = tempDir();
    cleanups.push(cleanup);
    const file = join(dir, name);
    writeFileSync(file, yaml);
    const term = new Terminal();
    terms.push(term);
    term.start(`node ${BIN} edit ${name} ${args} --today 2026-11-30`, dir);
    return { term, file };
  }

  it('a refused country is asked again with the reason, then accepted by name; the moot transfer goes', async () => {
    const { term, file } = start('crm.dpia.yaml', [
      'schemaVersion: 2', 'id: crm', 'recipients:', '  - id: crm-vendor', '    name: NordCRM', '    role: processor', '    purpose: Hosting',
      '    country: US', '    transfer:', '      mechanism: scc', '      details: SCC 2021/914', '    agreement: DPA 2025', '',
    ].join('\n'), '--section recipients');
    let pending: Promise<void> | undefined;
    const exit = await answer(term, [
      [/Recipients.*: what next\?/, (t, n) => { pending = n === 0 ? pick(t, /Edit 1\./) : (t.keys('Enter'), undefined); }],
      [/Country where the data is processed/, (t) => {
        pending = (async () => {
          t.type('Atlantis');
          t.keys('Enter');
          await t.waitFor(() => /Write a two-letter country code.*or the country's name/.test(t.screen()), 'the reason the country is refused');
          for (let i = 0; i < 8; i++) t.keys('BSpace');
          t.type('Irland');
          t.keys('Enter');
        })();
      }],
    ]);
    await pending;
    assert.equal(exit, 0, term.history().slice(-3000));
    const history = term.history();
    assert.match(history, /→ IE \(Ireland\)/);
    assert.match(history, /Recipient 'crm-vendor' is now inside the EEA.*Art\. 44.*recipients\.0\.transfer\. Remove them\?/);
    const data = parse(readFileSync(file, 'utf8'));
    assert.equal(data.recipients[0].country, 'IE');
    assert.equal(data.recipients[0].transfer, undefined);
    assert.equal(data.recipients[0].agreement, 'DPA 2025');
  });

  it('removing a measure a risk refers to asks first, names the risk, and removes the reference', async () => {
    const { term, file } = start('risk.dpia.yaml', [
      'schemaVersion: 2', 'id: crm', 'security:', '  measures:', '    - id: pseudo', '      type: pseudonymisation', '      status: implemented',
      '    - id: logs', '      type: logging', '      status: implemented', 'risks:', '  - id: leak', '    title: Leak', '    measures: [pseudo, logs]', '',
    ].join('\n'), '--section security');
    let pending: Promise<void> | undefined;
    const exit = await answer(term, [
      [/Security measures: what next\?/, (t, n) => { pending = n === 0 ? pick(t, /Remove 1\./) : (t.keys('Enter'), undefined); }],
      [/is referred to by/, (t) => { t.type('y'); t.keys('Enter'); }],
    ]);
    await pending;
    assert.equal(exit, 0, term.history().slice(-3000));
    assert.match(term.history(), /Measure 'pseudo' is referred to by risk 'leak'\. Remove it, and those references\?/);
    const data = parse(readFileSync(file, 'utf8'));
    assert.deepEqual(data.security.measures.map((m: { id: string }) => m.id), ['logs']);
    assert.deepEqual(data.risks[0].measures, ['logs']);
  });
});
