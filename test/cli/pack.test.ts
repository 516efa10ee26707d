// The package as users get it (issue 14 points 1 and 3): `npm pack`, installed into an empty
// project with no network, runs `check` and `render` from node_modules/.bin and answers
// `import 'dpia'`. Everything it needs is bundled, so it installs no dependencies; it ships
// its licence and the licences of the bundled code; publint and are-the-types-wrong find
// nothing; its TypeScript declarations compile with TypeScript alone. One pack, one install.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ROOT, tempDir } from '../helpers/cli.ts';

const EXAMPLE = join(ROOT, 'examples', 'lead-scoring', 'lead-scoring.dpia.yaml');
const bin = (name: string) => join(ROOT, 'node_modules', '.bin', name);

describe('the packed package', { timeout: 240_000 }, () => {
  const { dir, cleanup } = tempDir('dpia-pack-');
  after(cleanup);
  const app = join(dir, 'app');
  const npm = (args: string[], cwd: string) => execFileSync('npm', args, { cwd, encoding: 'utf8', env: { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' } });
  let tarball = '';
  let files: string[] = [];

  before(() => {
    // dist/ is built by npm test before the tests run; packing does not build it again.
    const packed = JSON.parse(npm(['pack', '--json', '--ignore-scripts', '--pack-destination', dir], ROOT)) as [{ filename: string; files: { path: string }[] }];
    tarball = join(dir, packed[0].filename);
    files = packed[0].files.map((f) => f.path);
    mkdirSync(app);
    writeFileSync(join(app, 'package.json'), '{"name":"crm","version":"1.0.0","private":true}\n');
    npm(['install', '--offline', '--ignore-scripts', tarball], app);
  });

  it('ships what it needs and no sources or tests', () => {
    for (const needed of ['LICENSE', 'README.md', 'package.json', 'bin/dpia.js', 'dist/cli.cjs', 'dist/THIRD-PARTY-LICENSES.txt', 'schema/dpia.schema.json', 'schema/dpia.config.schema.json',
      'dist/api.cjs', 'dist/api.mjs', 'dist/api.d.ts', 'dist/api.d.cts', 'templates/report.md.hbs', 'i18n/en/cli.json', 'i18n/nb/cli.json']) assert.ok(files.includes(needed), needed);
    assert.deepEqual(files.filter((f) => /^(src|test|scripts|bench|docs|examples)\/|\.ts$/.test(f) && !/\.d\.c?ts$/.test(f)), [], 'no sources, tests or scripts');
  });

  it('installs offline into an empty project and checks and renders there', () => {
    assert.deepEqual(readdirSync(join(app, 'node_modules')).filter((n) => !n.startsWith('.')), ['dpia'], 'no dependency is installed');
    copyFileSync(EXAMPLE, join(app, 'lead-scoring.dpia.yaml'));
    const dpia = join(app, 'node_modules', '.bin', 'dpia');
    const check = spawnSync(dpia, ['check', 'lead-scoring.dpia.yaml', '--today', '2026-11-30'], { cwd: app, encoding: 'utf8' });
    assert.equal(check.status, 0, check.stderr);
    assert.match(check.stdout, /1 file checked, no findings/);
    const render = spawnSync(dpia, ['render', 'lead-scoring.dpia.yaml', '-f', 'html', '-o', 'report.html', '--today', '2026-11-30'], { cwd: app, encoding: 'utf8' });
    assert.equal(render.status, 0, render.stderr);
    assert.match(readFileSync(join(app, 'report.html'), 'utf8'), /^<!DOCTYPE html>/);
    // Word, from the Word writer's own bundle (dist/vendor/docx-writer.cjs), by the CLI and by require('dpia').
    const word = spawnSync(dpia, ['render', 'lead-scoring.dpia.yaml', '-f', 'docx', '-o', 'report.docx', '--today', '2026-11-30'], { cwd: app, encoding: 'utf8' });
    assert.equal(word.status, 0, word.stderr);
    const viaApi = spawnSync(process.execPath, ['-e', "require('dpia').render('lead-scoring.dpia.yaml', { format: 'docx', today: '2026-11-30' }).then((b) => process.stdout.write(Buffer.from(b)))"], { cwd: app });
    assert.equal(viaApi.status, 0, String(viaApi.stderr));
    assert.deepEqual(viaApi.stdout, readFileSync(join(app, 'report.docx')));
    assert.equal(viaApi.stdout.subarray(0, 2).toString('latin1'), 'PK');
    const licences = readFileSync(join(app, 'node_modules', 'dpia', 'dist', 'THIRD-PARTY-LICENSES.txt'), 'utf8');
    for (const bundled of ['yaml@', 'handlebars@', 'commander@', 'marked@', 'docx@', 'fflate@', 'diff@', 'entities@']) assert.ok(licences.includes(`\n${bundled}`), bundled);
  });

  it('is clean for publint and are-the-types-wrong', () => {
    const publint = spawnSync(bin('publint'), ['--strict', tarball], { encoding: 'utf8' });
    assert.equal(publint.status, 0, publint.stdout + publint.stderr);
    assert.match(publint.stdout, /All good/);
    const attw = spawnSync(bin('attw'), ['--format', 'ascii', tarball], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    assert.equal(attw.status, 0, attw.stdout + attw.stderr);
    assert.match(attw.stdout, /No problems found/);
  });

  it("runs the README's example of the API against the installed package", () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const example = /<!-- api-example:start -->\n```js\n([\s\S]*?)```\n<!-- api-example:end -->/.exec(readme)?.[1];
    assert.ok(example, 'README has the example between its markers');
    mkdirSync(join(app, 'privacy'));
    copyFileSync(EXAMPLE, join(app, 'privacy', 'lead-scoring.dpia.yaml'));
    writeFileSync(join(app, 'example.mjs'), example);
    const run = spawnSync(process.execPath, ['example.mjs'], { cwd: app, encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.stderr, '');
    assert.match(run.stdout, /^exit 0: 0 errors, 0 warnings$/m);
    assert.match(run.stdout, /^0 findings in the text$/m);
    assert.match(run.stdout, /^broken\.dpia\.yaml:1:\d+: .+ 1 \d+$/m);
    assert.match(readFileSync(join(app, 'privacy-notice.html'), 'utf8'), /^<!DOCTYPE html>[\s\S]*<html lang="en"/);
    // save() changed the one value's line and nothing else.
    const [was, now] = [readFileSync(EXAMPLE, 'utf8'), readFileSync(join(app, 'privacy', 'lead-scoring.dpia.yaml'), 'utf8')].map((t) => t.split('\n'));
    const changed = now.flatMap((line, i) => (line === was[i] ? [] : [[was[i], line]]));
    assert.equal(was.length, now.length);
    assert.equal(changed.length, 1, JSON.stringify(changed));
    assert.match(changed[0][1], /^\s+next: "?2027-06-01"?$/);
  });

  it('answers require() with the same functions and error classes', () => {
    const script = [
      "const { check, render, InputError, DpiaError, VERSION } = require('dpia');",
      "check('nowhere.dpia.yaml').then((r) => console.log(r.exitCode, r.files[0].error !== undefined, VERSION));",
      "render('nowhere.dpia.yaml').catch((e) => console.log(e instanceof InputError, e instanceof DpiaError, e.file));",
    ].join('\n');
    const run = spawnSync(process.execPath, ['-e', script], { cwd: app, encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
    assert.deepEqual(run.stdout.trim().split('\n').sort(), [`2 true ${version}`, 'true true nowhere.dpia.yaml']);
  });

  it('has declarations that import nothing and compile with TypeScript alone (node16 and bundler, strict)', () => {
    const declarations = readFileSync(join(app, 'node_modules', 'dpia', 'dist', 'api.d.ts'), 'utf8');
    assert.doesNotMatch(declarations, /\bfrom\s+['"]|\bimport\s*\(|\/\/\/\s*<reference/, 'self-contained');
    const consumer = [
      "import { check, checkText, render, load, save, InputError, DpiaError, SCHEMA_VERSION, type Assessment, type CheckReport, type Finding } from 'dpia';",
      "const report: CheckReport = await check(['privacy'], { strict: true, today: '2026-11-30' });",
      'const first: Finding | undefined = report.files[0]?.findings[0];',
      "const where: string = `${first?.line}:${first?.column} ${first?.severity === 'error' ? 'E' : 'W'}`;",
      "const checked = await checkText('id: x', { file: 'x.dpia.yaml', lang: 'nb' });",
      "const html: string = await render('x.dpia.yaml', { doc: 'notice', format: 'html', draft: true });",
      "const loaded = load('x.dpia.yaml');",
      'const data: Assessment = loaded.data;',
      'const basis: string | undefined = data.purposes?.[0]?.legalBasis;',
      "// @ts-expect-error: the status is one of three",
      "data.status = 'done';",
      "// @ts-expect-error: there are two documents",
      "await render('x.dpia.yaml', { doc: 'letter' });",
      'const changed: boolean = await save(loaded.file, { ...data, schemaVersion: SCHEMA_VERSION }, { expected: loaded.text });',
      'try { load(\'y.dpia.yaml\'); } catch (error) {',
      '  if (error instanceof InputError) { const at: [string, number | undefined] = [error.file, error.line]; void at; }',
      '  if (error instanceof DpiaError) { const code: number = error.exitCode; const words: string = error.text(\'nb\'); void code; void words; }',
      '}',
      'export { where, checked, html, basis, changed };',
      '',
    ].join('\n');
    writeFileSync(join(app, 'consumer.mts'), consumer);
    writeFileSync(join(app, 'consumer-cjs.cts'), "import dpia = require('dpia');\nexport const run: Promise<dpia.CheckReport> = dpia.check('privacy');\n");
    const tsc = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
    for (const [module, resolution] of [['node16', 'node16'], ['esnext', 'bundler']]) {
      // No @types/node and no skipLibCheck: the declarations are checked as they are.
      const config = { compilerOptions: { strict: true, noEmit: true, target: 'es2022', lib: ['es2022'], types: [], module, moduleResolution: resolution },
        files: resolution === 'bundler' ? ['consumer.mts'] : ['consumer.mts', 'consumer-cjs.cts'] };
      writeFileSync(join(app, `tsconfig.${resolution}.json`), JSON.stringify(config));
      const run = spawnSync(process.execPath, [tsc, '-p', `tsconfig.${resolution}.json`], { cwd: app, encoding: 'utf8' });
      assert.equal(run.status, 0, `${module}/${resolution}: ${run.stdout}${run.stderr}`);
    }
  });
});
