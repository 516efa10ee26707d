// `dpia render --format docx` and `dpia diff --format docx`, built CLI as a subprocess, the
// Word documents read by two readers that share no code with dpia or the docx library:
// pandoc (Debian's pandoc; its docx reader, --track-changes) and python-docx (Debian's
// python3-docx, via test/helpers/read-docx.py). .ci/run installs both. The documents are
// saved to test-output/ for people to open in Word or LibreOffice.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { strFromU8, unzipSync } from 'fflate';
import { main } from '../../src/cli.ts';
import { captureIo, EXAMPLES, ROOT, runBin, runMain, tempDir } from '../helpers/cli.ts';

const OUT = process.env.DPIA_TEST_OUTPUT ?? join(ROOT, 'test-output');
const PYTHON = '/usr/bin/python3';
const LEAD = join(EXAMPLES, 'lead-scoring', 'lead-scoring.dpia.yaml');
const CHATBOT = join(EXAMPLES, 'kundeservice-chatbot', 'kundeservice-chatbot.dpia.yaml');

interface Docx {
  title: string;
  subject: string;
  created: string;
  custom: Record<string, string>;
  language: string;
  paragraphs: { style: string; text: string }[];
  tables: { cells: string[]; header: boolean; fill: (string | null)[] }[][];
  footer: string[];
  changes: { kind: 'ins' | 'del'; author: string; date: string; text: string; mark: boolean }[];
  parts: string[];
}

// Each document is written once; the readers' answers are kept (every file name is used once).
const read = new Map<string, unknown>();
const once = <T>(key: string, reader: () => T): T => {
  if (!read.has(key)) read.set(key, reader());
  return read.get(key) as T;
};

function pythonDocx(file: string): Docx {
  return once(`docx ${file}`, () => JSON.parse(execFileSync(PYTHON, [join(ROOT, 'test', 'helpers', 'read-docx.py'), file], { encoding: 'utf8' })) as Docx);
}

/** pandoc's reading of the document as Markdown (or plain text); `changes`: all (marked), accept or reject. */
function pandoc(file: string, changes: 'all' | 'accept' | 'reject' = 'accept', to: 'gfm' | 'plain' = 'gfm'): string {
  return once(`pandoc ${changes} ${to} ${file}`, () => execFileSync('pandoc', [`--track-changes=${changes}`, '-f', 'docx', '-t', to, '--wrap=none', file], { encoding: 'utf8' }));
}

/** The same in this process (the CLI as a subprocess is what the other tests run). */
async function renderHere(file: string, out: string, ...args: string[]): Promise<void> {
  const result = await runMain(['render', file, '--format', 'docx', '-o', out, '--today', '2026-12-02', ...args]);
  assert.equal(result.code, 0, result.stderr);
}

function render(file: string, out: string, ...args: string[]): void {
  const result = runBin(['render', file, '--format', 'docx', '-o', out, '--today', '2026-12-02', ...args], { timeout: 60_000 });
  assert.equal(result.code, 0, result.stderr);
  assert.equal(result.stdout, '');
}

