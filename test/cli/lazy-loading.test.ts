// `dpia check` must never load the interview (inquirer), the templates (handlebars) or
// Markdown (marked): they cost start-up time in every CI run. And `render` with the bundled
// templates runs them precompiled, with Handlebars' runtime: its compiler is loaded only
// for a template that is not precompiled (an override). Two ways to see it, each with a
// control that shows the method does find those packages where they are used:
// - statically: esbuild's metafile lists every module check.ts can reach, dynamic
//   imports included, whatever the layout of dist/;
// - at run time: the built binary runs with hooks that log every CommonJS and ES module
//   it loads; no loaded file may be one of those packages or contain their code.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, describe, it } from 'node:test';
import { build } from 'esbuild';
import { BIN, builtinProbe, ROOT, runBin, tempDir } from '../helpers/cli.ts';

const HEAVY = /node_modules\/(handlebars|marked|@inquirer\/[^/]+|inquirer)\//;
const HEAVY_SOURCE = /^src\/(interview|render)\//;

/** A string from each package's own source that survives minifying; found in a bundle = the package is in it. */
const MARKERS: Record<string, { marker: string; source: string }> = {
  handlebars: { marker: 'Template was precompiled with an older version of Handlebars', source: 'node_modules/handlebars/dist/cjs/handlebars/runtime.js' },
  'handlebars-compiler': { marker: 'You must pass a string or Handlebars AST', source: 'node_modules/handlebars/dist/cjs/handlebars/compiler/compiler.js' },
  marked: { marker: 'marked(): input parameter is undefined or null', source: 'node_modules/marked/lib/marked.esm.js' },
  inquirer: { marker: 'User force closed the prompt with', source: 'node_modules/@inquirer/core/dist/lib/create-prompt.js' },
};

async function reachableModules(entry: string): Promise<string[]> {
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: [entry],
    bundle: true,
    write: false,
    metafile: true,
    platform: 'node',
    format: 'esm',
    target: 'node20.12',
    outdir: join(ROOT, 'node_modules', '.cache', 'dpia-lazy-loading-test'),
    logLevel: 'silent',
  });
  return Object.keys(result.metafile.inputs);
}

