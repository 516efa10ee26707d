// The render command's contract: defaults, errors, atomic writes, template overrides and
// lazy loading (check never reaches handlebars, marked or sanitize-html).
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { test } from 'node:test';
import { FIXTURES, ROOT, runBin, runMain, tempDir } from '../helpers/cli.ts';

const COMPLETE = join(FIXTURES, 'render', 'complete.dpia.yaml');

test('a missing file is one line and exit 2', async () => {
  for (const run of [runMain, async (args: string[]) => runBin(args)]) {
    const result = await run(['render', 'no/such.dpia.yaml']);
    assert.equal(result.code, 2);
    assert.equal(result.stdout, '');
    assert.equal(result.stderr, 'dpia: no/such.dpia.yaml: no such file or directory\n');
  }
});

test('defaults: the report, in Markdown, in the language of the file, on stdout', async () => {
  const result = await runMain(['render', COMPLETE]);
  assert.equal(result.code, 0, result.stderr);
  assert.match(result.stdout, /^# Data protection impact assessment: Churn prediction in the CRM\n/);
  const nb = await runMain(['render', COMPLETE, '--lang', 'nb']);
  assert.match(nb.stdout, /^# Vurdering av personvernkonsekvenser: /);
});

test('a document asked for in another language than the file is written in says so on stderr, and is still written', async () => {
  // The fixture says `language: en`: its answers are English words.
  const nb = await runMain(['render', COMPLETE, '--lang', 'nb', '--doc', 'notice']);
  assert.equal(nb.code, 0);
  assert.match(nb.stdout, /^# Personvernerklæring/m);
  assert.equal(nb.stderr, `dpia: ${COMPLETE}: advarsel: vurderingen er skrevet på engelsk (\`language: en\`): svarene i den står på engelsk i denne personvernerklæringen på norsk bokmål. En personvernerklæring skal være på et klart og enkelt språk (personvernforordningen art. 12 nr. 1): oversett svarene, eller lag den på engelsk.\n`);
  const report = runBin(['render', COMPLETE, '--lang', 'nb']);
  assert.equal(report.code, 0);
  assert.match(report.stderr, /^dpia: .*: advarsel: vurderingen er skrevet på engelsk \(`language: en`\): svarene i den står på engelsk i denne rapporten på norsk bokmål\. Oversett svarene, eller lag den på engelsk\.\n$/);
  // In its own language, or with no --lang, nothing is said.
  for (const args of [['--lang', 'en'], []]) {
    const quiet = await runMain(['render', COMPLETE, '--doc', 'notice', ...args]);
    assert.equal(quiet.code, 0);
    assert.equal(quiet.stderr, '');
  }
});

test('-o writes the file whole and leaves no temp file behind', async () => {
  const { dir, cleanup } = tempDir();
  try {
    const out = join(dir, 'report.html');
    writeFileSync(out, 'old');
    const result = await runMain(['render', COMPLETE, '--format', 'html', '-o', out]);
    assert.equal(result.code, 0, result.stderr);
    assert.equal(result.stdout, '');
    const html = readFileSync(out, 'utf8');
    assert.match(html, /^<!DOCTYPE html>\n<html lang="en">/);
    assert.match(html, /<\/html>\n$/);
    assert.deepEqual(readdirSync(dir), ['report.html']);
    const bad = await runMain(['render', COMPLETE, '-o', join(dir, 'missing-folder', 'x.md')]);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /^dpia: cannot write .*x\.md: no such file or directory\n$/);
  } finally {
    cleanup();
  }
});

test('the HTML is self-contained, with a table of contents, scoped headers and the matrix', async () => {
  const { stdout } = await runMain(['render', COMPLETE, '--format', 'html', '--lang', 'nb']);
  assert.match(stdout, /<html lang="nb">/);
  assert.doesNotMatch(stdout, /<script|<link|<img|\ssrc=|@import|url\((?!#)/i);
  assert.match(stdout, /<nav class="toc" aria-labelledby="toc-title"><h2 id="toc-title">Innhold<\/h2><ol><li><a href="#s-sammendrag">/);
  assert.match(stdout, /<th scope="col">Kategori<\/th>/);
  assert.equal((stdout.match(/<svg[^>]*role="img"/g) ?? []).length, 2);
  // A print stylesheet: A4, the document's title at the head of the page, page numbers at its foot.
  assert.match(stdout, /@page \{\s+size: A4;[^]*@top-left \{ content: "Vurdering av personvernkonsekvenser: [^"]+";[^]*counter\(page\) " \/ " counter\(pages\)/);
  assert.match(stdout, /@media print \{[^]*thead \{ display: table-header-group; \}/);
  // Headings go down one level at a time.
  const levels = [...stdout.matchAll(/<h(\d)[ >]/g)].map((m) => Number(m[1]));
  assert.equal(levels[0], 1);
  levels.forEach((level, i) => assert.ok(i === 0 || level <= levels[i - 1] + 1, `h${levels[i - 1]} → h${level}`));
});

test('a draft report shows its open findings in a box at the top', async () => {
  const { dir, cleanup } = tempDir();
  try {
    const file = join(dir, 'a.dpia.yaml');
    writeFileSync(file, readFileSync(COMPLETE, 'utf8').replace('status: approved', 'status: draft').replace(/^purposes:[^]*?^dataSubjects:/m, 'dataSubjects:'));
    const result = await runMain(['render', file, '--today', '2025-03-01'], { cwd: dir });
    assert.equal(result.code, 0, result.stderr);
    const box = result.stdout.split('\n## ')[0];
    assert.match(box, /^> \*\*Draft — open findings: \d+ errors?/m);
    assert.match(box, /`purpose\/missing` at purposes/);
  } finally {
    cleanup();
  }
});

test('an override uses the catalogue: one file, both languages, {{t}} with arguments', async () => {
  const { dir, cleanup } = tempDir();
  try {
    mkdirSync(join(dir, 'overrides', 'partials'), { recursive: true });
    writeFileSync(join(dir, 'overrides', 'partials', 'summary.hbs'), '## {{t "summary.summary"}}\n\n{{t "summary.ai-act-class" aiActRisk="<b>"}}\n');
    writeFileSync(join(dir, 'a.dpia.yaml'), readFileSync(COMPLETE));
    const en = await runMain(['render', 'a.dpia.yaml', '--templates', 'overrides'], { cwd: dir });
    assert.equal(en.code, 0, en.stderr);
    assert.match(en.stdout, /## Summary\n\n\*\*AI Act class:\*\* <b>\n/);
    const nb = await runMain(['render', 'a.dpia.yaml', '--templates', 'overrides', '--lang', 'nb'], { cwd: dir });
    assert.equal(nb.code, 0, nb.stderr);
    assert.match(nb.stdout, /## Sammendrag\n/);
  } finally {
    cleanup();
  }
});

test('templates and partials are overridden from --templates or the config', async () => {
  const { dir, cleanup } = tempDir();
  try {
    mkdirSync(join(dir, 'overrides', 'en', 'partials'), { recursive: true });
    mkdirSync(join(dir, 'overrides', 'partials'), { recursive: true });
    writeFileSync(join(dir, 'overrides', 'en', 'partials', 'summary.hbs'), '## Our summary\n\nRetention of contact data: {{duration dataCategories.0.retention}}.\n');
    writeFileSync(join(dir, 'overrides', 'partials', 'review.hbs'), '## Review ({{article "35(11)"}})\n');
    writeFileSync(join(dir, 'overrides', 'layout.html.hbs'), '<!DOCTYPE html><html lang="{{lang}}"><title>{{title}}</title><body class="ours">{{{body}}}</body></html>\n');
    writeFileSync(join(dir, 'a.dpia.yaml'), readFileSync(COMPLETE));
    const flag = await runMain(['render', 'a.dpia.yaml', '--templates', 'overrides'], { cwd: dir });
    assert.equal(flag.code, 0, flag.stderr);
    assert.match(flag.stdout, /## Our summary\n\nRetention of contact data: 3 years\./);
    assert.match(flag.stdout, /## Review \(GDPR Art\. 35\(11\)\)/);
    assert.match(flag.stdout, /## 1\. The processing and the AI system/, 'other partials stay bundled');
    const nb = await runMain(['render', 'a.dpia.yaml', '--templates', 'overrides', '--lang', 'nb'], { cwd: dir });
    assert.doesNotMatch(nb.stdout, /Our summary/, 'a language folder override applies to that language only');
    assert.match(nb.stdout, /## Review \(personvernforordningen art\. 35 nr\. 11\)/);

    writeFileSync(join(dir, 'dpia.config.yaml'), 'templates: overrides\n');
    const config = await runMain(['render', 'a.dpia.yaml', '--format', 'html'], { cwd: dir });
    assert.equal(config.code, 0, config.stderr);
    assert.match(config.stdout, /<body class="ours">/);
    assert.match(config.stdout, /<h2 id="s-our-summary">Our summary<\/h2>/);

    const missing = await runMain(['render', 'a.dpia.yaml', '--templates', 'nowhere'], { cwd: dir });
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /^dpia: templates folder .*nowhere does not exist/);
    writeFileSync(join(dir, 'overrides', 'partials', 'review.hbs'), '{{#if}}\n');
    const broken = await runMain(['render', 'a.dpia.yaml'], { cwd: dir });
    assert.equal(broken.code, 2);
    assert.match(broken.stderr, /review\.hbs: is not a valid template/);
  } finally {
    cleanup();
  }
});

test('the controller comes from the file over the config, the authority from the config over Datatilsynet', async () => {
  const { dir, cleanup } = tempDir();
  try {
    const text = readFileSync(COMPLETE, 'utf8').replace(/^controller:\n(?: {2}.*\n)+/m, 'controller:\n  name: File Name AS\n');
    writeFileSync(join(dir, 'a.dpia.yaml'), text);
    writeFileSync(join(dir, 'dpia.config.yaml'), 'controller:\n  name: Config Name AS\n  email: post@config.example\n  dpo:\n    email: dpo@config.example\nauthority:\n  name: Integritetsskyddsmyndigheten\n  address: Box 8114, 104 20 Stockholm\n');
    const result = await runMain(['render', 'a.dpia.yaml', '--doc', 'notice'], { cwd: dir });
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /\*\*File Name AS\*\* is responsible/);
    assert.match(result.stdout, /E-mail: post@config\.example/);
    assert.match(result.stdout, /dpo@config\.example/);
    assert.match(result.stdout, /\*\*Integritetsskyddsmyndigheten\*\*, Box 8114, 104 20 Stockholm/);
    assert.doesNotMatch(result.stdout, /Datatilsynet/);
  } finally {
    cleanup();
  }
});

/** Relative imports of a module, followed through src/, with the packages they reach. */
function packagesReached(entry: string): Set<string> {
  const seen = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    // Static imports only: dynamic import() is how commands load lazily.
    for (const m of source.matchAll(/^\s*(?:import|export)\s[^;]*?from\s+'([^']+)'/gm)) {
      const spec = m[1];
      if (spec.startsWith('.')) visit(resolve(dirname(file), spec));
      else if (!spec.startsWith('node:')) packages.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]);
    }
  };
  visit(entry);
  return packages;
}

test('check never loads handlebars, marked or sanitize-html; render does', () => {
  const check = packagesReached(join(ROOT, 'src', 'commands', 'check.ts'));
  for (const heavy of ['handlebars', 'marked', 'sanitize-html']) assert.ok(!check.has(heavy), `check reaches ${heavy}`);
  const render = packagesReached(join(ROOT, 'src', 'commands', 'render.ts'));
  for (const heavy of ['handlebars', 'marked', 'sanitize-html']) assert.ok(render.has(heavy), `render reaches ${heavy}`);
  assert.ok(existsSync(join(ROOT, 'templates', 'layout.html.hbs')));
});
