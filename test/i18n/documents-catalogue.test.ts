// The documents catalogue (i18n/<lang>/documents.json): the keys the templates and the
// render code use are exactly the catalogue's, and no visible word of a rendered document
// escapes it. The second part renders every bundled example and the render fixture in the
// pseudo-locale, where every catalogue literal is wrapped in ⟦…⟧; what is left outside the
// markers must be data: the file's own values (or what the render derives from them).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { parse } from 'yaml';
import { render } from '../../src/commands/render.ts';
import { loadConfig } from '../../src/config.ts';
import { catalogue, PSEUDO } from '../../src/i18n/catalogue.ts';
import { contentHash } from '../../src/model/hash.ts';
import { pathToString } from '../../src/model/locate.ts';
import { loadAssessment } from '../../src/model/load.ts';
import { authorityFor, mergeController } from '../../src/model/parties.ts';
import { runRules } from '../../src/rules/engine.ts';
import { RULES_BY_ID } from '../../src/rules/registry.ts';
import { localiseCitation } from '../../src/i18n/articles.ts';
import type { Assessment } from '../../src/model/schema.ts';
import { bundledTemplatesDir, templateKeys, usedDocumentKeys } from '../../src/render/templates.ts';
import { captureIo, EXAMPLES, FIXTURES, ROOT } from '../helpers/cli.ts';

function templateFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? templateFiles(join(dir, entry.name)) : entry.name.endsWith('.hbs') ? [join(dir, entry.name)] : []);
}

test('the keys of the templates and the render code are exactly those of the English documents catalogue', () => {
  const inTemplates = new Set(templateFiles(bundledTemplatesDir()).flatMap((file) => templateKeys(readFileSync(file, 'utf8'))));
  const english = new Set(Object.keys(catalogue('en', 'documents')));
  for (const key of inTemplates) assert.ok(english.has(key), `a template uses "${key}", which the catalogue lacks`);
  assert.deepEqual([...usedDocumentKeys()].sort(), [...english].sort());
});

test('the templates hold no words: outside {{…}} only Markdown and punctuation', () => {
  for (const file of templateFiles(bundledTemplatesDir())) {
    if (file.endsWith('layout.html.hbs')) continue; // markup and CSS only; checked by the rendering below
    const text = readFileSync(file, 'utf8').replace(/\{\{[\s\S]*?\}\}/g, '');
    assert.doesNotMatch(text, /\p{L}/u, `${file.slice(ROOT.length)} has text outside the catalogue`);
  }
});

const INPUTS = [
  ...readdirSync(EXAMPLES, { withFileTypes: true }).filter((e) => e.isDirectory()).flatMap((e) =>
    readdirSync(join(EXAMPLES, e.name)).filter((f) => f.endsWith('.dpia.yaml')).map((f) => join(EXAMPLES, e.name, f))),
  join(FIXTURES, 'render', 'complete.dpia.yaml'),
];
const TODAY = '2026-12-01';

/** Words: runs of letters and digits that hold a letter. */
function words(text: string): string[] {
  return (text.match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => /\p{L}/u.test(w));
}

function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const item of value) strings(item, out);
  else if (value && typeof value === 'object') for (const item of Object.values(value)) strings(item, out);
  return out;
}

/**
 * The words a document may show outside the catalogue: the file's values, and what the
 * render derives from data (the controller and authority, country names, the content hash).
 * Labels, dates, durations and findings come from catalogues in the pseudo-locale too, so
 * no English word of the catalogues is allowed.
 */
function allowedWords(file: string): Set<string> {
  const parsed = loadAssessment(file);
  const data = parsed.data as Assessment;
  const config = loadConfig(ROOT);
  const values = strings(parse(readFileSync(file, 'utf8')));
  // The risk matrix cuts a long id to 23 characters and "…".
  const allowed: string[] = [...values, ...values.map((v) => v.slice(0, 23))];
  allowed.push(...strings(mergeController(data, config)), ...strings(authorityFor(config, 'en')), contentHash(data as Record<string, unknown>));
  const display = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });
  for (const recipient of data.recipients ?? []) if (typeof recipient.country === 'string' && /^[A-Z]{2}$/.test(recipient.country)) allowed.push(display.of(recipient.country) ?? '');
  // A finding names its rule, the path in the file and values from it: ids and data, not words;
  // and the legal sources it cites beside the articles (case numbers such as WP251 rev.01, C-184/20 (OT)).
  for (const finding of runRules(parsed.data, { today: TODAY, config })) {
    allowed.push(finding.rule, pathToString(finding.path), ...strings(finding.args));
    const rule = RULES_BY_ID.get(finding.rule);
    if (rule) allowed.push(localiseCitation(rule.article, PSEUDO).replace(/⟦[^⟧]*⟧/g, ' '));
  }
  return new Set(allowed.flatMap(words));
}

async function renderPseudo(file: string, doc: string, format: string): Promise<string> {
  const { io, output } = captureIo();
  const code = await render({ file, doc, format, lang: 'en', today: TODAY, draft: true, messages: PSEUDO }, io);
  assert.equal(code, 0, output().stderr);
  return output().stdout;
}

/** The visible text of a document: markup, CSS and attributes gone, entities decoded. */
function visibleText(output: string, format: string): string {
  let text = output;
  if (format === 'html') text = text.replace(/<style[\s\S]*?<\/style>/g, ' ').replace(/<!DOCTYPE[^>]*>/i, ' ').replace(/<[^>]+>/g, ' ');
  // A Markdown link's target (the notice's links to its own sections) is an address, not
  // text; in the pseudo-locale it stands between the markers of the link's message.
  else text = text.replace(/\]\(#[^)\s]*\)/g, ']').replace(/⟧#[\p{L}\p{N}-]+⟦/gu, '⟧⟦');
  return text.replace(/&(amp|lt|gt|quot|#39|#x27);/g, ' ');
}

for (const file of INPUTS) {
  for (const doc of ['report', 'notice']) {
    for (const format of ['md', 'html']) {
      test(`pseudo-locale: ${file.slice(ROOT.length)} ${doc} ${format} has no word outside the catalogue but the file's data`, async () => {
        const output = await renderPseudo(file, doc, format);
        assert.match(output, /⟦/, 'the pseudo-locale is used');
        // The point of an article, "(b)", is a number of the law, not a word: ⟦(~⟧b⟦)~⟧.
        const outside = visibleText(output, format).replace(/⟦\([~\s]*⟧[a-z]⟦\)[~\s]*⟧/g, ' ').replace(/⟦[^⟧]*⟧/g, ' ');
        const allowed = allowedWords(file);
        const stray = [...new Set(words(outside).filter((w) => !allowed.has(w)))];
        assert.deepEqual(stray, [], `words outside the catalogue in ${doc} ${format}`);
      });
    }
  }
}
