// The labels catalogue (i18n/<lang>/labels.json): every enumeration of the file format
// has a word for each value in every language, the keys are exactly those the code asks
// for, durations take plurals, and bokmål carries no English.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { catalogue, catalogueLanguages, hasMessage } from '../../src/i18n/catalogue.ts';
import { formatDate, formatDuration, joinList } from '../../src/i18n/format.ts';
import { LABEL_KINDS, usedLabelKeys } from '../../src/i18n/label-kinds.ts';
import { label } from '../../src/i18n/labels.ts';
import * as schema from '../../src/model/schema.ts';
import { ROOT } from '../helpers/cli.ts';
import { schemaEnums } from '../helpers/schema-enums.ts';
import { englishInBokmal, identicalEntries } from './english-in-bokmal.ts';

/** Arrays of schema.ts that are not enumerations of words. */
const NOT_WORDS: Record<string, string> = {
  ID_LISTS: 'paths of the lists whose items have ids, not values a user reads',
};

function files(dir: string, ext: RegExp): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && ext.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

describe('labels catalogue', () => {
  const languages = catalogueLanguages();
  const kinds = LABEL_KINDS as Record<string, readonly string[]>;

  it('every enumeration of the schema has a kind of label with the same values', () => {
    const isWords = (value: unknown): value is readonly string[] => Array.isArray(value) && value.every((v) => typeof v === 'string');
    const enums = Object.entries(schema).flatMap(([name, value]) => (isWords(value) ? [[name, value] as const] : []));
    assert.ok(enums.length >= 15, `only ${enums.length} enumerations found in schema.ts`);
    for (const [name, values] of enums) {
      if (name in NOT_WORDS) continue;
      const kind = Object.keys(kinds).find((k) => kinds[k] === values);
      assert.ok(kind, `schema.ts ${name} has no kind of label in LABEL_KINDS`);
    }
  });

  it('every enumeration of the TypeBox schema, and the known values of its free-text fields, has words for each value in every language', () => {
    const enums = schemaEnums();
    assert.ok(enums.length >= 20, `only ${enums.length} enumerations found in the schema`);
    for (const field of ['risks[].event', 'transparency.notice.channels[]', 'system.ai.type', 'system.ai.aiActRisk']) assert.ok(enums.some((e) => e.path === field), field);
    const problems: string[] = [];
    for (const { path, values } of enums) {
      const kind = Object.keys(kinds).find((k) => values.every((value) => kinds[k].includes(value)) && kinds[k].length === values.length);
      if (!kind) {
        problems.push(`${path}: no kind of label has exactly the values ${values.join(', ')}`);
        continue;
      }
      for (const lang of languages) for (const value of values) if (!hasMessage(lang, 'labels', `${kind}.${value}`)) problems.push(`${lang}: ${path} = ${value} (${kind}.${value})`);
    }
    assert.deepEqual(problems, []);
  });

  it('every value of every kind has a word in every language', () => {
    const missing = languages.flatMap((lang) => Object.entries(kinds).flatMap(([kind, values]) => values.filter((value) => !hasMessage(lang, 'labels', `${kind}.${value}`)).map((value) => `${lang}: ${kind}.${value}`)));
    assert.deepEqual(missing, []);
  });

  it('the keys are exactly the ones the code asks for', () => {
    assert.deepEqual(Object.keys(catalogue('en', 'labels')).sort(), usedLabelKeys());
  });

  it('every kind is asked for by a source file or a template', () => {
    const sources = [...files('src', /\.ts$/), ...files('templates', /\.(hbs|md|html)$/)]
      .filter((file) => !file.endsWith(join('src', 'i18n', 'label-kinds.ts')))
      .map((file) => readFileSync(file, 'utf8'))
      .join('\n');
    const unused = Object.keys(kinds).filter((kind) => !sources.includes(`'${kind}'`) && !sources.includes(`"${kind}"`));
    assert.deepEqual(unused, []);
  });

  it('label() keeps its contract: the word, the value when there is none, "" for nothing', () => {
    assert.equal(label('en', 'legalBasis', 'consent'), 'consent (Art. 6(1)(a))');
    assert.equal(label('nb', 'month', 2), 'februar');
    assert.equal(label('nb', 'yesNo', 'true'), 'ja');
    assert.equal(label('en', 'legalBasis', 'made-up'), 'made-up');
    assert.equal(label('en', 'no-such-kind', 'x'), 'x');
    assert.equal(label('en', 'status', undefined), '');
  });

  it('durations take plurals, and numbers are not grouped', () => {
    assert.equal(formatDuration('P1Y', 'en'), '1 year');
    assert.equal(formatDuration('P2Y', 'en'), '2 years');
    assert.equal(formatDuration('P1Y', 'nb'), '1 år');
    assert.equal(formatDuration('P2Y', 'nb'), '2 år');
    assert.equal(formatDuration('P1Y6M', 'en'), '1 year and 6 months');
    assert.equal(formatDuration('P1M2W1D', 'nb'), '1 måned, 2 uker og 1 dag');
    assert.equal(formatDuration('PT1H30M', 'nb'), '1 time og 30 minutter');
    assert.equal(formatDuration('P0D', 'en'), '0 days');
    assert.equal(formatDuration('P0D', 'nb'), '0 dager');
    // ICU's `#` would print "1,000" / "1 000"; the messages use {n}, as the output always did.
    assert.equal(formatDuration('P1000D', 'en'), '1000 days');
    assert.equal(formatDuration('P12000D', 'nb'), '12000 dager');
    assert.equal(formatDuration('not a duration', 'nb'), 'not a duration');
  });

  it('dates and lists read as before', () => {
    assert.equal(formatDate('2025-02-03', 'en'), '3 February 2025');
    assert.equal(formatDate('2025-02-03', 'nb'), '3. februar 2025');
    assert.equal(joinList(['a', 'b', 'c'], 'en'), 'a, b and c');
    assert.equal(joinList(['a', '', 'b'], 'nb'), 'a og b');
    assert.equal(joinList(['a'], 'nb'), 'a');
  });

  describe('bokmål carries no English', () => {
    const english = catalogue('en', 'labels');
    const bokmal = catalogue('nb', 'labels');
    // True cognates and codes: the same word is right in bokmål.
    const COGNATES = new Set([
      'art', 'iii', // citations: "art. 6", "vedlegg III"
      'april', 'august', 'september', 'november', // month names spelt alike (lower case in bokmål)
      'minimal', 'system', 'sensitive', 'chat', 'app', 'logging', 'testing', // bokmål words: "minimal risiko", "KI-system", "sensitive opplysninger", "chat", "logging", "testing"
      'for', // bokmål preposition ("for å", "testing for skjevhet")
      'iso', // the standard's name (ISO 8601, ISO 3166-1)
      'sms', 'mms', 'sdk', // codes used in bokmål too ("SMS", "SDK i en app")
      'positive', 'odds', // the statistics' own words in bokmål: "sanne positive", "utjevnede odds"
      'auc', 'roc', 'under', // the statistics' codes, and "arealet under ROC-kurven"
    ]);
    // Place names (`country.*`) are often the same in both: Japan, New Zealand, Isle of Man / Man.
    const place = (key: string) => key.startsWith('country.');
    const words = (messages: Readonly<Record<string, string>>) => Object.fromEntries(Object.entries(messages).filter(([key]) => !place(key)));
    it('no entry is the English entry, apart from codes, cognates and place names', () => {
      assert.deepEqual(identicalEntries(english, bokmal, (key) => place(key) || key.startsWith('legalBasisArticle.') || ['measureType.logging', 'measureType.testing', 'channel.app', 'channel.chat', 'marketingChannel.sms', 'marketingChannel.mms', 'fairnessRate.auc'].includes(key)), []);
    });
    it('no entry shares a word with its English entry, apart from cognates and place names', () => {
      assert.deepEqual(englishInBokmal(words(english), words(bokmal), COGNATES), []);
    });
  });
});
