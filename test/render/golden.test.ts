// Golden files: the report and the notice of every complete example (and of the render
// fixture) in both formats and both languages. UPDATE_GOLDEN=1 rewrites them. The built
// binary, which runs the templates precompiled at build time, gives the same bytes.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { EXAMPLES, FIXTURES, runBin, runMain, tempDir } from '../helpers/cli.ts';

// `written`: the file's own language; in the other, render warns that the answers stay in it.
const INPUTS = [
  { name: 'complete', file: join(FIXTURES, 'render', 'complete.dpia.yaml'), today: '2025-03-01', written: 'en' },
  { name: 'lead-scoring', file: join(EXAMPLES, 'lead-scoring', 'lead-scoring.dpia.yaml'), today: '2026-12-01', written: 'en' },
  { name: 'kundeservice-chatbot', file: join(EXAMPLES, 'kundeservice-chatbot', 'kundeservice-chatbot.dpia.yaml'), today: '2026-12-01', written: 'nb' },
  { name: 'personlige-tilbud', file: join(EXAMPLES, 'personlige-tilbud', 'personlige-tilbud.dpia.yaml'), today: '2026-12-01', written: 'nb' },
];
const GOLDEN = join(FIXTURES, 'render', 'golden');

for (const input of INPUTS) {
  for (const doc of ['report', 'notice']) {
    for (const format of ['md', 'html']) {
      for (const lang of ['en', 'nb']) {
        const golden = join(GOLDEN, input.name, `${doc}.${lang}.${format}`);
        test(`render ${input.name} ${doc} ${lang} ${format} matches ${golden.slice(GOLDEN.length + 1)}`, async () => {
          const args = ['render', input.file, '--doc', doc, '--format', format, '--lang', lang, '--today', input.today];
          const result = await runMain(args);
          if (lang === input.written) assert.equal(result.stderr, '');
          else assert.match(result.stderr, lang === 'nb' ? /: advarsel: vurderingen er skrevet på engelsk \(`language: en`\)/ : /: warning: the assessment is written in Norwegian Bokmål \(`language: nb`\)/);
          assert.equal(result.code, 0);
          const again = await runMain(args);
          assert.equal(again.stdout, result.stdout, 'same input, same bytes');
          if (process.env.UPDATE_GOLDEN) {
            mkdirSync(join(GOLDEN, input.name), { recursive: true });
            writeFileSync(golden, result.stdout);
          }
          assert.ok(existsSync(golden), `missing golden file ${golden}; run with UPDATE_GOLDEN=1`);
          assert.equal(result.stdout, readFileSync(golden, 'utf8'));
        });
      }
    }
  }
}

// The sources compile every template when used; dist/ runs them precompiled
// (scripts/build.mjs): the HTML holds the Markdown body and the layout, so it covers both.
// One language per input, both in turn: the templates are the same for every language (the words come
// from the catalogues at run time), and each input reaches partials the others do not.
test('the built binary, with precompiled templates, renders the same bytes as the golden files', () => {
  for (const [i, input] of INPUTS.entries()) {
    for (const doc of ['report', 'notice']) {
      for (const lang of [i % 2 === 0 ? 'en' : 'nb']) {
        const result = runBin(['render', input.file, '--doc', doc, '--format', 'html', '--lang', lang, '--today', input.today]);
        assert.equal(result.code, 0, result.stderr);
        assert.equal(result.stdout, readFileSync(join(GOLDEN, input.name, `${doc}.${lang}.html`), 'utf8'), `${input.name} ${doc} ${lang}`);
      }
    }
  }
});

// The Word documents, in each input's own language: their SHA-256 (docx.sha256.json), the
// same on every Node.js version this runs on (20, and 22 or 24 in CI), so a Word document is
// the same bytes wherever it is made. What Word, pandoc and python-docx read in them:
// docx.test.ts.
test('render --format docx: the same bytes as the golden hashes', async () => {
  const { dir, cleanup } = tempDir('dpia-golden-docx-');
  try {
    const hashes: Record<string, string> = {};
    for (const input of INPUTS) {
      for (const doc of ['report', 'notice']) {
        const out = join(dir, `${input.name}.${doc}.docx`);
        const result = await runMain(['render', input.file, '--doc', doc, '--format', 'docx', '-o', out, '--today', input.today]);
        assert.equal(result.code, 0, result.stderr);
        hashes[`${input.name}/${doc}.${input.written}.docx`] = createHash('sha256').update(readFileSync(out)).digest('hex');
      }
    }
    const golden = join(GOLDEN, 'docx.sha256.json');
    if (process.env.UPDATE_GOLDEN) writeFileSync(golden, `${JSON.stringify(hashes, null, 2)}\n`);
    assert.deepEqual(hashes, JSON.parse(readFileSync(golden, 'utf8')));
  } finally {
    cleanup();
  }
});
