// Bokmål output holds no English: every word of a bokmål document or `check` report is
// either bokmål from the catalogues or data from the file. A word counts as English when
// the English catalogues use it and the bokmål catalogues never do; the file's own values
// (ids, names, free text) are data and are set aside first.
import { strict as assert } from 'node:assert';
import { copyFileSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { AREAS, catalogue } from '../../src/i18n/catalogue.ts';
import { RULES } from '../../src/rules/registry.ts';
import { EXAMPLES, FIXTURES, runMain, tempDir } from '../helpers/cli.ts';
import { schemaEnums } from '../helpers/schema-enums.ts';

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
  // The two examples written in bokmål.
  for (const name of ['kundeservice-chatbot', 'personlige-tilbud']) {
    const file = join(EXAMPLES, name, `${name}.dpia.yaml`);
    for (const doc of ['report', 'notice']) {
      for (const format of ['md', 'html']) {
        it(`render --doc ${doc} --format ${format} --lang nb (${name})`, async () => {
          const result = await runMain(['render', file, '--doc', doc, '--format', format, '--lang', 'nb', '--today', '2026-12-01']);
          assert.equal(result.code, 0, result.stderr);
          assert.deepEqual(english(result.stdout, file), []);
        });
      }
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

// No value of an enumeration of the file format (or known value of a free-text field)
// reaches a bokmål reader as it is written in the file: each prints as its label. The
// values are read from the TypeBox schema. A value counts as a whole word (hyphens join:
// `large-scale` is one word, `data-subject-views` holds no `data-subject`).
/** Values that are bokmål words too, so a hit would be bokmål, not a leak. */
const BOKMAL_WORDS: Record<string, string> = {
  app: 'bokmål «app» (the label of channel app)',
  chat: 'bokmål «chat» (the label of channel chat)',
  minimal: 'bokmål «minimal» («minimal risiko»)',
  logging: 'bokmål «logging» (the label of measureType logging)',
  testing: 'bokmål «testing» (the label of measureType testing)',
};
const ENUMS = schemaEnums();
const VALUES = [...new Set(ENUMS.flatMap((e) => e.values))].filter((value) => !(value in BOKMAL_WORDS)).sort((a, b) => b.length - a.length);
const escapeRe = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const VALUE_RE = new RegExp(`(?<![\\p{L}\\p{N}_-])(${VALUES.map(escapeRe).join('|')})(?![\\p{L}\\p{N}_-])`, 'giu');

/** The user's own strings (ids, names, free text): every string of the file that is not a value of an enumeration or a known value of a free-text field. */
function userStrings(value: unknown, path = '', out: string[] = []): string[] {
  if (typeof value === 'string') {
    const field = ENUMS.find((e) => e.path === path);
    if (!field || !field.values.includes(value)) out.push(value);
  } else if (Array.isArray(value)) for (const item of value) userStrings(item, `${path}[]`, out);
  else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) userStrings(item, path ? `${path}.${key}` : key, out);
  return out;
}

/** The values of the schema that the text holds as whole words, each with where it was first found. */
function valuesIn(text: string): Map<string, string> {
  const hits = new Map<string, string>();
  for (const m of text.matchAll(VALUE_RE)) {
    const at = m.index ?? 0;
    const value = m[1].toLowerCase();
    if (!hits.has(value)) hits.set(value, `${m[1]} in «${text.slice(Math.max(0, at - 40), at + m[1].length + 20).replace(/\s+/g, ' ').trim()}»`);
  }
  return hits;
}

export function enumValuesIn(output: string, file: string): string[] {
  // Markup and CSS, rule ids, `code` and <code> (keys and values to type, e.g. `legalBasisStatus: settled`), file names
  // and the dotted paths of fields (`consent.explicit`, `dataCategories.3.minimisation`) are not words for the reader.
  const text = output.replace(/<style[\s\S]*?<\/style>/g, ' ').replace(/<code>[\s\S]*?<\/code>/g, ' ').replace(/<[^>]+>/g, ' ').replace(/&[a-z]+;/g, ' ')
    .replace(/`[^`\n]*`/g, ' ').replace(RULE_IDS, ' ').replace(/\S+\.dpia\.yaml/g, ' ')
    .replace(/(?<![\p{L}\p{N}_.-])\p{L}[\p{L}\p{N}_-]*(?:\.[\p{L}\p{N}_-]+)+/gu, (path) => (/\.[a-z0-9]/i.test(path) && !/^\p{Lu}?\p{Ll}{1,3}\.\p{Ll}{1,4}$/u.test(path) ? ' ' : path));
  // What the user wrote prints as written: a value that is also a word of their own text (an id `logging`, «Web forms») is theirs.
  const own = valuesIn(userStrings(parse(readFileSync(file, 'utf8'))).join('\n'));
  return [...valuesIn(text)].filter(([value]) => !own.has(value)).map(([, where]) => where).sort();
}

describe('bokmål output holds no enumeration value of the schema', () => {
  const chatbot = join(EXAMPLES, 'kundeservice-chatbot', 'kundeservice-chatbot.dpia.yaml');
  const sparse = join(FIXTURES, 'i18n', 'sparse-values.dpia.yaml');
  const churn = join(EXAMPLES, 'churn-prediction', 'churn-prediction.dpia.yaml');
  const lead = join(EXAMPLES, 'lead-scoring', 'lead-scoring.dpia.yaml');

  it('the scan finds a value as it is written and leaves the user\'s own words alone', () => {
    assert.deepEqual(enumValuesIn('Hendelse: illegitimate-access (large-scale)', sparse).map((hit) => hit.split(' ')[0]), ['illegitimate-access', 'large-scale']);
    assert.deepEqual(enumValuesIn('Tiltak kryptering: `type: encryption`, <code>scc</code>, regel security/backup, ved consent.explicit, lekkasje', sparse), []);
  });

  for (const file of [chatbot, lead, churn, sparse]) {
    for (const doc of ['report', 'notice']) {
      for (const format of ['md', 'html']) {
        it(`render --doc ${doc} --format ${format} --lang nb (${file.split('/').pop()})`, async () => {
          const result = await runMain(['render', file, '--doc', doc, '--format', format, '--lang', 'nb', '--today', '2026-12-01', ...(doc === 'notice' ? ['--draft'] : [])]);
          assert.equal(result.code, 0, result.stderr);
          assert.deepEqual(enumValuesIn(result.stdout, file), []);
        });
      }
    }
  }

  for (const file of [churn, join(FIXTURES, 'cli', 'check', 'draft.dpia.yaml'), sparse]) {
    it(`check --lang nb (${file.split('/').pop()})`, async () => {
      const result = await runMain(['check', file, '--lang', 'nb', '--today', '2026-12-01', '--no-cache']);
      assert.equal(result.code, 1, result.stderr);
      assert.deepEqual(enumValuesIn(result.stdout, file), []);
    });
  }

  // A folder of the two bokmål files: the chatbot (approved) and the sparse draft (in review).
  for (const args of [['status', '--today', '2026-12-01'], ['export', '--ropa']]) {
    it(`${args[0]} --lang nb (kundeservice-chatbot and the sparse draft)`, async () => {
      const { dir, cleanup } = tempDir();
      try {
        for (const file of [chatbot, sparse]) copyFileSync(file, join(dir, basename(file)));
        const result = await runMain([args[0], dir, ...args.slice(1), '--lang', 'nb']);
        assert.ok(result.stdout.length > 0, result.stderr);
        const hits = enumValuesIn(result.stdout, chatbot).filter((hit) => enumValuesIn(hit.replace(/ in «[\s\S]*$/, ''), sparse).length > 0);
        assert.deepEqual(hits, []);
      } finally {
        cleanup();
      }
    });
  }
});
