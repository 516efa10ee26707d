// "A new language is a catalogue": an installation with one more folder in i18n/ speaks that
// language everywhere (--lang, `language:` in an assessment and in dpia.config.yaml, check,
// render, rules, schema and the interview) with no source file changed. The test builds a
// copy of the installed package (bin, dist, templates, schema, i18n) in a temporary folder,
// adds a fake language 'sv' (English, every message marked ‹sv›) and runs the built CLI
// from there; the repository's i18n/ is never touched.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { parse } from 'yaml';
import { EXAMPLES, FIXTURES, ROOT, runBin, tempDir } from '../helpers/cli.ts';
import { Terminal } from '../helpers/tmux.ts';

const MARK = '‹sv›';
const TODAY = '2026-03-01';
const LEAD_SCORING = join(EXAMPLES, 'lead-scoring', 'lead-scoring.dpia.yaml');

/** The catalogue of a fake language: English with every message marked, the sibling of the rules docs English. */
function fakeCatalogue(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const file of readdirSync(from)) {
    const messages = JSON.parse(readFileSync(join(from, file), 'utf8')) as Record<string, string>;
    const marked = Object.fromEntries(Object.entries(messages).map(([key, text]) => [key, key === 'ruleDocs.otherLanguage' ? 'en' : `${MARK}${text}`]));
    writeFileSync(join(to, file), `${JSON.stringify(marked, null, 2)}\n`);
  }
}

