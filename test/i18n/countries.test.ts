// Country names come from catalogues (i18n/<lang>/countries.json), written from CLDR by
// scripts/country-names.ts, so that a render makes no Intl.DisplayNames and says the same
// words on every Node.js.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { catalogue } from '../../src/i18n/catalogue.ts';
import { countryName } from '../../src/i18n/countries.ts';
import { ROOT } from '../helpers/cli.ts';

describe('country names', () => {
  it('the catalogues are what scripts/country-names.ts writes from this Node.js\'s CLDR', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts', 'country-names.ts'), '--check'], { encoding: 'utf8' });
    assert.equal(result.status, 0, result.stderr);
  });

  it('name every two-letter code in English and bokmål alike, and only such codes', () => {
    const en = catalogue('en', 'countries');
    const nb = catalogue('nb', 'countries');
    assert.ok(Object.keys(en).length > 240, `${Object.keys(en).length} names`);
    assert.deepEqual(Object.keys(nb), Object.keys(en));
    for (const [code, name] of [...Object.entries(en), ...Object.entries(nb)]) {
      assert.match(code, /^[A-Z]{2}$/);
      assert.ok(name.trim() !== '' && name !== code, `${code}: ${name}`);
    }
  });

  it('are read from the catalogue, and from Intl for a code it lacks', () => {
    assert.equal(countryName('NO', 'nb'), 'Norge');
    assert.equal(countryName('NO', 'en'), 'Norway');
    assert.equal(countryName('DE', 'nb'), 'Tyskland');
    // The pseudo-locale reads the English catalogue.
    assert.equal(countryName('SE', 'qps'), 'Sweden');
    // Not in any catalogue: Intl's fallback gives the code back.
    assert.equal(countryName('XX', 'en'), 'XX');
  });
});
