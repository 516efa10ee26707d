// Errors are keys of the catalogues, worded at the boundary in the language of --lang,
// else the config's `language`, else English; the one-line `dpia: file:line:col: reason`
// shape stays. commander's own messages about the command line stay English.
import { strict as assert } from 'node:assert';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { catalogue, catalogueLanguages, message, PSEUDO } from '../../src/i18n/catalogue.ts';
import { cliError, ERROR_KEYS, InputError, sayIn, UsageError } from '../../src/errors.ts';
import { ANSWERS_KEYS } from '../../src/interview/answers.ts';
import { runMain, tempDir } from '../helpers/cli.ts';

test('an error is English without --lang or a config language', async () => {
  const r = await runMain(['check', 'no-such-folder']);
  assert.equal(r.code, 2);
  assert.equal(r.stderr, 'dpia: no-such-folder: no such file or directory\n');
});

test('an error speaks the language of --lang', async () => {
  const r = await runMain(['check', '--lang', 'nb', 'no-such-folder']);
  assert.equal(r.code, 2);
  assert.equal(r.stderr, 'dpia: no-such-folder: filen eller mappen finnes ikke\n');
});

test('an error speaks the config language; --lang wins over it', async () => {
  const { dir, cleanup } = tempDir();
  try {
    writeFileSync(join(dir, 'dpia.config.yaml'), 'language: nb\n');
    const nb = await runMain(['approve', 'missing.dpia.yaml', '--role', 'dpo', '--name', ''], { cwd: dir });
    assert.equal(nb.stderr, 'dpia: --name kan ikke være tom\n');
    const en = await runMain(['check', '--lang', 'en', 'missing.dpia.yaml'], { cwd: dir });
    assert.equal(en.stderr, 'dpia: missing.dpia.yaml: no such file or directory\n');
  } finally {
    cleanup();
  }
});

test('an error about the config itself is English: its language is unknown', async () => {
  const { dir, cleanup } = tempDir();
  try {
    writeFileSync(join(dir, 'dpia.config.yaml'), 'language: nb\nfoo: 1\n');
    const r = await runMain(['check', '.'], { cwd: dir });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /^dpia: .*dpia\.config\.yaml:2:\d+: unknown key "foo"; known keys: /);
  } finally {
    cleanup();
  }
});

test('an input error keeps its file:line:col shape in every language', () => {
  const error = new InputError('a.dpia.yaml', cliError('error.yaml.tooManyAliases', { max: '50' }), 3, 7);
  assert.equal(error.message, 'a.dpia.yaml:3:7: uses more than 50 aliases; expand them');
  assert.equal(error.text('nb'), 'a.dpia.yaml:3:7: bruker mer enn 50 aliaser; skriv dem ut');
  assert.equal(new UsageError(cliError('error.diff.notFound', { file: 'x', from: 'HEAD' })).text('en'), 'x: not found in HEAD');
  assert.equal(sayIn('en', cliError('error.render.cannotWrite', { target: 'out.md', reason: cliError('error.fs.EACCES') })), 'cannot write out.md: permission denied');
});

test('every error message is worded in every language and the pseudo-locale, with nothing outside the catalogue', () => {
  const keys = [...ERROR_KEYS.map((key) => ['cli', key] as const), ...ANSWERS_KEYS.map((key) => ['interview', key] as const)];
  for (const [area, key] of keys) {
    for (const lang of catalogueLanguages()) assert.ok(key in catalogue(lang, area), `${lang}/${area}: ${key}`);
    // Arguments are X; what is neither X nor marked ⟦…⟧ escaped the catalogue.
    const args = Object.fromEntries(['role', 'flag', 'value', 'current', 'format', 'formats', 'lang', 'langs', 'id', 'suggestion', 'file', 'from', 'to', 'name',
      'sections', 'doc', 'docs', 'target', 'reason', 'size', 'max', 'byte', 'suffix', 'message', 'rev', 'path', 'debug', 'version', 'needs', 'dpia', 'schema',
      'folder', 'problem', 'key', 'keys', 'alias', 'index', 'command', 'elements'].map((name) => [name, 'X'] as [string, string | number]).concat([['count', 2]]));
    const text = message(PSEUDO, area, key, args).replace(/⟦[^⟧]*⟧/g, '').replace(/X/g, '');
    assert.doesNotMatch(text, /\p{L}/u, `${area}: ${key}`);
  }
});

test("the YAML reader's reasons are words of the catalogue, in bokmål too", async () => {
  const { dir, cleanup } = tempDir();
  try {
    const cases: Array<[string, string, string]> = [
      ['quote.dpia.yaml', 'schemaVersion: 1\nid: x\ntitle: "open\n', 'et avsluttende tegn mangler: et anførselstegn, en parentes eller et kolon'],
      ['tab.dpia.yaml', 'schemaVersion: 1\n\tid: x\n', 'et tabulatortegn er brukt som innrykk; bruk mellomrom'],
    ];
    for (const [name, text, reason] of cases) {
      writeFileSync(join(dir, name), text);
      const r = await runMain(['check', '--lang', 'nb', name], { cwd: dir });
      assert.equal(r.code, 2);
      assert.match(r.stderr, new RegExp(`^dpia: ${name.replace('.', '\\.')}:\\d+:\\d+: er ikke gyldig YAML: ${reason}\\n$`));
    }
  } finally {
    cleanup();
  }
});
