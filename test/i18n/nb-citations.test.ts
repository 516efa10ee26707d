// Bokmål cites as Lovdata does: "art. 35 nr. 4", "art. 6 nr. 1 bokstav f", never the
// English "art. 35(4)" / "Art. 35(4)". Every entry of every bokmål catalogue is scanned.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { AREAS, catalogue } from '../../src/i18n/catalogue.ts';

const ENGLISH_CITATION = /art\.?\s*\d+\(/i;

describe('bokmål catalogues cite articles as Lovdata', () => {
  it('the pattern finds the English form and passes the Lovdata form', () => {
    assert.ok(ENGLISH_CITATION.test('Datatilsynets liste (art. 35(4))'));
    assert.ok(ENGLISH_CITATION.test('Art. 22(2)(b)'));
    assert.ok(ENGLISH_CITATION.test('art 9(2)'));
    assert.ok(!ENGLISH_CITATION.test('art. 35 nr. 4, art. 6 nr. 1 bokstav f'));
  });

  for (const area of AREAS) {
    it(`i18n/nb/${area}.json`, () => {
      const hits = Object.entries(catalogue('nb', area)).filter(([, text]) => ENGLISH_CITATION.test(text)).map(([key, text]) => `${key}: ${text}`);
      assert.deepEqual(hits, []);
    });
  }
});