describe('a new language is a catalogue folder', { timeout: 120_000 }, () => {
  const { dir, cleanup } = tempDir('dpia-lang-');
  const pkg = join(dir, 'package');
  const work = join(dir, 'work');
  const bin = join(pkg, 'bin', 'dpia.js');
  const run = (args: string[], cwd = work) => {
    const result = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
  };
  const terms: Terminal[] = [];

  before(() => {
    for (const part of ['bin', 'dist', 'templates', 'schema', 'package.json']) cpSync(join(ROOT, part), join(pkg, part), { recursive: true });
    for (const lang of readdirSync(join(ROOT, 'i18n'))) cpSync(join(ROOT, 'i18n', lang), join(pkg, 'i18n', lang), { recursive: true });
    fakeCatalogue(join(ROOT, 'i18n', 'en'), join(pkg, 'i18n', 'sv'));
    mkdirSync(work, { recursive: true });
    writeFileSync(join(work, 'sv.dpia.yaml'), readFileSync(LEAD_SCORING, 'utf8').replace(/^language: en$/m, 'language: sv'));
  });
  after(() => {
    for (const term of terms) term.kill();
    cleanup();
  });

  it('the repository itself has no fake language', () => {
    assert.ok(!readdirSync(join(ROOT, 'i18n')).includes('sv'));
  });

  it('check --lang sv prints in the new language; an unknown code names the installed ones', () => {
    const result = run(['check', LEAD_SCORING, '--lang', 'sv', '--today', TODAY]);
    assert.equal(result.code, 0, result.stderr);
    assert.ok(result.stdout.startsWith(MARK), result.stdout);
    const unknown = run(['check', LEAD_SCORING, '--lang', 'de']);
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /unknown language "de"; use one of en, nb, sv/);
  });

  it('a message edited after the build is the edited one: parsed at run time, not taken from dist/messages', () => {
    const file = join(pkg, 'i18n', 'en', 'cli.json');
    const original = readFileSync(file, 'utf8');
    const messages = JSON.parse(original) as Record<string, string>;
    messages['check.noFindings'] = 'OK: {files, plural, one {one file} other {{files} files}} looked at';
    writeFileSync(file, JSON.stringify(messages));
    try {
      const result = run(['check', LEAD_SCORING, '--lang', 'en', '--today', TODAY, '--no-cache']);
      assert.equal(result.code, 0, result.stderr);
      assert.equal(result.stdout, 'OK: one file looked at\n');
    } finally {
      writeFileSync(file, original);
    }
    // Control: the build's parsed message, as built.
    assert.match(run(['check', LEAD_SCORING, '--lang', 'en', '--today', TODAY, '--no-cache']).stdout, /^✔ 1 file checked, no findings/);
  });

  it('render --lang sv writes the report and the notice in the new language', () => {
    for (const doc of ['report', 'notice']) {
      const result = run(['render', LEAD_SCORING, '--lang', 'sv', '--doc', doc, '--format', 'html', '--today', TODAY]);
      assert.equal(result.code, 0, result.stderr);
      assert.match(result.stdout, /<html lang="sv"/);
      assert.ok(result.stdout.includes(`${MARK}`), `${doc}: no word of the sv catalogue`);
    }
    // So are country names (i18n/sv/countries.json, a copy of the English one, marked).
    const report = run(['render', LEAD_SCORING, '--lang', 'sv', '--doc', 'report', '--today', TODAY]);
    assert.ok(report.stdout.includes(`NordCRM AB (${MARK}Sweden)`), report.stdout);
    // The supervisory authority's name and address are the catalogue's words too.
    const notice = run(['render', LEAD_SCORING, '--lang', 'sv', '--doc', 'notice', '--today', TODAY]);
    assert.ok(notice.stdout.includes(`${MARK}Datatilsynet (the Norwegian Data Protection Authority)`), notice.stdout);
  });

  it('an assessment with `language: sv` is valid there, and is checked and rendered in it', () => {
    // (The sign-offs no longer match a file whose language changed; the language itself is fine.)
    const check = run(['check', 'sv.dpia.yaml', '--today', TODAY, '--format', 'json']);
    const rules = (stdout: string) => (JSON.parse(stdout).files[0].findings as Array<{ rule: string }>).map((f) => f.rule);
    assert.deepEqual(rules(check.stdout).filter((rule) => rule !== 'accountability/signoff-stale'), [], check.stdout);
    const text = run(['check', 'sv.dpia.yaml', '--today', TODAY]);
    assert.match(text.stdout, /^‹sv›[✔✖] /m, text.stdout);
    const render = run(['render', 'sv.dpia.yaml', '--today', TODAY]);
    assert.equal(render.code, 0, render.stderr);
    assert.ok(render.stdout.startsWith(`# ${MARK}`), render.stdout.slice(0, 200));
    // Without the catalogue the same file is a schema finding that names the languages there are.
    const elsewhere = runBin(['check', join(work, 'sv.dpia.yaml'), '--today', TODAY, '--format', 'json']);
    const invalid = (JSON.parse(elsewhere.stdout).files[0].findings as Array<{ rule: string; path: string; message: string }>).filter((f) => f.rule === 'schema/invalid');
    assert.deepEqual(invalid.map((f) => f.path), ['language'], elsewhere.stdout);
    assert.match(invalid[0].message, /en, nb/);
  });

  it('`language: sv` in dpia.config.yaml is the default language', () => {
    const config = join(dir, 'configured');
    mkdirSync(config, { recursive: true });
    writeFileSync(join(config, 'dpia.config.yaml'), 'language: sv\n');
    const result = run(['check', LEAD_SCORING, '--today', TODAY], config);
    assert.equal(result.code, 0, result.stderr);
    assert.ok(result.stdout.startsWith(MARK), result.stdout);
    // The repository's installation has no such catalogue: a clear error at the line.
    const refused = runBin(['check', LEAD_SCORING], { cwd: config });
    assert.equal(refused.code, 2);
    assert.match(refused.stderr, /dpia\.config\.yaml:1:\d+: language: unknown language "sv"; use one of en, nb/);
  });

  it('rules and schema know it: `dpia rules --lang sv`, and the schema lists it for editors', () => {
    const rules = run(['rules', 'purpose/vague', '--lang', 'sv', '--format', 'md']);
    assert.equal(rules.code, 0, rules.stderr);
    assert.ok(rules.stdout.includes(`**${MARK}Message in bokmål:**`), rules.stdout);
    const schema = JSON.parse(run(['schema']).stdout);
    assert.deepEqual(schema.properties.language.enum, ['en', 'nb', 'sv']);
  });

  it('the interview runs in it: from an answers file, and on the terminal', async () => {
    const result = run(['new', 'privacy/lead-scoring.dpia.yaml', '--lang', 'sv', '--answers', join(FIXTURES, 'interview', 'answers.en.yaml'), '--today', TODAY]);
    assert.equal(result.code, 0, result.stderr);
    const file = join(work, 'privacy', 'lead-scoring.dpia.yaml');
    assert.equal(parse(readFileSync(file, 'utf8')).language, 'sv');
    const check = run(['check', file, '--today', TODAY, '--format', 'json']);
    assert.deepEqual(JSON.parse(check.stdout).files[0].findings.filter((f: { severity: string }) => f.severity === 'error'), [], check.stdout);

    const term = new Terminal();
    terms.push(term);
    term.start(`node ${bin} new privacy/typed.dpia.yaml --lang sv --today ${TODAY}`, work);
    await term.waitFor(() => term.screen().includes(MARK), 'a screen of the interview in sv', 30_000);
  });
});
