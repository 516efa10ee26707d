// The build parses every bundled message (dist/messages/<lang>/<area>.json, scripts/build.mjs)
// so that no run loads the ICU parser for them (src/i18n/catalogue.ts). What it wrote must be
// what the parser makes of each message now, for every message of every catalogue.
import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { parse } from '@formatjs/icu-messageformat-parser';
import { AREAS, catalogue, catalogueLanguages, messageElements } from '../../src/i18n/catalogue.ts';
import { ROOT } from '../helpers/cli.ts';

const DIST = join(ROOT, 'dist', 'messages');

test('every message of every catalogue is in dist/messages, parsed as the parser parses it now', () => {
  let count = 0;
  for (const lang of catalogueLanguages()) {
    for (const area of AREAS) {
      const messages = catalogue(lang, area);
      const file = join(DIST, lang, `${area}.json`);
      assert.ok(existsSync(file), `${file} is missing: run the build`);
      const parsed = JSON.parse(readFileSync(file, 'utf8')) as Record<string, [string, string]>;
      assert.deepEqual(Object.keys(parsed).sort(), Object.keys(messages).sort(), `${lang}/${area}: the keys`);
      for (const [key, text] of Object.entries(messages)) {
        assert.equal(parsed[key][0], text, `${lang}/${area} ${key}: the text`);
        assert.deepEqual(JSON.parse(parsed[key][1]), parse(text, { ignoreTag: true, locale: new Intl.Locale(lang) }), `${lang}/${area} ${key}`);
        count++;
      }
    }
  }
  assert.ok(count > 1000, `${count} messages`);
  assert.deepEqual(readdirSync(DIST).sort(), catalogueLanguages(), 'no parsed messages of a language that has no catalogue');
});

test('messageElements gives the parsed elements, and the pseudo-locale marks them', () => {
  const elements = messageElements('en', 'cli', 'check.noFindings');
  assert.deepEqual(elements, parse(catalogue('en', 'cli')['check.noFindings'], { ignoreTag: true }));
  const pseudo = JSON.stringify(messageElements('qps', 'cli', 'check.noFindings'));
  assert.match(pseudo, /⟦/);
  assert.throws(() => messageElements('en', 'cli', 'no.such.key'), /no message "no.such.key"/);
});
