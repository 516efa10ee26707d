// `dpia render --format pdf`, built CLI as a subprocess with Debian's chromium, the PDF read
// by poppler-utils (pdfinfo, pdffonts, pdftotext, pdftohtml), which share no code with
// Chromium: page size and count, tags, the document language, embedded fonts, the outline,
// "page / pages" on every page, and the text in reading order. The PDFs and a picture of
// their first page are saved to test-output/ for people to look at.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { findBrowser } from '../../src/render/pdf.ts';
import { EXAMPLES, ROOT, runBin, tempDir } from '../helpers/cli.ts';

const OUT = process.env.DPIA_TEST_OUTPUT ?? join(ROOT, 'test-output');
const LEAD = join(EXAMPLES, 'lead-scoring', 'lead-scoring.dpia.yaml');
const CHATBOT = join(EXAMPLES, 'kundeservice-chatbot', 'kundeservice-chatbot.dpia.yaml');

const poppler = (tool: string, ...args: string[]): string => execFileSync(tool, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });

function info(file: string): Record<string, string> {
  return Object.fromEntries(poppler('pdfinfo', file).split('\n').filter((l) => l.includes(':')).map((l) => [l.slice(0, l.indexOf(':')), l.slice(l.indexOf(':') + 1).trim()]));
}

describe('dpia render --format pdf', () => {
  const { dir, cleanup } = tempDir('dpia-pdf-');
  after(cleanup);
  const report = join(dir, 'lead-scoring-report-en.pdf');
  const notice = join(dir, 'kundeservice-chatbot-notice-nb.pdf');
  const markdown = runBin(['render', LEAD, '--today', '2026-12-02']).stdout;

  before(() => {
    for (const [file, out, doc] of [[LEAD, report, 'report'], [CHATBOT, notice, 'notice']]) {
      const result = runBin(['render', file, '--doc', doc, '--format', 'pdf', '-o', out, '--today', '2026-12-02'], { timeout: 120_000 });
      assert.equal(result.code, 0, result.stderr);
      assert.equal(result.stderr, '');
    }
    mkdirSync(OUT, { recursive: true });
    for (const file of [report, notice]) {
      const name = file.slice(dir.length + 1);
      copyFileSync(file, join(OUT, name));
      execFileSync('pdftoppm', ['-r', '60', '-png', '-f', '1', '-l', '1', '-singlefile', file, join(OUT, name.replace(/\.pdf$/, '-page-1'))]);
    }
  });

  test('A4 pages, tagged, titled, in the document’s language', () => {
    const meta = info(report);
    assert.match(meta['Page size'], /\(A4\)/);
    assert.equal(meta.Tagged, 'yes');
    assert.equal(meta.Title, 'Data protection impact assessment: AI lead scoring of inbound B2B leads in the CRM');
    assert.ok(Number(meta.Pages) >= 10 && Number(meta.Pages) <= 26, meta.Pages);
    // The catalogue's /Lang, from <html lang>.
    assert.match(readFileSync(report).toString('latin1'), /\/Lang \(en\)/);
    assert.match(readFileSync(notice).toString('latin1'), /\/Lang \(nb\)/);
    assert.equal(info(notice).Tagged, 'yes');
  });

  test('every font is embedded', () => {
    for (const file of [report, notice]) {
      const rows = poppler('pdffonts', file).split('\n').slice(2).filter((l) => l.trim() !== '');
      assert.ok(rows.length > 0);
      // Columns: name type encoding emb sub uni object ID; "emb" is the fourth from the end.
      for (const row of rows) assert.equal(row.trim().split(/\s+/).at(-5), 'yes', row);
    }
  });

  test('"page / pages" at the foot of every page', () => {
    const pages = Number(info(report).Pages);
    for (let page = 1; page <= pages; page++) {
      const text = poppler('pdftotext', '-f', String(page), '-l', String(page), report, '-');
      assert.match(text, new RegExp(`(^|\\n)${page} / ${pages}\\n`), `page ${page}`);
    }
  });

  test('an outline of the sections, and the text in reading order', () => {
    const headings = [...markdown.matchAll(/^## (.+)$/gm)].map((m) => m[1].replace(/\\/g, ''));
    const squash = (text: string) => text.replace(/\s+/g, '');
    const outline = [...poppler('pdftohtml', '-xml', '-stdout', '-i', '-q', report).matchAll(/<item page="\d+">([^<]*)<\/item>/g)].map((m) => squash(m[1].replace(/&amp;/g, '&').replace(/&#39;/g, "'")));
    for (const heading of headings) assert.ok(outline.includes(squash(heading)), `outline: ${heading}`);
    // pdftotext follows the page's text in order: the sections come in the Markdown's order,
    // after the table of contents (which lists them first, in one column).
    const text = squash(poppler('pdftotext', report, '-'));
    let at = text.indexOf(squash(headings.at(-1)!)) + 1;
    for (const heading of headings) {
      const found = text.indexOf(squash(heading), at);
      assert.ok(found >= 0, `"${heading}" after the one before it`);
      at = found + 1;
    }
  });

  test('without a browser: exit 2 and one line that says how to install one', () => {
    const missing = runBin(['render', LEAD, '--format', 'pdf', '-o', join(dir, 'x.pdf')], { env: { DPIA_BROWSER: join(dir, 'no-such-browser') } });
    assert.equal(missing.code, 2);
    assert.equal(missing.stderr.trim().split('\n').length, 1, missing.stderr);
    assert.match(missing.stderr, /DPIA_BROWSER names .*no-such-browser/);
    assert.deepEqual(findBrowser({ PATH: dir }, []), undefined);
    assert.deepEqual(findBrowser({ PATH: '/usr/bin' }, []), { path: '/usr/bin/chromium' });
    assert.deepEqual(findBrowser({ PATH: '', CHROME_PATH: '/usr/bin/chromium' }, []), { path: '/usr/bin/chromium' });
  });
});