describe('check never loads inquirer, handlebars or marked', () => {
  it('the markers are really in those packages', () => {
    for (const [name, { marker, source }] of Object.entries(MARKERS)) {
      assert.ok(readFileSync(join(ROOT, source), 'utf8').includes(marker), `${name}: marker not found in ${source}`);
    }
  });

  it('statically: nothing check.ts can reach is one of them', async () => {
    const modules = await reachableModules('src/commands/check.ts');
    assert.ok(modules.some((m) => m.startsWith('node_modules/yaml/')), 'the analysis sees dependencies');
    assert.deepEqual(modules.filter((m) => HEAVY.test(m) || HEAVY_SOURCE.test(m)), []);
  });

  it('statically (control): the same analysis finds them where they are used', async () => {
    const render = await reachableModules('src/commands/render.ts');
    assert.ok(render.some((m) => m.startsWith('node_modules/handlebars/')), 'render reaches handlebars');
    assert.ok(render.some((m) => m.startsWith('node_modules/marked/')), 'render reaches marked');
    const ask = await reachableModules('src/interview/ask.ts');
    assert.ok(ask.some((m) => m.startsWith('node_modules/@inquirer/')), 'the interview reaches inquirer');
  });

  describe('at run time, in the built binary', () => {
    const temp = tempDir('dpia-lazy-');
    after(() => temp.cleanup());
    const log = join(temp.dir, 'loaded.log');
    const cjsHook = join(temp.dir, 'log-cjs.cjs');
    const esmHooks = join(temp.dir, 'log-esm-hooks.mjs');
    const esmRegister = join(temp.dir, 'log-esm.mjs');
    writeFileSync(cjsHook, [
      "const { appendFileSync } = require('node:fs');",
      "process.on('exit', () => appendFileSync(process.env.DPIA_LOAD_LOG, Object.keys(require.cache).join('\\n') + '\\n'));",
    ].join('\n'));
    writeFileSync(esmHooks, [
      "import { appendFileSync } from 'node:fs';",
      'export async function load(url, context, next) {',
      "  if (url.startsWith('file:')) appendFileSync(process.env.DPIA_LOAD_LOG, new URL(url).pathname + '\\n');",
      '  return next(url, context);',
      '}',
    ].join('\n'));
    writeFileSync(esmRegister, `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(esmHooks).href)});\n`);

    function loadedBy(args: string[]): { code: number | null; files: string[] } {
      writeFileSync(log, '');
      const result = spawnSync(process.execPath, ['--require', cjsHook, '--import', pathToFileURL(esmRegister).href, BIN, ...args], {
        cwd: ROOT,
        env: { ...process.env, NO_COLOR: '1', DPIA_LOAD_LOG: log },
        encoding: 'utf8',
        timeout: 30_000,
      });
      if (result.error) throw result.error;
      const files = [...new Set(readFileSync(log, 'utf8').split('\n').filter(Boolean))].filter((f) => f !== cjsHook && f !== esmRegister && f !== esmHooks);
      return { code: result.status, files };
    }

    function heavyIn(files: string[]): string[] {
      const found: string[] = [];
      for (const file of files) {
        if (HEAVY.test(file)) found.push(file);
        if (!file.startsWith(join(ROOT, 'dist'))) continue;
        const text = readFileSync(file, 'utf8');
        for (const [name, { marker }] of Object.entries(MARKERS)) if (text.includes(marker)) found.push(`${name} in ${file}`);
      }
      return found;
    }

    it('check loads none of them', () => {
      const { code, files } = loadedBy(['check', 'examples/lead-scoring']);
      assert.equal(code, 0);
      assert.ok(files.some((f) => f.startsWith(join(ROOT, 'dist'))), `the hooks saw the CLI load:\n${files.join('\n')}`);
      assert.deepEqual(heavyIn(files), []);
    });

    it('check of a plain file without findings does not even load the yaml library', () => {
      const yamlBundle = join(ROOT, 'dist', 'vendor', 'yaml.cjs');
      const clean = loadedBy(['check', '--no-cache', 'examples/lead-scoring/lead-scoring.dpia.yaml']);
      assert.equal(clean.code, 0);
      assert.ok(clean.files.includes(join(ROOT, 'dist', 'commands', 'check.cjs')), clean.files.join('\n'));
      assert.ok(!clean.files.includes(yamlBundle), 'js-yaml read it; no Document was needed');
      // Everything is bundled: nothing is looked up in node_modules (fdir's optional picomatch was).
      assert.deepEqual(clean.files.filter((f) => !f.startsWith(join(ROOT, 'dist')) && f !== BIN), []);
      // No vendor bundle but js-yaml's: no Document (yaml), no schema walk, no Temporal (dates
      // are compared and added without it), no glob or gitignore matcher (a named file), no writer.
      assert.deepEqual(clean.files.filter((f) => f.startsWith(join(ROOT, 'dist', 'vendor'))), [join(ROOT, 'dist', 'vendor', 'js-yaml.cjs')]);
      // Findings are placed from the plain reading's positions: still no yaml library.
      const findings = loadedBy(['check', '--no-cache', 'examples/churn-prediction/churn-prediction.dpia.yaml']);
      assert.equal(findings.code, 1);
      assert.ok(!findings.files.includes(yamlBundle), findings.files.join('\n'));
      // Nor the ICU message parser: the findings' words were parsed at build time (dist/messages).
      assert.deepEqual(findings.files.filter((f) => f.startsWith(join(ROOT, 'dist', 'vendor'))), [join(ROOT, 'dist', 'vendor', 'js-yaml.cjs')]);
      // Control: a file that is not plain (an anchor) is read by the yaml library, loaded then.
      const anchored = join(temp.dir, 'anchored.dpia.yaml');
      writeFileSync(anchored, readFileSync(join(ROOT, 'examples', 'churn-prediction', 'churn-prediction.dpia.yaml'), 'utf8').replace(/^id: (.*)$/m, 'id: &id $1'));
      const unusual = loadedBy(['check', '--no-cache', anchored]);
      assert.equal(unusual.code, 1);
      assert.ok(unusual.files.includes(yamlBundle), unusual.files.join('\n'));
      // Control: an invalid file's errors are found by walking the schema, loaded then.
      const invalid = join(temp.dir, 'invalid.dpia.yaml');
      writeFileSync(invalid, 'schemaVersion: 2\nid: x\nowner: {name: 1}\n');
      const walked = loadedBy(['check', '--no-cache', invalid]);
      assert.equal(walked.code, 1);
      assert.ok(walked.files.includes(join(ROOT, 'dist', 'vendor', 'assessment-schema.cjs')), walked.files.join('\n'));
    });

    it('check loads the glob and gitignore matchers for a folder or a glob, js-yaml only to read YAML', () => {
      const vendor = (files: string[]) => files.filter((f) => f.startsWith(join(ROOT, 'dist', 'vendor'))).map((f) => f.slice(join(ROOT, 'dist', 'vendor').length + 1)).sort();
      const folder = loadedBy(['check', '--no-cache', 'examples/lead-scoring']);
      assert.equal(folder.code, 0);
      assert.deepEqual(vendor(folder.files), ['ignore.cjs', 'js-yaml.cjs']);
      const glob = loadedBy(['check', '--no-cache', 'examples/*/lead-scoring.dpia.yaml']);
      assert.equal(glob.code, 0);
      assert.deepEqual(vendor(glob.files), ['ignore.cjs', 'js-yaml.cjs', 'tinyglobby.cjs']);
      // Answered from the result cache (a run to fill it first): no YAML is read.
      const cache = join(temp.dir, 'result-cache');
      const file = 'examples/lead-scoring/lead-scoring.dpia.yaml';
      assert.equal(loadedBy(['check', '--cache-location', cache, file]).code, 0);
      const cached = loadedBy(['check', '--cache-location', cache, file]);
      assert.equal(cached.code, 0);
      assert.deepEqual(vendor(cached.files), []);
      assert.ok(!cached.files.includes(join(ROOT, 'dist', 'commands', 'check-engine.cjs')), cached.files.join('\n'));
      // Control: writing the report to a file loads the atomic writer.
      const written = loadedBy(['check', '--cache-location', cache, file, '-o', join(temp.dir, 'report.txt')]);
      assert.equal(written.code, 0);
      assert.deepEqual(vendor(written.files), ['write-file-atomic.cjs']);
    });

    it('control: render is seen to load handlebars', () => {
      const { files } = loadedBy(['render', 'examples/lead-scoring/lead-scoring.dpia.yaml']);
      assert.ok(heavyIn(files).some((f) => f.startsWith('handlebars in')), `handlebars not seen in:\n${files.join('\n')}`);
    });

    it('render with the bundled templates runs them precompiled: the compiler is not loaded', () => {
      const { code, files } = loadedBy(['render', 'examples/lead-scoring/lead-scoring.dpia.yaml', '--format', 'html']);
      assert.equal(code, 0);
      assert.deepEqual(heavyIn(files).filter((f) => f.startsWith('handlebars-compiler')), []);
    });

    it('control: an override template is compiled, with the compiler loaded only then', () => {
      const overrides = join(temp.dir, 'templates');
      mkdirSync(join(overrides, 'partials'), { recursive: true });
      writeFileSync(join(overrides, 'partials', 'summary.hbs'), 'OUR OWN SUMMARY {{title}}\n');
      const { code, files } = loadedBy(['render', 'examples/lead-scoring/lead-scoring.dpia.yaml', '--templates', overrides, '-o', join(temp.dir, 'out.md')]);
      assert.equal(code, 0);
      assert.ok(heavyIn(files).some((f) => f === `handlebars-compiler in ${join(ROOT, 'dist', 'handlebars-compiler.cjs')}`), `the compiler not seen in:\n${files.join('\n')}`);
      assert.match(readFileSync(join(temp.dir, 'out.md'), 'utf8'), /OUR OWN SUMMARY/);
    });
  });
});

