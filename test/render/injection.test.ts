// Values from the YAML never become markup: script, event handlers, javascript: URLs,
// images and Handlebars-looking text stay text in both documents and both formats.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { parse, stringify } from 'yaml';
import { escapeText } from '../../src/render/escape.ts';
import { sanitize } from '../../src/render/markdown.ts';
import { FIXTURES, runMain, tempDir } from '../helpers/cli.ts';

const PAYLOADS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(2)>',
  '[click me](javascript:alert(3))',
  '[entity](&#106;avascript:alert(4))',
  '<a href="javascript:alert(5)">x</a>',
  '&lt;script&gt;alert(6)&lt;/script&gt;',
  '{{constructor}} {{#each this}}{{/each}} {{{lookup this "x"}}}',
  '<svg onload=alert(7)><circle/></svg>',
  '"><iframe src=//evil.example></iframe>',
  '![tracker](https://evil.example/pixel.png)',
  '<style>body{display:none}</style>',
  'line one\n# Heading injected\nline three\n---',
  'a | b | c',
];

function poison(data: Record<string, any>): void {
  let i = 0;
  const next = () => `${PAYLOADS[i++ % PAYLOADS.length]} #${i}`;
  data.title = next();
  data.system.name = next();
  data.system.description = PAYLOADS.join('\n\n');
  data.system.ai.description = next();
  data.system.ai.automatedDecision.logic = next();
  data.controller.name = next();
  data.controller.dpo.name = next();
  data.purposes[0].name = next();
  data.purposes[0].description = next();
  data.purposes[0].legitimateInterest.balancing = next();
  for (const category of data.dataCategories) {
    category.name = next();
    category.description = next();
    category.source = next();
    category.deletion = next();
  }
  for (const recipient of data.recipients) recipient.name = next();
  data.recipients[0].transfer.details = next();
  for (const measure of data.security.measures) measure.description = next();
  for (const risk of data.risks) {
    risk.title = next();
    risk.description = next();
    risk.residual.justification = next();
  }
  data.transparency.aiDisclosure = next();
  data.transparency.rights.contact = next();
  data.consultation.dpo.opinion = next();
  data.review.triggers = [next(), next()];
  data.history[0].summary = next();
  data.signoffs[0].name = next();
  data.fairness.proxies = [next()];
}

function assertInert(html: string, where: string): void {
  assert.doesNotMatch(html, /<script/i, `${where}: a script element`);
  assert.doesNotMatch(html, /<(img|iframe|object|embed|link|meta http-equiv|base|form|input)\b/i, `${where}: an element that loads or acts`);
  assert.doesNotMatch(html, /<[^>]+\son[a-z]+\s*=/i, `${where}: an event-handler attribute`);
  assert.doesNotMatch(html, /<[^>]*\s(href|src|xlink:href|action)\s*=\s*(?:["']\s*)?(javascript|data|vbscript|&#)/i, `${where}: a dangerous URL`);
  assert.doesNotMatch(html, /<svg onload|<circle\/>/i, `${where}: injected SVG`);
  assert.equal((html.match(/<style/gi) ?? []).length, html.includes('<html') ? 1 : 0, `${where}: only the layout's style element`);
  assert.equal((html.match(/<h1[ >]/g) ?? []).length, 1, `${where}: no injected h1`);
  assert.doesNotMatch(html, /<h\d[^>]*>Heading injected/, `${where}: no injected heading`);
}

test('injection payloads in many fields never reach the HTML as markup', async () => {
  const { dir, cleanup } = tempDir();
  try {
    const data = parse(readFileSync(join(FIXTURES, 'render', 'complete.dpia.yaml'), 'utf8'));
    poison(data);
    const file = join(dir, 'evil.dpia.yaml');
    writeFileSync(file, stringify(data));
    for (const doc of ['report', 'notice']) {
      for (const lang of ['en', 'nb']) {
        const html = await runMain(['render', file, '--doc', doc, '--format', 'html', '--lang', lang, '--draft'], { cwd: dir });
        assert.equal(html.code, 0, html.stderr);
        assertInert(html.stdout, `${doc} ${lang} html`);
        // The payloads are shown as text, not dropped.
        assert.match(html.stdout, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
        assert.match(html.stdout, /\{\{constructor\}\}/);
        const md = await runMain(['render', file, '--doc', doc, '--format', 'md', '--lang', lang, '--draft'], { cwd: dir });
        assert.equal(md.code, 0, md.stderr);
        assert.doesNotMatch(md.stdout, /<script|<img|<iframe|<svg onload/i, `${doc} ${lang} md: raw HTML`);
        assert.doesNotMatch(md.stdout, /^#+ Heading injected/m, `${doc} ${lang} md: injected heading`);
      }
    }
  } finally {
    cleanup();
  }
});

test('escapeText keeps Markdown but not HTML or structure', () => {
  assert.equal(escapeText('**bold** <b>x</b> &amp; R&D'), '**bold** &lt;b&gt;x&lt;/b&gt; &amp;amp; R&D');
  assert.equal(escapeText('# title\n==='), '\\# title\n\\===');
});

test('the sanitiser keeps document markup and the matrix, and drops the rest', () => {
  assert.equal(sanitize('<p onclick="x()">a<script>b</script></p>'), '<p>a</p>');
  assert.equal(sanitize('<a href="javascript:alert(1)">x</a>'), '<a>x</a>');
  assert.equal(sanitize('<a href="&#106;avascript:alert(1)">x</a>'), '<a>x</a>');
  assert.equal(sanitize('<a href="https://example.no/">x</a>'), '<a href="https://example.no/">x</a>');
  assert.equal(sanitize('<svg viewBox="0 0 1 1" role="img" onload="x()"><rect width="1" height="1"></rect></svg>'), '<svg viewBox="0 0 1 1" role="img"><rect width="1" height="1"></rect></svg>');
});
