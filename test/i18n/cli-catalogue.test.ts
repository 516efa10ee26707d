// The CLI catalogue (i18n/<lang>/cli.json): its keys are exactly the ones the code uses
// (the written-out keys are found in the sources, the families built from ids have a
// template in the sources), counts take plurals without digit grouping, and bokmål
// carries no English.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { catalogue, catalogueLanguages } from '../../src/i18n/catalogue.ts';
import { cli, CLI_KEYS } from '../../src/i18n/cli.ts';
import { cliKeyFamilies, usedCliKeys } from '../../src/i18n/cli-keys.ts';
import { ui } from '../../src/i18n/index.ts';
import { ROOT } from '../helpers/cli.ts';
import { englishInBokmal, identicalEntries } from './english-in-bokmal.ts';

const KEY_MODULES = [join('src', 'i18n', 'cli.ts'), join('src', 'i18n', 'cli-keys.ts')];

/** Every source file except the two that list the keys. */
function sources(): string {
  return readdirSync(join(ROOT, 'src'), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((file) => !KEY_MODULES.some((skip) => file.endsWith(skip)))
    .map((file) => readFileSync(file, 'utf8'))
    .join('\n');
}

describe('CLI catalogue', () => {
  const text = sources();

  it('the keys are exactly the ones the code uses', () => {
    assert.deepEqual(Object.keys(catalogue('en', 'cli')).sort(), usedCliKeys());
  });

  it('every written-out key is in a source file', () => {
    const unused = CLI_KEYS.filter((key) => !text.includes(`'${key}'`));
    assert.deepEqual(unused, []);
  });

  it('every family of keys is built in a source file', () => {
    const unused = Object.keys(cliKeyFamilies()).filter((prefix) => !text.includes(`\`${prefix}\${`));
    assert.deepEqual(unused, []);
  });

  it('every key the sources name is in the catalogue', () => {
    const english = catalogue('en', 'cli');
    const named = [...text.matchAll(/\bcli(?:IfAny)?\(\s*\w+,\s*'([^']+)'/g)].map((m) => m[1]);
    assert.ok(named.length > 10, `only ${named.length} calls found: is the pattern right?`);
    assert.deepEqual(named.filter((key) => !(key in english)), []);
  });

  it('every key exists in every language', () => {
    for (const lang of catalogueLanguages()) {
      assert.deepEqual(usedCliKeys().filter((key) => !(key in catalogue(lang, 'cli'))), [], lang);
    }
  });

  it('counts take plurals and keep their digits ungrouped', () => {
    assert.equal(ui('en').summary(1, 1, 0, 1), '✖ 1 finding (1 error, 0 warnings) in 1 file');
    assert.equal(ui('en').summary(40, 30, 10, 2), '✖ 40 findings (30 errors, 10 warnings) in 2 files');
    assert.equal(ui('nb').summary(2, 1, 1, 1), '✖ 2 funn (1 feil, 1 advarsel) i 1 fil');
    assert.equal(ui('nb').summary(1500, 1000, 500, 3), '✖ 1500 funn (1000 feil, 500 advarsler) i 3 filer');
    assert.equal(ui('en').summary(1500, 1000, 500, 1000), '✖ 1500 findings (1000 errors, 500 warnings) in 1000 files');
    assert.equal(ui('en').noFindings(1), '✔ 1 file checked, no findings');
    assert.equal(ui('nb').noFindings(2), '✔ 2 filer kontrollert, ingen funn');
    assert.equal(cli('en', 'approve.refused', { count: 1 }), 'refused: 1 error finding remains; fix it or sign with --force --reason TEXT');
    assert.equal(cli('en', 'approve.refused', { count: 3 }), 'refused: 3 error findings remain; fix them or sign with --force --reason TEXT');
    assert.equal(cli('nb', 'approve.refused', { count: 1 }), 'avvist: 1 funn på feilnivå gjenstår; rett det eller godkjenn med --force --reason TEKST');
  });

  it('optional parts drop out', () => {
    assert.equal(cli('en', 'ropa.planned', { due: undefined }), 'planned');
    assert.equal(cli('nb', 'ropa.planned', { due: '2026-01-01' }), 'planlagt 2026-01-01');
    assert.equal(cli('en', 'diff.note.transfer', { country: 'US', mechanism: '' }), 'third-country transfer: US');
    assert.equal(cli('nb', 'diff.note.level.changed', { which: 'residual', from: '6', to: '4', direction: 'down' }), 'restrisiko nivå 6 → 4 (ned)');
  });

  describe('bokmål carries no English', () => {
    const english = catalogue('en', 'cli');
    const bokmal = catalogue('nb', 'cli');
    // True cognates and codes: the same word is right in bokmål.
    const COGNATES = new Set([
      'status', // "status: godkjent", the column "status": the bokmål word (and the file's field name)
      'art', // citations: "art. 9"
      'for', // bokmål preposition ("for å se")
      'element', // bokmål: "påkrevd element"
      'format', 'byte', 'start', // bokmål words too ("ukjent format", "ugyldig byte", "start en med")
      // Codes in the error messages (risk-owner is a role id): option values, commands, fields of the file and the config, file formats.
      'dpo', 'owner', 'risk', 'ciso', 'git', 'check', 'config', 'user', 'name', 'version', 'language', 'major', 'minor', 'rules', 'diff', 'show', 'commit',
      'nul', 'yaml', 'utf', 'dpia', 'debug', 'schemaversion', 'title', 'npm', 'install', 'latest', 'examples', 'exit', 'path',
      'off', 'auto', // values of --concurrency
      'csv', 'json', 'lines', 'true', 'false', 'yes', // file formats (CSV, JSON Lines), and the values a predictions file holds
      'fairness', 'tests', 'compute', 'metric', 'threshold', 'evidence', 'bands', // fields of the file: fairness.tests[].compute.metric, threshold, bands, evidence.fairness
      'proxies', 'cramers', 'test', // compute.proxies, the metric cramers-v, and bokmål's own "en test"
      'outcome', // compute.outcome and --outcome
      'parquet', 'node', 'snappy', 'gzip', 'brotli', 'zstandard', // a file format, Node.js, and the compressions of Parquet files
      'docx', 'pdf', 'chromium', 'chrome', 'edge', 'debian', 'ubuntu', 'apt', 'get', 'macos', 'brew', // file formats, browsers, systems and the commands that install a browser
      'standard', 'program', // bokmål words too ("standard ut", "et program")
      'crm', 'scan', // CRM (the systems dpia scan reads; bokmål writes CRM too), the command dpia scan
      'catalogue', 'type', 'loyalty', 'tier', 'contact', 'identifier', 'behaviour', 'special', // the config's scan.catalogue, an example type id, group ids (and bokmål's own "type")
      'names', 'abbreviations', 'comments', 'birth', 'date', 'birthdate', 'fodselsdato', // keys of scan.catalogue, and field names as a schema writes them
      'bokmål', 'team', 'under', // bokmål words too
    ]);
    it('no entry is the English entry, apart from codes and cognates', () => {
      const allowed = new Set(['diff.status', 'ropa.header.status', 'status.header.status', 'status.header.id', 'error.fs.other']);
      assert.deepEqual(identicalEntries(english, bokmal, (key) => allowed.has(key)), []);
    });
    it('no entry shares a word with its English entry, apart from cognates', () => {
      assert.deepEqual(englishInBokmal(english, bokmal, COGNATES), []);
    });
  });
});