// node:child_process (with net and dgram, some 6 ms of a cold start) is loaded only to run
// another program: git (bump's author, diff's revisions) or a browser (render --format pdf).
describe('a command loads node:child_process only to run another program', () => {
  const temp = tempDir('dpia-lazy-child-');
  after(temp.cleanup);
  const childProcess = builtinProbe(temp.dir, 'child_process');
  /** Whether the built CLI, run with `args`, loaded node:child_process. */
  function loadsChildProcess(args: string[], cwd = ROOT): boolean {
    const result = runBin(args, { cwd, env: childProcess.env });
    assert.ok(result.code === 0 || result.code === 1, result.stderr);
    return childProcess.loaded();
  }
  const lead = 'examples/lead-scoring/lead-scoring.dpia.yaml';

  it('render to HTML or Markdown, to a file or to standard output, does not', () => {
    assert.equal(loadsChildProcess(['render', lead, '--format', 'html', '-o', join(temp.dir, 'report.html')]), false);
    assert.equal(loadsChildProcess(['render', lead, '--format', 'md']), false);
    assert.equal(loadsChildProcess(['render', lead, '--doc', 'notice', '--lang', 'nb', '--format', 'html']), false);
  });

  it('control: bump without --author asks git for it, and loads it then', () => {
    const dir = join(temp.dir, 'bump');
    mkdirSync(dir);
    writeFileSync(join(dir, 'a.dpia.yaml'), readFileSync(join(ROOT, lead), 'utf8'));
    assert.equal(loadsChildProcess(['bump', 'a.dpia.yaml', '-m', 'A change', '--date', '2026-12-02'], dir), true);
    assert.equal(loadsChildProcess(['bump', 'a.dpia.yaml', '-m', 'Another', '--author', 'Tester', '--date', '2026-12-02'], dir), false);
  });
});
