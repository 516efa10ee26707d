// The HTML report in a real browser (Debian chromium, installed by .ci/run): no console
// errors, no network requests, the risk matrix is there with an accessible name, and a
// screenshot is saved to test-output/ for people to look at. Printing: print.test.ts.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from 'node:test';
import { chromium } from 'playwright-core';
import { EXAMPLES, FIXTURES, ROOT, runMain } from '../helpers/cli.ts';

const CHROMIUM = '/usr/bin/chromium';
// DPIA_TEST_OUTPUT: another folder, for runs side by side (.ci/run runs three Node.js versions at once).
const OUT = process.env.DPIA_TEST_OUTPUT ?? join(ROOT, 'test-output');

const CASES = [
  { name: 'complete-report-en', file: join(FIXTURES, 'render', 'complete.dpia.yaml'), args: ['--doc', 'report', '--lang', 'en'] },
  { name: 'lead-scoring-report-en', file: join(EXAMPLES, 'lead-scoring', 'lead-scoring.dpia.yaml'), args: ['--doc', 'report', '--lang', 'en'] },
  { name: 'kundeservice-chatbot-notice-nb', file: join(EXAMPLES, 'kundeservice-chatbot', 'kundeservice-chatbot.dpia.yaml'), args: ['--doc', 'notice', '--lang', 'nb'] },
];

test('the HTML documents open in chromium without errors or requests', async () => {
  assert.ok(existsSync(CHROMIUM), `${CHROMIUM} is missing: apt-get install chromium (.ci/run does)`);
  mkdirSync(OUT, { recursive: true });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    for (const c of CASES) {
      const html = join(OUT, `${c.name}.html`);
      const result = await runMain(['render', c.file, '--format', 'html', '-o', html, '--today', '2026-12-01', ...c.args]);
      assert.equal(result.code, 0, result.stderr);

      const page = await browser.newPage({ viewport: { width: 1100, height: 1400 } });
      const problems: string[] = [];
      const requests: string[] = [];
      page.on('console', (message) => { if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text()); });
      page.on('pageerror', (error) => problems.push(error.message));
      page.on('request', (request) => { if (!request.url().startsWith('file:')) requests.push(request.url()); });
      await page.goto(pathToFileURL(html).href, { waitUntil: 'load' });

      assert.deepEqual(problems, [], `${c.name}: console errors`);
      assert.deepEqual(requests, [], `${c.name}: network requests`);
      assert.equal(await page.locator('html').getAttribute('lang'), c.args.at(-1));
      assert.equal(await page.locator('h1').count(), 1);
      assert.ok(await page.locator('nav.toc a').count() >= 8, `${c.name}: a table of contents`);
      if (c.args[1] === 'report') {
        const before = page.getByRole('img', { name: /Risk matrix, before measures/ });
        const after = page.getByRole('img', { name: /Risk matrix, after measures/ });
        assert.equal(await before.count(), 1, `${c.name}: the matrix before measures, by its accessible name`);
        assert.equal(await after.count(), 1);
        assert.ok(await before.isVisible());
        const box = await before.boundingBox();
        assert.ok(box && box.width > 250 && box.height > 200, `${c.name}: the matrix has a size`);
        await before.screenshot({ path: join(OUT, `${c.name}-matrix.png`), timeout: 120_000 });
      }
      // The whole page, for people to look at: the lead-scoring report is some 25,000 pixels
      // tall, and under CI's load (three Node.js versions at once on two cores) encoding it
      // as PNG took more than Playwright's 30 s once. JPEG encodes in a fraction of that; the
      // time allowed is generous because the size of the page, not a hang, is what it waits on.
      await page.screenshot({ path: join(OUT, `${c.name}.jpeg`), fullPage: true, type: 'jpeg', quality: 80, timeout: 180_000 });
      await page.close();
    }
  } finally {
    await browser.close();
  }
});
