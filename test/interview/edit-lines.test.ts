// End to end in a real terminal (tmux): `dpia edit --section purposes` on a copy of an
// example, removing the second of three purposes with the arrow keys, writes exactly the
// original without that purpose's lines: every other byte (folded paragraphs, comments,
// sign-offs) as it was (issue 11, point 3). The purpose is referred to by a data category
// and a phase: the interview asks first (issue 13, point 4), and removes those references too.
import assert from 'node:assert/strict';
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { parseDocument, type YAMLSeq } from 'yaml';
import { BIN, EXAMPLES, tempDir } from '../helpers/cli.ts';
import { Terminal } from '../helpers/tmux.ts';

describe('dpia edit in a terminal', { timeout: 60_000 }, () => {
  const terms: Terminal[] = [];
  const cleanups: Array<() => void> = [];
  after(() => {
    for (const t of terms) t.kill();
    for (const c of cleanups) c();
  });

  it('removing one purpose of three removes only its lines', async () => {
    const { dir, cleanup } = tempDir();
    cleanups.push(cleanup);
    const file = join(dir, 'lead-scoring.dpia.yaml');
    copyFileSync(join(EXAMPLES, 'lead-scoring', 'lead-scoring.dpia.yaml'), file);
    const original = readFileSync(file, 'utf8');
    const purposes = parseDocument(original).get('purposes', true) as YAMLSeq;
    assert.equal(purposes.items.length, 3);
    // The second purpose's lines: from its `- ` to the third's.
    const [second, third] = [1, 2].map((i) => original.lastIndexOf('\n', (purposes.items[i] as { range: number[] }).range[0]) + 1);
    const expected = (original.slice(0, second) + original.slice(third))
      .replace('    purposes: [model-training]\n', '')
      .replace('[prioritise-leads, fairness-monitoring, model-training]', '[prioritise-leads, fairness-monitoring]');

    const term = new Terminal();
    terms.push(term);
    term.start(`node ${BIN} edit lead-scoring.dpia.yaml --section purposes --today 2026-11-30`, dir);
    await term.waitFor(() => term.screen().includes('Remove 3.'), 'the purposes menu', 20_000);
    // Add, Done (the default), Edit 1-3, Remove 1, Remove 2: five steps down.
    for (let i = 0; i < 5; i++) term.keys('Down');
    await term.waitFor(() => /❯ Remove 2\./.test(term.screen()), 'the cursor on Remove 2');
    term.keys('Enter');
    await term.waitFor(() => /Purpose 'model-training' is referred to by data category 'training-dataset', phase 'deployment'\./.test(term.screen()), 'the question before removing');
    term.type('y');
    term.keys('Enter');
    await term.waitFor(() => term.screen().includes('Remove 1.') && !term.screen().includes('Remove 3.'), 'the menu with two purposes');
    term.keys('Enter');
    assert.equal(await term.exitCode(20_000), 0, term.history().slice(-2000));
    assert.equal(readFileSync(file, 'utf8'), expected);
  });
});
