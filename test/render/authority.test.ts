// The report shows the dialogue with the authority, the open legal questions, the
// documents relied on and every `x-` value (issue 12 point 5); the notice shows none of
// them; a file without these keys gets no sentence about them (absence is not "none").
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { message } from '../../src/i18n/catalogue.ts';
import { label } from '../../src/i18n/labels.ts';
import { extensions } from '../../src/render/authority-view.ts';
import { FIXTURES, runMain, tempDir } from '../helpers/cli.ts';
import { writeFileSync } from 'node:fs';

const FILE = join(FIXTURES, 'render', 'authority-dialogue.dpia.yaml');
const SPARSE = join(FIXTURES, 'render', 'sparse.dpia.yaml');
const TODAY = '2026-11-30';

async function render(file: string, doc: 'report' | 'notice', lang: string, format: 'md' | 'html' = 'md'): Promise<string> {
  const result = await runMain(['render', file, '--doc', doc, '--format', format, '--lang', lang, '--today', TODAY, '--draft']);
  assert.equal(result.code, 0, result.stderr);
  return result.stdout;
}

for (const lang of ['en', 'nb']) {
  test(`the report (${lang}) shows the dialogue, the open questions, the documents and the x- appendix`, async () => {
    const out = await render(FILE, 'report', lang);
    const t = (key: string, args?: Record<string, string>) => message(lang, 'documents', key, args);
    for (const key of ['authority-dialogue.title', 'open-questions.title', 'references.title', 'additional-information.title']) assert.ok(out.includes(t(key)), key);
    assert.ok(out.includes(label(lang, 'dialogueKind', 'sandbox')));
    assert.ok(out.includes('Training needs its own basis') && out.includes('The task in law covers training') && out.includes('We asked the ministry'));
    // A contact with no positions recorded says "not stated", never "none".
    assert.ok(out.includes(`${t('authority-dialogue.authority-position')} ${t('authority-dialogue.not-stated')}`));
    assert.ok(out.includes(`${t('open-questions.owner')} Legal`));
    assert.ok(out.includes(`${t('open-questions.affects')} training`));
    assert.ok(out.includes('Exit report from the sandbox'));
    assert.ok(out.includes(t('summary.open-questions', { count: '1' })));
    // The appendix: paths as `dpia check` prints them, in file order, nested values and empty ones.
    const appendix = out.slice(out.indexOf(t('additional-information.title')));
    const rows = appendix.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('|--')).slice(1).map((l) => l.split(' | ')[0].slice(2));
    assert.deepEqual(rows, ['x-ticket', 'purposes.0.x-jira.2024', 'purposes.0.x-jira.board', 'purposes.0.x-jira.tags.0', 'purposes.0.x-jira.tags.1', 'purposes.0.x-jira.empty']);
    assert.ok(appendix.includes(`| purposes.0.x-jira.empty | ${t('additional-information.empty')} |`));
    // Contained: markup from the file stays text, a table bar stays in its cell.
    assert.ok(!out.includes('<img') && !out.includes('<script'));
    assert.ok(out.includes('&lt;img src=x onerror=alert(1)&gt;'));
    assert.ok(out.includes('LIA \\| with bar'));
  });

  test(`the notice (${lang}) shows no x- value, open question, dialogue or reference`, async () => {
    for (const format of ['md', 'html'] as const) {
      const out = await render(FILE, 'notice', lang, format);
      for (const text of ['PRIV-123', 'PRIV', 'Training needs its own basis', 'Does the law cover training', 'Exit report from the sandbox', 'x-jira']) {
        assert.ok(!out.includes(text), `the notice shows "${text}"`);
      }
    }
  });

  test(`a file without these keys (${lang}) gets none of their sections or sentences`, async () => {
    const out = await render(SPARSE, 'report', lang);
    for (const key of ['authority-dialogue.title', 'authority-dialogue.none', 'open-questions.title', 'open-questions.none', 'references.title', 'references.none', 'additional-information.title']) {
      assert.ok(!out.includes(message(lang, 'documents', key)), key);
    }
  });

  test(`empty lists (${lang}) are stated as none`, async () => {
    const { dir, cleanup } = tempDir();
    try {
      const file = join(dir, 'none.dpia.yaml');
      writeFileSync(file, 'schemaVersion: 1\nid: none\nconsultation:\n  authority:\n    dialogue: []\nopenQuestions: []\nreferences: []\n');
      const out = await render(file, 'report', lang);
      for (const key of ['authority-dialogue.none', 'open-questions.none', 'references.none']) assert.ok(out.includes(message(lang, 'documents', key)), key);
      assert.ok(out.includes(message(lang, 'documents', 'summary.open-questions', { count: '0' })));
    } finally {
      cleanup();
    }
  });
}

test('the HTML report keeps x- values and questions as text', async () => {
  const out = await render(FILE, 'report', 'en', 'html');
  assert.ok(!/<img|<script|onerror=/i.test(out.replace(/&lt;img src=x onerror=alert\(1\)&gt;/g, '')));
  assert.ok(out.includes('PRIV-123'));
  assert.ok(!out.includes('href="javascript'));
});

test('extensions: every x- value anywhere, one row per scalar, in order', () => {
  const data = {
    'x-top': 'a',
    purposes: [{ id: 'p', 'x-n': 3, 'x-b': false, nested: { 'x-deep': ['q', { k: null }] } }],
    'x-empty-map': {},
    'x-empty-list': [],
    normal: { 'not-x': 'ignored' },
  };
  assert.deepEqual(extensions(data), [
    { path: 'x-top', value: 'a' },
    { path: 'purposes.0.x-n', value: '3' },
    { path: 'purposes.0.x-b', value: 'false' },
    { path: 'purposes.0.nested.x-deep.0', value: 'q' },
    { path: 'purposes.0.nested.x-deep.1.k', empty: true },
    { path: 'x-empty-map', empty: true },
    { path: 'x-empty-list', empty: true },
  ]);
  assert.deepEqual(extensions({ id: 'plain' }), []);
});
