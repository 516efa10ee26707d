// Bokmål output holds no English: every word of a bokmål document or `check` report is
// either bokmål from the catalogues or data from the file. A word counts as English when
// the English catalogues use it and the bokmål catalogues never do; the file's own values
// (ids, names, free text) are data and are set aside first.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { AREAS, catalogue } from '../../src/i18n/catalogue.ts';
import { RULES } from '../../src/rules/registry.ts';
import { EXAMPLES, FIXTURES, runMain } from '../helpers/cli.ts';

const words = (text: string): string[] => text.toLowerCase().match(/\p{L}{4,}/gu) ?? [];

function vocabulary(lang: string): Set<string> {
  return new Set(AREAS.flatMap((area) => Object.values(catalogue(lang, area)).flatMap(words)));
}

const bokmal = vocabulary('nb');
const englishOnly = new Set([...vocabulary('en')].filter((word) => !bokmal.has(word)));

function dataWords(value: unknown, out = new Set<string>()): Set<string> {
  if (typeof value === 'string') for (const word of words(value)) out.add(word);
  else if (Array.isArray(value)) for (const item of value) dataWords(item, out);
  else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      for (const word of words(key)) out.add(word);
      dataWords(item, out);
    }
  }
  return out;
}

// Longest first, so that transparency/notice-content is not read as transparency/notice.
const RULE_IDS = new RegExp(RULES.map((rule) => rule.id).sort((a, b) => b.length - a.length).join('|'), 'g');

function english(output: string, file: string): string[] {
  const data = dataWords(parse(readFileSync(file, 'utf8')));
  // Markup and CSS of the HTML page, rule ids and `code` (keys and values to type) are not words for the reader.
  const text = output.replace(/<style[\s\S]*?<\/style>/g, ' ').replace(/<[^>]+>/g, ' ').replace(/&[a-z]+;/g, ' ')
    .replace(/`[^`\n]*`/g, ' ').replace(RULE_IDS, ' ');
  return [...new Set(words(text).filter((word) => englishOnly.has(word) && !data.has(word)))].sort();
}

describe('bokmål output has no English words from the English catalogues', () => {
  const chatbot = join(EXAMPLES, 'kundeservice-chatbot', 'kundeservice-chatbot.dpia.yaml');
  for (const doc of ['report', 'notice']) {
    for (const format of ['md', 'html']) {
      it(`render --doc ${doc} --format ${format} --lang nb (kundeservice-chatbot)`, async () => {
        const result = await runMain(['render', chatbot, '--doc', doc, '--format', format, '--lang', 'nb', '--today', '2026-12-01']);
        assert.equal(result.code, 0, result.stderr);
        assert.deepEqual(english(result.stdout, chatbot), []);
      });
    }
  }

  for (const file of [join(EXAMPLES, 'churn-prediction', 'churn-prediction.dpia.yaml'), join(FIXTURES, 'cli', 'check', 'draft.dpia.yaml')]) {
    it(`check --lang nb on a draft with findings of many rules (${file.split('/').pop()})`, async () => {
      const result = await runMain(['check', file, '--lang', 'nb', '--today', '2026-12-01', '--no-cache']);
      assert.equal(result.code, 1, result.stderr);
      assert.ok(result.stdout.split('\n').length > 10, 'the file should give many findings');
      assert.deepEqual(english(result.stdout, file), []);
    });
  }
});