describe('dpia render --format docx', () => {
  const { dir, cleanup } = tempDir('dpia-docx-');
  after(cleanup);
  const report = join(dir, 'lead-scoring-report-en.docx');
  const notice = join(dir, 'kundeservice-chatbot-notice-nb.docx');
  before(() => {
    render(LEAD, report, '--doc', 'report');
    render(CHATBOT, notice, '--doc', 'notice');
    mkdirSync(OUT, { recursive: true });
    copyFileSync(report, join(OUT, 'lead-scoring-report-en.docx'));
    copyFileSync(notice, join(OUT, 'kundeservice-chatbot-notice-nb.docx'));
  });

  test('a Word package, not HTML renamed: python-docx reads its parts', () => {
    assert.deepEqual(readFileSync(report).subarray(0, 4), Buffer.from('PK\u0003\u0004', 'latin1'));
    const doc = pythonDocx(report);
    for (const part of ['[Content_Types].xml', 'word/document.xml', 'word/styles.xml', 'word/numbering.xml', 'docProps/core.xml', 'docProps/custom.xml']) {
      assert.ok(doc.parts.includes(part), part);
    }
  });

  test("headings in Word's own heading styles, in the Markdown's order and depth", async () => {
    const doc = pythonDocx(report);
    const headings = doc.paragraphs.filter((p) => /^Heading \d$/.test(p.style));
    const markdown = (await runMain(['render', LEAD, '--today', '2026-12-02'])).stdout;
    const expected = [...markdown.matchAll(/^(#{1,6}) (.+)$/gm)].map((m) => ({ style: `Heading ${m[1].length}`, text: m[2].replace(/\*\*|`|\\/g, '') }));
    assert.deepEqual(headings.map((h) => h.style), expected.map((h) => h.style));
    assert.deepEqual(headings.map((h) => h.text), expected.map((h) => h.text));
    assert.equal(headings[0].text, 'Data protection impact assessment: AI lead scoring of inbound B2B leads in the CRM');
    // The table of contents: a TOC field, and pandoc reads its entries as links to the sections.
    assert.match(readFileSync(report).toString('latin1'), /word\/document\.xml/);
    const read = pandoc(report);
    assert.match(read, /\[1\. The processing and the AI system\]\(#/);
    assert.match(read, /\[16\. Sign-offs and version history\]\(#/);
  });

  test('tables are tables whose header row repeats on every page', () => {
    const doc = pythonDocx(report);
    assert.ok(doc.tables.length >= 20, `${doc.tables.length} tables`);
    for (const table of doc.tables) {
      assert.equal(table[0].header, true, `header row of ${table[0].cells.join(' | ')}`);
      assert.ok(table.slice(1).every((row) => !row.header));
    }
    const register = doc.tables.find((t) => t[0].cells[0] === 'Risk' && t[0].cells.includes('Measures'));
    assert.ok(register, 'the risk register');
    assert.ok(register.some((row) => row.cells[0].startsWith('unauthorised-access')));
  });

  test('the risk matrix is a table whose cells say their band and score in words, shaded by band', () => {
    const doc = pythonDocx(report);
    const matrices = doc.tables.filter((t) => t[0].cells[0].startsWith('Severity'));
    assert.equal(matrices.length, 2);
    for (const matrix of matrices) {
      assert.deepEqual(matrix[0].cells, ['Severity ↓ / Likelihood →', '1 negligible', '2 limited', '3 significant', '4 maximum']);
      assert.deepEqual(matrix.slice(1).map((row) => row.cells[0]), ['4 maximum', '3 significant', '2 limited', '1 negligible']);
      // Row severity 4, column likelihood 4: high, 16; severity 1 × likelihood 1: low, 1.
      assert.match(matrix[1].cells[4], /\(high · 16\)$/);
      assert.match(matrix[4].cells[1], /\(low · 1\)$/);
      assert.match(matrix[2].cells[2], /\(medium · 6\)$/);
      const fills = new Set(matrix.slice(1).flatMap((row) => row.fill.slice(1)));
      assert.equal(fills.size, 3, 'three bands, three shades');
    }
    // Before measures, the lead-scoring example places unauthorised-access at likelihood 3, severity 2.
    assert.match(matrices[0][3].cells[3], /^unauthorised-access/);
  });

  test('document properties: title, subject, version, status, language; the date is the content’s', () => {
    const doc = pythonDocx(report);
    assert.equal(doc.title, 'Data protection impact assessment: AI lead scoring of inbound B2B leads in the CRM');
    assert.equal(doc.subject, 'Data protection impact assessment (GDPR Art. 35)');
    assert.deepEqual(doc.custom, { 'Assessment id': 'crm-lead-scoring', Version: '1.3', Status: 'approved', Language: 'en-GB' });
    assert.equal(doc.language, 'en-GB');
    assert.equal(doc.created.slice(0, 10), '2026-12-02');
  });

  test('page numbers in the footer: PAGE of NUMPAGES', () => {
    assert.deepEqual(pythonDocx(report).footer, ['PAGE', 'NUMPAGES']);
    assert.deepEqual(pythonDocx(notice).footer, ['PAGE', 'NUMPAGES']);
  });

  test('the notice in bokmål: bokmål words, properties and proofing language', () => {
    const doc = pythonDocx(notice);
    assert.equal(doc.language, 'nb-NO');
    assert.equal(doc.subject, 'Personvernerklæring (personvernforordningen art. 13 og 14)');
    assert.equal(doc.custom['Språk'], 'nb-NO');
    assert.equal(doc.custom.Versjon, readFileSync(CHATBOT, 'utf8').match(/^version: "?([\d.]+)"?$/m)?.[1]);
    assert.match(doc.paragraphs.find((p) => p.style === 'Heading 1')!.text, /^Personvernerklæring/);
    // The first layer's links to the full sections lead to them: each to its heading's bookmark.
    const xml = strFromU8(unzipSync(readFileSync(notice), { filter: (file) => file.name === 'word/document.xml' })['word/document.xml']);
    const bookmarks = new Map([...xml.matchAll(/<w:bookmarkStart w:name="(_dpia\d+)"[^>]*\/>((?:(?!<\/w:p>).)*)/g)].map((m) => [m[1], m[2].replace(/<[^>]+>/g, '')]));
    const links = [...xml.matchAll(/<w:hyperlink w:history="1" w:anchor="(_dpia\d+)">/g)].map((m) => bookmarks.get(m[1]));
    assert.ok(links.length >= 5, `${links.length} links to sections`);
    assert.ok(links.includes('Hvem som har ansvaret for opplysningene dine'), JSON.stringify(links));
    assert.ok(links.includes('Dine rettigheter'));
  });

  test('same input, same bytes', () => {
    const again = join(dir, 'again.docx');
    render(LEAD, again, '--doc', 'report');
    assert.deepEqual(readFileSync(again), readFileSync(report));
  });

  test('Word to a terminal is refused; to a pipe it is written', async () => {
    const { io, output } = captureIo();
    (io.stdout as { isTTY?: boolean }).isTTY = true;
    assert.equal(await main(['render', LEAD, '--format', 'docx'], io), 2);
    assert.equal(output().stdout, '');
    assert.match(output().stderr, /^dpia: a docx document is a file, not text for the terminal: write it with -o FILE/);
    assert.equal(output().stderr.trim().split('\n').length, 1);
    const piped = runBin(['render', LEAD, '--format', 'docx'], { timeout: 60_000 });
    assert.equal(piped.code, 0, piped.stderr);
    assert.ok(piped.stdout.startsWith('PK'));
  });
});

describe('the Word document says what the Markdown says, word for word', () => {
  // The examples and the truth fixtures (a sparse notice, an explicit "none", a real
  // published case transcribed with only what it states): every word of the Markdown, in
  // its order, and nothing else but the table of contents. The checks of what a document
  // may state (report-truth, notice-truth) read the Markdown; this carries them to Word.
  const { dir, cleanup } = tempDir('dpia-docx-words-');
  after(cleanup);
  const words = (text: string): string[] => text.match(/[\p{L}\p{N}]+/gu) ?? [];
  const cases = [
    ...['lead-scoring', 'kundeservice-chatbot', 'personlige-tilbud'].flatMap((name) => ['report', 'notice'].map((doc) => ({ file: join(EXAMPLES, name, `${name}.dpia.yaml`), doc, draft: false }))),
    { file: join(EXAMPLES, 'churn-prediction', 'churn-prediction.dpia.yaml'), doc: 'report', draft: false },
    ...['notice-sparse', 'notice-none', 'real-case-ruter'].map((name) => ({ file: join(ROOT, 'test', 'fixtures', 'render', `${name}.dpia.yaml`), doc: 'notice', draft: true })),
  ];
  for (const c of cases) {
    test(`${c.file.slice(ROOT.length)}, ${c.doc}`, async () => {
      const args = ['--doc', c.doc, '--today', '2026-12-02', ...(c.draft ? ['--draft'] : [])];
      const md = await runMain(['render', c.file, ...args]);
      assert.equal(md.code, 0, md.stderr);
      const out = join(dir, `${c.file.split('/').at(-1)}-${c.doc}.docx`);
      await renderHere(c.file, out, ...args);
      // Markdown: a link's words, not its address; an escape's character.
      const expected = words(md.stdout.replace(/\]\((?:[^()]|\([^)]*\))*\)/g, ']').replace(/<(https?:|mailto:)[^>]*>/g, (m) => m.slice(1, -1).replace(/^mailto:/, '')));
      const found = words(pandoc(out, 'accept', 'plain'));
      // The table of contents: its title and the sections' headings, where the Markdown has none.
      const heading2 = [...md.stdout.matchAll(/^## (.+)$/gm)].flatMap((m) => words(m[1]));
      const contents = found.indexOf(/^language: nb/m.test(readFileSync(c.file, 'utf8')) ? 'Innhold' : 'Contents');
      if (heading2.length > 0 && contents >= 0 && found.slice(contents + 1, contents + 1 + heading2.length).join(' ') === heading2.join(' ')) found.splice(contents, 1 + heading2.length);
      assert.deepEqual(found, expected);
    });
  }
});

describe('dpia diff --format docx: what changed, as tracked changes', () => {
  const { dir, cleanup } = tempDir('dpia-docx-diff-');
  after(cleanup);
  const env = { HOME: dir, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: join(dir, 'none') };
  const git = (args: string[], extra: Record<string, string> = {}) =>
    execFileSync('git', args, { cwd: dir, env: { ...process.env, ...env, ...extra }, encoding: 'utf8' });
  const commit = (name: string, date: string, message: string) =>
    git(['-c', `user.name=${name}`, '-c', `user.email=${name.split(' ')[0].toLowerCase()}@kvarts.example`, 'commit', '-qam', message, '--date', date], { GIT_COMMITTER_DATE: date });
  const file = join(dir, 'lead-scoring.dpia.yaml');
  const original = readFileSync(LEAD, 'utf8');
  const moreLeads = original.replace('About 45,000 new leads a year', 'About 60,000 new leads a year');
  const changed = moreLeads.replace(/( {2}- id: unauthorised-access\n(?:.*\n)*? {4}residual:\n {6}likelihood: 1\n {6}severity: )2/, '$13');
  const out = join(dir, 'changes.docx');

  before(() => {
    assert.notEqual(changed, original);
    assert.match(changed, /About 60,000/);
    writeFileSync(file, original);
    git(['init', '-q']);
    git(['add', '.']);
    commit('Kari Nordmann', '2026-11-01T10:00:00Z', 'DPIA 1.3');
    writeFileSync(file, moreLeads);
    commit('Ola Nordmann', '2026-11-20T09:30:00Z', 'more leads');
    writeFileSync(file, changed);
    commit('Ingrid Haugen', '2026-11-25T14:00:00Z', 'a higher residual risk of unauthorised access');
    const result = runBin(['diff', 'lead-scoring.dpia.yaml', '--from', 'HEAD~2', '--format', 'docx', '-o', out, '--today', '2026-12-02'], { cwd: dir, env, timeout: 60_000 });
    assert.equal(result.code, 0, result.stderr);
    mkdirSync(OUT, { recursive: true });
    copyFileSync(out, join(OUT, 'lead-scoring-changes.docx'));
  });

  test('the changed words are insertions and deletions, each by the author of the commit that made it, on its date', () => {
    const doc = pythonDocx(out);
    assert.ok(doc.changes.length > 0);
    const by = (text: string) => doc.changes.filter((c) => c.text.includes(text) && !c.mark).map((c) => [c.kind, c.author, c.date]);
    assert.deepEqual(by('45'), [['del', 'Ola Nordmann', '2026-11-20T09:30:00Z']]);
    assert.deepEqual(by('60'), [['ins', 'Ola Nordmann', '2026-11-20T09:30:00Z']]);
    assert.deepEqual(by('unauthorised-access').sort(), [['del', 'Ingrid Haugen', '2026-11-25T14:00:00Z'], ['ins', 'Ingrid Haugen', '2026-11-25T14:00:00Z']]);
    for (const change of doc.changes) assert.ok(['Ola Nordmann', 'Ingrid Haugen'].includes(change.author), change.author);
    // pandoc sees the same: "About [45]{deletion}[60]{insertion},000 new leads".
    assert.match(pandoc(out, 'all'), /About <span class="deletion"[^>]*author="Ola Nordmann"[^>]*>45<\/span><span class="insertion"[^>]*>60<\/span>,000 new leads/);
  });

  test('accepting every change gives the new version, rejecting every one the old', async () => {
    const newer = join(dir, 'newer.docx');
    const older = join(dir, 'older.docx');
    writeFileSync(join(dir, 'old.dpia.yaml'), original);
    await renderHere(file, newer);
    await renderHere(join(dir, 'old.dpia.yaml'), older);
    // As plain text: Markdown would tell a bold word inserted before a bold word (two runs)
    // from one bold phrase, which Word and the reader do not.
    assert.equal(pandoc(out, 'accept', 'plain'), pandoc(newer, 'accept', 'plain'));
    // pandoc's reject removes an inserted list item's words but keeps the item, where Word
    // removes the paragraph, whose mark is tracked as inserted too (python-docx sees it):
    // the empty items pandoc leaves are taken out before comparing.
    const rejected = pandoc(out, 'reject', 'plain').replace(/^- {3}\n\n/gm, '');
    assert.equal(rejected, pandoc(older, 'accept', 'plain'));
    const items = pythonDocx(out).changes.filter((c) => c.kind === 'ins' && c.mark);
    assert.ok(items.length >= 3, `${items.length} paragraph marks inserted`);
  });

  test('unchanged sections stay plain', () => {
    const read = pandoc(out, 'all');
    const section = (title: string) => read.slice(read.indexOf(`## ${title}`), read.indexOf('\n## ', read.indexOf(`## ${title}`) + 3));
    assert.doesNotMatch(section('4. Legal basis'), /class="(insertion|deletion)"/);
    assert.doesNotMatch(section('8. Security measures'), /class="(insertion|deletion)"/);
    assert.match(section('1. The processing and the AI system'), /class="insertion"/);
  });

  test('the risk that moved is deleted from its old cell of the matrix and inserted in its new one', () => {
    const doc = pythonDocx(out);
    const residual = doc.tables.filter((t) => t[0].cells[0].startsWith('Severity'))[1];
    // After measures: unauthorised-access from (1, 2) to (1, 3).
    assert.match(residual[2].cells[1], /unauthorised-access/);
    assert.match(residual[3].cells[1], /unauthorised-access/);
    const moved = doc.changes.filter((c) => /unauthorised-access/.test(c.text)).map((c) => c.kind).sort();
    assert.deepEqual(moved, ['del', 'ins']);
  });

  test('a change not yet committed carries the git user and the day', () => {
    writeFileSync(file, changed.replace('About 60,000 new leads a year', 'About 75,000 new leads a year'));
    try {
      const working = join(dir, 'working.docx');
      const result = runBin(['diff', 'lead-scoring.dpia.yaml', '--format', 'docx', '-o', working, '--today', '2026-12-02'], {
        cwd: dir, env: { ...env, GIT_CONFIG_COUNT: '1', GIT_CONFIG_KEY_0: 'user.name', GIT_CONFIG_VALUE_0: 'Ingrid Haugen' }, timeout: 60_000,
      });
      assert.equal(result.code, 0, result.stderr);
      const changes = pythonDocx(working).changes.filter((c) => !c.mark);
      // The number, and the content hash the report prints, which changes with it.
      assert.deepEqual(changes.map((c) => c.text).filter((t) => !/^[0-9a-f]{64}$/.test(t)).sort(), ['60', '75']);
      assert.ok(changes.find((c) => c.text === '60')?.kind === 'del' && changes.find((c) => c.text === '75')?.kind === 'ins');
      for (const change of changes) assert.deepEqual([change.author, change.date], ['Ingrid Haugen', '2026-12-02T00:00:00Z']);
    } finally {
      writeFileSync(file, changed);
    }
  });

  test('same revisions, same bytes; no file or three files is one line and exit 2', () => {
    const again = join(dir, 'again.docx');
    const result = runBin(['diff', 'lead-scoring.dpia.yaml', '--from', 'HEAD~2', '--format', 'docx', '-o', again, '--today', '2026-12-02'], { cwd: dir, env, timeout: 60_000 });
    assert.equal(result.code, 0, result.stderr);
    assert.deepEqual(readFileSync(again), readFileSync(out));
    for (const args of [[], ['a', 'b', 'c']]) {
      const bad = runBin(['diff', ...args, '--format', 'docx', '-o', join(dir, 'x.docx')], { cwd: dir, env });
      assert.equal(bad.code, 2);
      assert.equal(bad.stderr.trim().split('\n').length, 1, bad.stderr);
    }
  });
});
