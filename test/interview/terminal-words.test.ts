// In a real terminal (tmux): durations and dates in words. "kvartalsvis" typed into the
// review-interval question is written as P3M and shown back as "3 måneder"; the defaults
// are shown in words ("1 år", "1. juni 2026"), never P1Y or 2026-06-01; a question whose
// answer goes into the privacy notice says so.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { parse } from 'yaml';
import { BIN, tempDir } from '../helpers/cli.ts';
import { Terminal } from '../helpers/tmux.ts';

const START = `schemaVersion: 2
id: offers
title: Tilbud
language: nb
review:
  cadence: P1Y
  next: 2026-06-01
`;

describe('durations and dates in words, in a terminal', { timeout: 60_000 }, () => {
  const terms: Terminal[] = [];
  const cleanups: Array<() => void> = [];
  after(() => {
    for (const t of terms) t.kill();
    for (const c of cleanups) c();
  });

  it('"kvartalsvis" is written P3M and shown back in words; defaults in words', async () => {
    const { dir, cleanup } = tempDir();
    cleanups.push(cleanup);
    mkdirSync(join(dir, 'privacy'));
    const file = join(dir, 'privacy', 'offers.dpia.yaml');
    writeFileSync(file, START);
    const term = new Terminal();
    terms.push(term);
    term.start(`node ${BIN} edit privacy/offers.dpia.yaml --section review --today 2026-03-01`, dir);
    // The current interval, in bokmål words (the file's language), as the default.
    await term.waitFor(() => /Hvor ofte skal vurderingen gjennomgås\?.*\(1 år\)/.test(term.screen()), 'the cadence question with "1 år"');
    term.type('kvartalsvis');
    term.keys('Enter');
    // Shown back in words once given; the next question's default is a date in words.
    await term.waitFor(() => /Dato for neste gjennomgang.*\(1\. juni 2026\)/.test(term.screen()), 'the next-review question with "1. juni 2026"');
    assert.match(term.screen(), /gjennomgås\?.*3 måneder\s*$/m);
    term.keys('Enter');
    await term.waitFor(() => /Hva utløser|endringer|\[ \]|◯/.test(term.screen()), 'the triggers question');
    term.keys('Enter');
    const code = await term.exitCode();
    const history = term.history();
    assert.equal(code, 0, history);
    const data = parse(readFileSync(file, 'utf8'));
    assert.equal(data.review.cadence, 'P3M');
    assert.equal(data.review.next, '2026-06-01');
    assert.doesNotMatch(history, /P1Y|P3M|2026-06-01/, 'no ISO duration or date shown to the person');
  });
});
