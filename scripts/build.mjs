// Builds dist/ with esbuild:
// - dist/cli.cjs: the command table; each command is its own bundle in dist/commands/,
//   required only when that command runs, so `dpia check` never loads the interview
//   (inquirer), the templates (handlebars) or Markdown (marked);
// - dist/boot.cjs: V8 code cache for those bundles (src/boot/compile-cache.ts), kept in the
//   cache folder of src/boot/cache-dir.ts;
// - src/model/generated/check-assessment.ts: the schema's validator, compiled ahead of
//   time from src/model/schema.ts, so no start-up is spent generating it.
// - the bundled templates precompiled (src/render/precompiled.ts; dist/templates/<doc>.cjs,
//   one file per document), so `render` runs them with Handlebars' runtime; its compiler is
//   dist/handlebars-compiler.cjs, loaded only for a template that is not precompiled (an
//   override).
// CommonJS because Node.js 20 can code-cache only CommonJS; one bundle per command starts
// faster than hundreds of module files.
import { build as esbuild } from 'esbuild';
import Handlebars from 'handlebars';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join, relative, sep } from 'node:path';
import { assessmentTypeFile } from './assessment-type.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const common = {
  absWorkingDir: root,
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20.12',
  minify: true,
  legalComments: 'none',
  // import() of a command becomes require(): vm-compiled bundles have no dynamic-import hook.
  supported: { 'dynamic-import': false },
  logLevel: 'warning',
  // Written by writeChanged(): a file whose bytes are the same is left alone.
  write: false,
  // ESM sources use import.meta.url; in a CommonJS bundle it is the bundle's own URL.
  // The build id changes with any source change; `check`'s result cache is keyed on it.
  define: { 'import.meta.url': '__dpiaImportMetaUrl', __DPIA_BUILD_ID__: JSON.stringify(buildId()) },
  banner: { js: "var __dpiaImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
};

// Dependencies written as ES modules import Node.js's built-in modules by their default
// export (`import path from 'node:path'`, `import process from 'node:process'`). In a
// CommonJS bundle esbuild gives them that through its __toESM helper, which copies every
// export of the built-in onto a new object as a getter, at start-up: process, fs and path
// some fifteen times over the bundles of one `check`, 6 to 7 ms of every start (measured).
// Such an import gets the module itself instead, from an ES module of two lines whose
// default export is `require('node:…')`; the named imports the dependencies make of them
// besides (fs's `promises`, util's `styleText`) are re-exported and read where they are
// used, as a named import of a built-in always is. A named import
// the build knows of (the built-in's own names as this Node.js has them) fails the build
// ("No matching export"), so none is lost. Every bundle gets this (build() below).
const requireHere = createRequire(import.meta.url);
const builtinNames = (name) => Object.keys(requireHere(`node:${name}`)).filter((key) => /^[A-Za-z_$][\w$]*$/.test(key) && key !== 'default');
const builtinDefaults = {
  name: 'builtin-defaults',
  setup(b) {
    b.onResolve({ filter: /^(node:)?(fs|path|process|os|tty|url|util)$/ }, (args) =>
      (args.kind === 'import-statement' && args.importer.includes(`${sep}node_modules${sep}`) ? { path: args.path.replace(/^node:/, ''), namespace: 'builtin-default' } : undefined));
    b.onLoad({ filter: /.*/, namespace: 'builtin-default' }, (args) => ({
      contents: [
        `const builtin = require('node:${args.path}');`,
        'export default builtin;',
        `export { ${builtinNames(args.path).join(', ')} } from 'node:${args.path}';`,
        '',
      ].join('\n'),
      loader: 'js',
    }));
  },
};
/** esbuild's build, with builtinDefaults before the bundle's own plugins in a CommonJS bundle (the only kind with __toESM). */
function build(options) {
  return esbuild(options.format === 'cjs' ? { ...options, plugins: [builtinDefaults, ...(options.plugins ?? [])] } : options);
}

await generateValidator();
await generateSchemaShape();

// src/version.ts reads package.json for its version; the bundles get that field alone, not
// the metadata, scripts and devDependencies that every start-up would otherwise parse.
const versionOnly = {
  name: 'package-version-only',
  setup(b) {
    b.onLoad({ filter: /package\.json$/ }, (args) => args.path !== join(root, 'package.json') ? undefined
      : { contents: JSON.stringify({ version: JSON.parse(readFileSync(args.path, 'utf8')).version }), loader: 'json' });
  },
};
common.plugins = [versionOnly];

// `import('./commands/x.ts')` in cli.ts becomes `require('./commands/x.cjs')`.
const commandsExternal = {
  name: 'commands-external',
  setup(b) {
    b.onResolve({ filter: /^\.\/commands\/[a-z-]+\.ts$/ }, (args) => ({ path: args.path.replace(/\.ts$/, '.cjs'), external: true }));
  },
};
// commander requires child_process at start-up for executable subcommands, which dpia
// does not use; a lazy stand-in saves loading it on every run.
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(b) {
    b.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      args.importer.includes(`${join('node_modules', 'commander')}`) ? { path: 'child_process', namespace: 'lazy-builtin' } : undefined);
    b.onLoad({ filter: /.*/, namespace: 'lazy-builtin' }, () => ({
      contents: "module.exports = new Proxy({}, { get: (_, key) => require('node:child_process')[key] });",
      loader: 'js',
    }));
  },
};
// The compiler has its own bundle, loaded by `import('./handlebars-compiler.ts')` only when needed.
const compilerExternal = {
  name: 'compiler-external',
  setup(b) {
    b.onResolve({ filter: /^\.\/handlebars-compiler\.ts$/ }, () => ({ path: '../handlebars-compiler.cjs', external: true }));
  },
};
// Every bundled template, precompiled under the key src/render/templates.ts looks it up by.
const templates = await precompiledTemplates();
/** src/render/precompiled.ts as the command bundles get it (`split`) or the API's (`inline`). */
const precompiledModule = (variant) => ({
  name: `precompiled-templates-${variant}`,
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/]render[\\/]precompiled\.ts$/ }, () => ({ contents: templates[variant], loader: 'js' }));
    b.onResolve({ filter: /^\.\.\/templates\/[a-z-]+\.cjs$/ }, (args) => ({ path: args.path, external: true }));
  },
});
const precompiledTemplatesSplit = precompiledModule('split');
// sanitize-html parses style attributes with postcss; dpia allows no style attribute, so
// that code never runs. A stand-in that refuses keeps postcss (and its source maps) out
// of the bundle; were a style attribute ever allowed, sanitize-html would drop it.
const noPostcss = {
  name: 'no-postcss',
  setup(b) {
    b.onResolve({ filter: /^postcss$/ }, (args) => (args.importer.includes(join('node_modules', 'sanitize-html')) ? { path: 'postcss', namespace: 'no-postcss' } : undefined));
    b.onLoad({ filter: /.*/, namespace: 'no-postcss' }, () => ({
      contents: "exports.parse = () => { throw new Error('dpia allows no style attributes'); };",
      loader: 'js',
    }));
  },
};
// sanitize-html uses htmlparser2's Parser and nothing else; the package's entry also loads
// its DOM, serialiser and helpers (domhandler, dom-serializer with its own copy of the
// entities tables, domutils: some 150 kB of code `render` would compile and never run).
const htmlparserParser = join(root, 'node_modules', 'htmlparser2', 'dist', 'commonjs', 'Parser.js');
const sanitizeParserOnly = {
  name: 'sanitize-html-parser-only',
  setup(b) {
    b.onResolve({ filter: /^htmlparser2$/ }, (args) => (args.importer.includes(join('node_modules', 'sanitize-html')) ? { path: 'htmlparser2', namespace: 'parser-only' } : undefined));
    b.onLoad({ filter: /.*/, namespace: 'parser-only' }, () => {
      if (!/exports\.Parser = Parser;/.test(readFileSync(htmlparserParser, 'utf8'))) throw new Error(`${htmlparserParser}: htmlparser2's Parser has moved; look at the sanitize-html-parser-only plugin`);
      return { contents: `exports.Parser = require(${JSON.stringify(htmlparserParser)}).Parser;`, loader: 'js', resolveDir: root };
    });
  },
};
// fdir (under tinyglobby) looks for picomatch in the user's node_modules at start-up, for
// its own glob(), which tinyglobby never calls (it matches with the picomatch it imports):
// a search of the disk, and a second picomatch loaded where one is found, on every run.
const noFdirPicomatch = {
  name: 'no-fdir-picomatch',
  setup(b) {
    b.onLoad({ filter: /[\\/]node_modules[\\/]fdir[\\/]dist[\\/]index\.mjs$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      const lookup = /try \{\s*__require\.resolve\("picomatch"\);\s*pm = __require\("picomatch"\);\s*\} catch \{\}/;
      if (!lookup.test(source)) throw new Error(`${args.path}: fdir's picomatch lookup has changed; look at the no-fdir-picomatch plugin`);
      return { contents: source.replace(lookup, ''), loader: 'js' };
    });
  },
};
// Modules that only export data (the schemas, built with TypeBox) are evaluated here and
// bundled as literals: no command runs TypeBox's builders at start-up, nor loads TypeBox.
const DATA_MODULES = ['src/model/schema.ts', 'src/config-schema.ts'];
const dataLiterals = new Map(await Promise.all(DATA_MODULES.map(async (file) => [join(root, file), await dataModule(file)])));
/** A plugin that loads each module of `literals` (path → source) as that source. */
const literalModules = (name, literals) => ({
  name,
  setup(b) {
    b.onLoad({ filter: /\.ts$/ }, (args) => (literals.has(args.path) ? { contents: literals.get(args.path), loader: 'js' } : undefined));
  },
});
const dataModules = literalModules('data-modules', dataLiterals);
// Most commands use the schema's constants, not the schema: what `check` needs of that on
// every run is generated data (src/model/schema-shape.ts), and an invalid file's errors are
// found in dist/vendor/assessment-schema.cjs, required on first use
// (src/model/lazy-schema.ts). Their bundles get the module without its schemas (some
// 110 kB less to compile); a module of theirs that imported one would not build. The
// commands that use the schema itself (SCHEMA_COMMANDS: the interview's fields and help,
// `dpia schema`) bundle it whole.
const SCHEMA_COMMANDS = new Set(['edit', 'new', 'schema', 'screen']);
const schemalessDataModules = literalModules('schemaless-data-modules', new Map([
  ...dataLiterals,
  [join(root, 'src', 'model', 'schema.ts'), await dataModule('src/model/schema.ts', { schemas: false })],
]));
const lazySchema = {
  name: 'lazy-schema',
  setup(b) {
    b.onResolve({ filter: /^\.\/schema\.ts$/ }, (args) => (args.kind === 'require-call' && args.importer.endsWith(join('src', 'model', 'lazy-schema.ts')) ? { path: '../vendor/assessment-schema.cjs', external: true } : undefined));
  },
};
// check's analysis is dist/commands/check-engine.cjs.
const checkEngine = {
  name: 'check-engine',
  setup(b) {
    b.onResolve({ filter: /^\.\.\/check\/analyse\.ts$/ }, (args) => (args.importer.endsWith(join('src', 'commands', 'check.ts')) ? { path: './check-engine.cjs', external: true } : undefined));
    // With the config's scan.check, check runs dpia scan's bundle (dist/commands/scan.cjs).
    b.onResolve({ filter: /^\.\/scan\.ts$/ }, (args) => (args.importer.endsWith(join('src', 'commands', 'check.ts')) ? { path: './scan.cjs', external: true } : undefined));
  },
};
// Packages a command needs only now and then, required on first use (src/lazy-module.ts
// and its callers: Temporal, TypeBox's error walker, the yaml library, the glob and
// gitignore matchers, the lock and the atomic writer, js-yaml): each is a bundle of its own in
// dist/vendor/, so a run that does not use it does not even parse it.
const VENDOR = { 'temporal-polyfill': 'temporal-polyfill', '@sinclair/typebox/errors': 'typebox-errors', yaml: 'yaml', ignore: 'ignore', tinyglobby: 'tinyglobby', 'proper-lockfile': 'proper-lockfile', 'write-file-atomic': 'write-file-atomic', '@formatjs/icu-messageformat-parser': 'icu-messageformat-parser', '@guanmingchiu/sqlparser-ts': 'sqlparser', '@mrleebo/prisma-ast': 'prisma-ast' };
// dpia scan's SQL parser is WebAssembly, which its package reads from ../wasm/ beside the
// bundle that holds it (dist/vendor/sqlparser.cjs): the build copies it to dist/wasm/.
// The API's bundle (dist/api.cjs) takes the parser from dist/vendor/ too, so ../wasm/ is dist/wasm/ for it as well.
const sqlparserBeside = {
  name: 'sqlparser-beside',
  setup(b) {
    b.onResolve({ filter: /^@guanmingchiu\/sqlparser-ts$/ }, () => ({ path: './vendor/sqlparser.cjs', external: true }));
    // The Word writer too: render({ format: 'docx' }) requires it from dist/vendor/.
    b.onResolve({ filter: /^\.\.\/render\/docx-writer\.ts$/ }, (args) => (args.kind === 'require-call' ? { path: './vendor/docx-writer.cjs', external: true } : undefined));
  },
};
const SQLPARSER_WASM = join(root, 'node_modules', '@guanmingchiu', 'sqlparser-ts', 'wasm', 'sqlparser_rs_wasm_bg.wasm');
// The ICU message parser is required on first use (src/i18n/catalogue.ts), for a message the
// build did not parse (dist/messages/); every import of it, intl-messageformat's too, gets
// the package's `no-parser` entry: its types and type guards, without the parser.
const icuNoParser = join(root, 'node_modules', '@formatjs', 'icu-messageformat-parser', 'no-parser.js');
const vendorExternal = {
  name: 'vendor-external',
  setup(b) {
    const lazy = Object.keys(VENDOR).filter((name) => name !== 'yaml').map((name) => name.replace(/[/.]/g, '\\$&'));
    b.onResolve({ filter: new RegExp(`^(${lazy.join('|')})$`) }, (args) =>
      (args.kind === 'require-call' ? { path: `../vendor/${VENDOR[args.path]}.cjs`, external: true } : undefined));
    b.onResolve({ filter: /^\.\/js-yaml-api\.ts$/ }, (args) => (args.kind === 'require-call' ? { path: '../vendor/js-yaml.cjs', external: true } : undefined));
    // dpia diff --format docx is a bundle of its own (it renders both versions).
    b.onResolve({ filter: /^\.\/diff-docx\.ts$/ }, (args) => (args.importer.endsWith(join('src', 'commands', 'diff.ts')) ? { path: './diff-docx.cjs', external: true } : undefined));
    // The Word writer (marked's lexer, jsdiff, the docx library): --format docx only.
    b.onResolve({ filter: /^\.\.\/render\/docx-writer\.ts$/ }, (args) => (args.kind === 'require-call' ? { path: '../vendor/docx-writer.cjs', external: true } : undefined));
    b.onResolve({ filter: /^@formatjs\/icu-messageformat-parser$/ }, (args) => (args.kind === 'require-call' ? undefined : { path: icuNoParser }));
    // The yaml library is one file for every bundle, whether a module requires it on first
    // use (src/model/yaml-lib.ts) or imports it: one instance of its classes in a run.
    b.onResolve({ filter: /^yaml$/ }, () => ({ path: '../vendor/yaml.cjs', external: true }));
  },
};
const commands = readdirSync(join(root, 'src', 'commands')).filter((f) => f.endsWith('.ts')).map((f) => f.slice(0, -3));

// (checkBuilds() gives two results: .flat() puts them beside the others.)
const results = (await Promise.all([
  build({ ...common, metafile: true, entryPoints: ['src/cli.ts'], outfile: 'dist/cli.cjs', plugins: [versionOnly, commandsExternal, lazyChildProcess] }),
  build({ ...common, metafile: true, entryPoints: ['src/boot/compile-cache.ts'], outfile: 'dist/boot.cjs' }),
  build({ ...common, metafile: true, entryPoints: ['src/render/handlebars-compiler.ts'], outfile: 'dist/handlebars-compiler.cjs' }),
  ...Object.entries(VENDOR).map(([specifier, name]) => build({
    ...common, metafile: true, stdin: { contents: `module.exports = require(${JSON.stringify(specifier)});`, resolveDir: root, loader: 'js' }, outfile: `dist/vendor/${name}.cjs`,
  })),
  ...commands.filter((name) => name !== 'check').map((name) => build({ ...common, metafile: true, entryPoints: [`src/commands/${name}.ts`], outfile: `dist/commands/${name}.cjs`, plugins: [versionOnly, compilerExternal, precompiledTemplatesSplit, noPostcss, sanitizeParserOnly, noFdirPicomatch, ...(SCHEMA_COMMANDS.has(name) ? [dataModules] : [schemalessDataModules, lazySchema]), vendorExternal] })),
  checkBuilds(),
  // The Word writer (src/render/docx-writer.ts), required on first use by --format docx.
  build({ ...common, metafile: true, entryPoints: ['src/render/docx-writer.ts'], outfile: 'dist/vendor/docx-writer.cjs' }),
  // js-yaml as plain-yaml.ts uses it (src/model/js-yaml-api.ts), required on first use.
  build({ ...common, metafile: true, entryPoints: ['src/model/js-yaml-api.ts'], outfile: 'dist/vendor/js-yaml.cjs' }),
  // Each document's precompiled templates (see precompiledTemplates()).
  ...templates.files.map(([doc, contents]) => build({ ...common, metafile: true, stdin: { contents, resolveDir: root, loader: 'js' }, outfile: `dist/templates/${doc}.cjs` })),
  // The schema as data, for lazy-schema.ts in the command bundles (the API bundles it).
  build({ ...common, metafile: true, stdin: { contents: "module.exports = require('./src/model/schema.ts');", resolveDir: root, loader: 'js' }, outfile: 'dist/vendor/assessment-schema.cjs', plugins: [dataModules] }),
  // The API is one bundle at dist/: the compiler and the vendor packages are in it (their
  // separate files are placed for the command bundles), the templates precompiled.
  build({ ...common, metafile: true, entryPoints: ['src/api.ts'], outfile: 'dist/api.cjs', plugins: [versionOnly, precompiledModule('inline'), noPostcss, sanitizeParserOnly, noFdirPicomatch, dataModules, sqlparserBeside] }),
])).flat();
for (const file of results.flatMap((r) => r.outputFiles)) writeChanged(file.path, file.contents);
writeChanged(join(root, 'dist', 'wasm', 'sqlparser_rs_wasm_bg.wasm'), readFileSync(SQLPARSER_WASM));
writeThirdPartyLicences(results.flatMap((r) => Object.keys(r.metafile.inputs)));
await writeMessages();
await writeApiEntries();

/**
 * `check` is two bundles: dist/commands/check.cjs (options, files, result cache, output)
 * and dist/commands/check-engine.cjs (parser, validator, rules), which a run answered from
 * the result cache never loads. The modules both use (the words and their message
 * formatter, the YAML reading, errors, dates: some 100 kB) are compiled once, in
 * check.cjs: it lists them under `__dpiaShared`, each evaluated on first use, and the
 * engine takes them from there (`require('./check.cjs')`, already loaded when the engine
 * is). One instance of each, so the catalogues are read once in a run. The modules shared
 * are found by building both bundles apart first and taking what they have in common.
 */
async function checkBuilds() {
  const plugins = [versionOnly, noFdirPicomatch, schemalessDataModules, lazySchema, checkEngine, vendorExternal];
  const command = (entry) => build({ ...common, metafile: true, ...entry, outfile: 'dist/commands/check.cjs', plugins: [...plugins.slice(0, 1), compilerExternal, precompiledTemplatesSplit, noPostcss, ...plugins.slice(1)] });
  const engine = (extra = []) => build({ ...common, metafile: true, entryPoints: ['src/check/analyse.ts'], outfile: 'dist/commands/check-engine.cjs', plugins: [...extra, ...plugins] });
  const [alone, engineAlone] = await Promise.all([command({ entryPoints: ['src/commands/check.ts'] }), engine()]);
  // What each bundle holds (the build's inputs also list modules it read and left out).
  const inputs = (result) => Object.entries(Object.values(result.metafile.outputs)[0].inputs).filter(([key, input]) => input.bytesInOutput > 0 && !key.includes(':')).map(([key]) => key);
  const inEngine = new Set(inputs(engineAlone));
  const shared = inputs(alone).filter((key) => inEngine.has(key)).sort();
  if (shared.length === 0) return [alone, engineAlone];
  const sharedSet = new Set(shared);
  // The names the engine imports of each (esbuild prints an external's imports in an ES module build).
  const named = await build({ ...common, format: 'esm', minify: false, minifyWhitespace: true, metafile: false, entryPoints: ['src/check/analyse.ts'], outfile: 'dist/commands/check-engine.mjs', banner: {}, plugins: [sharingPlugin(sharedSet, (key) => ({ path: key, external: true })), ...plugins] });
  const code = named.outputFiles[0].text;
  const uses = new Map(shared.map((key) => [key, new Set()]));
  // minifyWhitespace prints them as import{a,b as c}from"key", import*as n from"key" or import d from"key".
  for (const [, spaced, key] of code.matchAll(/import([^;"]*)from"([^"]+)"/g)) {
    if (!uses.has(key)) continue;
    const clause = spaced.trim();
    const braces = /\{([^}]*)\}/.exec(clause);
    if (clause.includes('*')) uses.get(key).add('*');
    else if (!clause.startsWith('{')) uses.get(key).add('default');
    for (const name of braces ? braces[1].split(',') : []) uses.get(key).add(name.trim().split(' as ')[0]);
  }
  for (const key of shared) if (new RegExp(`require\\(${JSON.stringify(key).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\)`).test(code)) uses.get(key).add('*');
  const lines = ["export * from './src/commands/check.ts';"];
  const entries = [];
  shared.forEach((key, i) => {
    const names = [...uses.get(key)].filter(Boolean).sort();
    if (names.length === 0) return;
    if (names.includes('*')) {
      lines.push(`import * as s${i} from ${JSON.stringify(join(root, key))};`);
      entries.push(`  ${JSON.stringify(key)}: () => s${i},`);
    } else {
      lines.push(`import { ${names.map((name, j) => `${name} as s${i}_${j}`).join(', ')} } from ${JSON.stringify(join(root, key))};`);
      entries.push(`  ${JSON.stringify(key)}: () => ({ __esModule: true, ${names.map((name, j) => `get ${name}() { return s${i}_${j}; }`).join(', ')} }),`);
    }
  });
  const contents = [...lines, 'export const __dpiaShared = {', ...entries, '};', ''].join('\n');
  const fromCommand = sharingPlugin(sharedSet, (key) => ({ path: key, namespace: 'check-shared' }), true);
  return Promise.all([command({ stdin: { contents, resolveDir: root, loader: 'js', sourcefile: 'check-entry.mjs' } }), engine([fromCommand])]);
}

/** Sends each import of a module in `shared` (keys relative to the root) where `to` says; with `load`, to check.cjs's list. */
function sharingPlugin(shared, to, load = false) {
  return {
    name: 'check-sharing',
    setup(b) {
      b.onResolve({ filter: /.*/ }, async (args) => {
        if (args.pluginData?.sharing || args.kind === 'entry-point' || args.namespace === 'check-shared') return undefined;
        const found = await b.resolve(args.path, { importer: args.importer, resolveDir: args.resolveDir, kind: args.kind, pluginData: { sharing: true } });
        if (found.errors.length > 0 || found.external || found.namespace !== 'file') return undefined;
        const key = relative(root, found.path).split(sep).join('/');
        return shared.has(key) ? to(key) : undefined;
      });
      if (!load) return;
      b.onLoad({ filter: /.*/, namespace: 'check-shared' }, (args) => ({ contents: `module.exports = require('./check.cjs').__dpiaShared[${JSON.stringify(args.path)}]();`, loader: 'js', resolveDir: root }));
      b.onResolve({ filter: /^\.\/check\.cjs$/, namespace: 'check-shared' }, () => ({ path: './check.cjs', external: true }));
    },
  };
}

/**
 * dist/messages/<lang>/<area>.json: each message of i18n/<lang>/<area>.json with the
 * elements the ICU parser makes of it, as src/i18n/catalogue.ts parses it at run time
 * (parseMessage, for each language and area it reads), so no run parses a bundled
 * message. The elements are a JSON string of their own, read only for a message that is
 * used.
 */
async function writeMessages() {
  const { areas } = await evaluate([
    "import { AREAS, catalogue, catalogueLanguages, parseMessage } from './src/i18n/catalogue.ts';",
    'export const areas = catalogueLanguages().flatMap((lang) => AREAS.map((area) => [lang, area,',
    '  Object.fromEntries(Object.entries(catalogue(lang, area)).map(([key, text]) => [key, [text, JSON.stringify(parseMessage(text, lang))]]))]));',
  ].join('\n'));
  const out = join(root, 'dist', 'messages');
  const written = new Set();
  for (const [lang, area, parsed] of areas) {
    writeChanged(join(out, lang, `${area}.json`), `${JSON.stringify(parsed)}\n`);
    written.add(join(lang, `${area}.json`));
  }
  // A catalogue that is gone takes its parsed messages with it.
  for (const lang of readdirSync(out)) {
    for (const file of readdirSync(join(out, lang))) if (!written.has(join(lang, file))) rmSync(join(out, lang, file));
    if (readdirSync(join(out, lang)).length === 0) rmSync(join(out, lang), { recursive: true });
  }
}

/**
 * The programmatic API (src/api.ts): dist/api.cjs is its one bundle, apart from the CLI's,
 * which never load it; dist/api.mjs gives its exports to `import` (one copy of the code,
 * so an error is an instance of the same InputError either way); dist/api.d.ts and
 * api.d.cts declare them, bundled by dts-bundle-generator so that they import nothing: a
 * user of the package installs no dependency.
 */
async function writeApiEntries() {
  // esbuild's metafile lists exports for ES module output only: the bundle says what it exports.
  const names = Object.keys(createRequire(import.meta.url)(join(root, 'dist', 'api.cjs'))).filter((name) => name !== 'default').sort();
  if (names.length === 0) throw new Error('dist/api.cjs exports nothing');
  writeFileSync(join(root, 'dist', 'api.mjs'), [
    "// dpia's programmatic API for `import`: the exports of the CommonJS bundle beside it.",
    "import api from './api.cjs';",
    '',
    `export const { ${names.join(', ')} } = api;`,
    '',
  ].join('\n'));
  // Bundling the declarations type-checks the API's sources, seconds of work: skipped while
  // the sources are those of the declarations in dist/ (the build id hashes src/ and package.json).
  const stamp = join(root, 'node_modules', '.cache', 'dpia-build', 'api-declarations.id');
  const id = buildId();
  const targets = ['api.d.ts', 'api.d.cts'].map((file) => join(root, 'dist', file));
  if (targets.every((file) => existsSync(file)) && existsSync(stamp) && readFileSync(stamp, 'utf8') === id) return;
  const { generateDtsBundle } = await import('dts-bundle-generator');
  const [declarations] = generateDtsBundle([{ filePath: join(root, 'src', 'api.ts'), output: { noBanner: true, exportReferencedTypes: false } }], { preferredConfigPath: join(root, 'scripts', 'tsconfig.api.json') });
  const text = `// dpia's programmatic API (README: "Using dpia from code"). Generated from src/api.ts.\n${declarations}`;
  for (const file of targets) writeFileSync(file, text);
  mkdirSync(dirname(stamp), { recursive: true });
  writeFileSync(stamp, id);
}

/**
 * The build is deterministic, and a rebuild rewrites only what changed, each file whole
 * (a temporary file renamed over it): a test run or a CLI reading dist/ meanwhile (CI runs
 * the suite on three Node.js versions at once) never sees half a bundle, and an unchanged
 * bundle keeps its time, so its code cache stays valid.
 */
function writeChanged(path, contents) {
  const bytes = typeof contents === 'string' ? Buffer.from(contents) : Buffer.from(contents.buffer, contents.byteOffset, contents.byteLength);
  if (existsSync(path) && readFileSync(path).equals(bytes)) return;
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, bytes);
  renameSync(tmp, path);
}

/**
 * dist/THIRD-PARTY-LICENSES.txt: the licence of every package whose code is bundled (the
 * minified bundles carry no legal comments), so a user of the package gets the notices the
 * licences ask for. Sorted by package, the same bytes for the same dependencies.
 */
function writeThirdPartyLicences(inputs) {
  const packages = new Map();
  for (const input of inputs) {
    const match = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input);
    if (!match || packages.has(match[1])) continue;
    add(match[1]);
    // A package that ships a bundle of its own (docx's dist/ holds nanoid and fflate) names
    // what it bundled in esbuild's "// node_modules/x/…" comments: those licences too.
    if (/\.(c|m)?js$/.test(input)) {
      for (const [, name] of readFileSync(join(root, input), 'utf8').matchAll(/^\/\/ node_modules\/((?:@[\w-][^/]*\/)?[\w-][^/]*)\//gm)) {
        const path = [join(match[1], 'node_modules', name), join('node_modules', name)].find((p) => existsSync(join(root, p, 'package.json')));
        if (path) add(path);
      }
    }
  }
  function add(path) {
    if (packages.has(path)) return;
    const dir = join(root, path);
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    const file = readdirSync(dir).filter((f) => /^(licen[cs]e|copying|notice)/i.test(f)).sort()[0];
    packages.set(path, { name: pkg.name, version: pkg.version, license: pkg.license ?? 'see the text', node: pkg.engines?.node, text: file ? readFileSync(join(dir, file), 'utf8').trim() : undefined });
  }
  const entries = [...packages.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.version < b.version ? -1 : 1));
  const seen = new Set();
  const parts = [];
  for (const p of entries) {
    const key = `${p.name}@${p.version}`;
    if (seen.has(key)) continue;
    seen.add(key);
    parts.push(`${key} (${p.license})\n\n${p.text ?? `Licensed under ${p.license}; the package ships no licence file.`}`);
  }
  // The Node.js versions each bundled package accepts: package.json's engines must not promise more (test/cli/engines.test.ts).
  const engines = Object.fromEntries([...seen].map((key) => [key, entries.find((p) => `${p.name}@${p.version}` === key).node ?? null]));
  writeChanged(join(root, 'dist', 'bundled-engines.json'), `${JSON.stringify(engines, null, 2)}\n`);
  const header = 'dpia bundles code from the packages below into dist/. Their licences follow, one per package.';
  writeChanged(join(root, 'dist', 'THIRD-PARTY-LICENSES.txt'), `${header}\n\n${parts.join(`\n\n${'-'.repeat(72)}\n\n`)}\n`);
}

/**
 * The bundled templates, precompiled (Handlebars.precompile, under the key and with the
 * options src/render/templates.ts looks them up by and compiles with: templateKey,
 * COMPILE_OPTIONS), sorted, so the same templates give the same bytes. Precompiled code is
 * some six times its template's size, so the command bundles do not carry it: each
 * document's templates (itself, the partials it reaches with {{> name}}, and the layout)
 * are a file of their own, dist/templates/<doc>.cjs, required when that document is
 * rendered: a notice compiles none of the report's. The bundles carry only which key is in
 * which file; the API bundle (one file) carries them all.
 * Returns src/render/precompiled.ts for each kind of bundle, and the documents' files.
 */
async function precompiledTemplates() {
  const { templateKey, COMPILE_OPTIONS } = await evaluate("export { templateKey, COMPILE_OPTIONS } from './src/render/templates.ts';");
  const dir = join(root, 'templates');
  const specs = new Map();
  /** Template file (relative to templates/) → its key. */
  const keyOf = new Map();
  const walk = (folder) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.hbs')) {
        const source = readFileSync(path, 'utf8');
        const kind = entry.name === 'layout.html.hbs' ? 'layout' : 'document';
        const key = templateKey(kind, source);
        specs.set(key, Handlebars.precompile(source, COMPILE_OPTIONS[kind]));
        keyOf.set(relative(dir, path).split(sep).join('/'), key);
      }
    }
  };
  walk(dir);
  const sorted = (keys) => [...keys].sort();
  const object = (keys) => `{\n${sorted(keys).map((key) => `  ${JSON.stringify(key)}: ${specs.get(key)},`).join('\n')}\n}`;
  // Each document's templates: it, the partials it reaches, the layout.
  const docs = readdirSync(dir).filter((name) => name.endsWith('.md.hbs')).map((name) => name.slice(0, -'.md.hbs'.length)).sort();
  const groups = new Map();
  for (const doc of docs) {
    const files = new Set([`${doc}.md.hbs`, 'layout.html.hbs']);
    const todo = [`${doc}.md.hbs`];
    while (todo.length > 0) {
      for (const [, name] of readFileSync(join(dir, todo.pop()), 'utf8').matchAll(/\{\{~?#?>\s*([\w-]+)/g)) {
        const file = `partials/${name}.hbs`;
        if (keyOf.has(file) && !files.has(file)) {
          files.add(file);
          todo.push(file);
        }
      }
    }
    groups.set(doc, new Set([...files].map((file) => keyOf.get(file))));
  }
  // A partial no document reaches is still precompiled (an override's document may use it): with the first.
  for (const key of specs.keys()) if (![...groups.values()].some((keys) => keys.has(key))) groups.get(docs[0]).add(key);
  const where = Object.fromEntries(sorted(specs.keys()).map((key) => [key, docs.filter((doc) => groups.get(doc).has(key))]));
  const split = [
    `const WHERE = ${JSON.stringify(where)};`,
    `const FILES = {\n${docs.map((doc) => `  ${JSON.stringify(doc)}: () => require(${JSON.stringify(`../templates/${doc}.cjs`)}),`).join('\n')}\n};`,
    'export const isPrecompiled = (key) => Object.hasOwn(WHERE, key);',
    'export function precompiled(key, doc) {',
    '  const docs = WHERE[key];',
    '  return docs === undefined ? undefined : FILES[docs.includes(doc) ? doc : docs[0]]()[key];',
    '}',
    '',
  ].join('\n');
  const inline = [
    `const ALL = ${object(specs.keys())};`,
    'export const isPrecompiled = (key) => Object.hasOwn(ALL, key);',
    'export const precompiled = (key) => ALL[key];',
    '',
  ].join('\n');
  return { split, inline, files: docs.map((doc) => [doc, `module.exports = ${object(groups.get(doc))};\n`]) };
}

function buildId() {
  const hash = createHash('sha256');
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else hash.update(path.slice(root.length)).update('\0').update(readFileSync(path)).update('\0');
    }
  };
  walk(join(root, 'src'));
  hash.update(readFileSync(join(root, 'package.json')));
  return hash.digest('hex').slice(0, 16);
}

/**
 * A data-only module (DATA_MODULES) as the bundle gets it: evaluated now, each export
 * written as a literal. TypeBox's markers are registered symbols (Symbol.for), written as
 * such; anything that is not plain data (a function, a class instance, a private symbol)
 * stops the build.
 */
async function dataModule(file, { schemas = true } = {}) {
  const all = await evaluate(`export * from './${file}';`);
  // Without schemas: the module's constants only (versions, patterns, enumerations), not its TypeBox schemas.
  const exports = Object.fromEntries(Object.entries(all).filter(([, value]) => schemas || !isSchema(value)));
  // The literal of each value, once per object; TypeBox copies a schema into every place
  // that uses it, so an object written twice or more is written once, as a const.
  const texts = new WeakMap();
  const counts = new Map();
  const firstOf = new Map();
  const text = (value, at) => {
    if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) return JSON.stringify(value);
    if (value === undefined) return 'undefined';
    if (typeof value !== 'object') throw new Error(`${file}: ${at} is not plain data`);
    if (texts.has(value)) return texts.get(value);
    let out;
    if (Array.isArray(value)) out = `[${value.map((item, i) => text(item, `${at}[${i}]`)).join(',')}]`;
    else {
      const proto = Object.getPrototypeOf(value);
      if (proto !== Object.prototype && proto !== null) throw new Error(`${file}: ${at} is not plain data`);
      const parts = Object.keys(value).map((key) => `${JSON.stringify(key)}:${text(value[key], `${at}.${key}`)}`);
      for (const symbol of Object.getOwnPropertySymbols(value)) {
        const name = Symbol.keyFor(symbol);
        if (name === undefined) throw new Error(`${file}: ${at} has a symbol that is not registered`);
        parts.push(`[Symbol.for(${JSON.stringify(name)})]:${text(value[symbol], `${at}[${name}]`)}`);
      }
      out = `{${parts.join(',')}}`;
    }
    texts.set(value, out);
    counts.set(out, (counts.get(out) ?? 0) + 1);
    if (!firstOf.has(out)) firstOf.set(out, value);
    return out;
  };
  const names = Object.keys(exports).sort();
  for (const name of names) text(exports[name], name);
  // Shared: written more than once and long enough to be worth a name; shorter ones first,
  // as a longer one can only hold shorter ones. Sorted, so the same schema gives the same bytes.
  const shared = [...counts].filter(([t, n]) => n > 1 && t.length > 64).map(([t]) => t)
    .sort((x, y) => x.length - y.length || (x < y ? -1 : 1));
  const ids = new Map(shared.map((t, i) => [t, `$${i}`]));
  const emit = (value, self) => {
    if (value === null || typeof value !== 'object') return value === undefined ? 'undefined' : JSON.stringify(value);
    const t = texts.get(value);
    if (t !== self && ids.has(t)) return ids.get(t);
    if (Array.isArray(value)) return `[${value.map((item) => emit(item)).join(',')}]`;
    const parts = Object.keys(value).map((key) => `${JSON.stringify(key)}:${emit(value[key])}`);
    for (const symbol of Object.getOwnPropertySymbols(value)) parts.push(`[Symbol.for(${JSON.stringify(Symbol.keyFor(symbol))})]:${emit(value[symbol])}`);
    return `{${parts.join(',')}}`;
  };
  return [
    `// Generated by scripts/build.mjs from ${file}.`,
    ...shared.map((t) => `const ${ids.get(t)} = ${emit(firstOf.get(t), t)};`),
    ...names.map((name) => `export const ${name} = ${emit(exports[name])};`),
    '',
  ].join('\n');
}

function isSchema(value) {
  return typeof value === 'object' && value !== null && Object.getOwnPropertySymbols(value).some((symbol) => Symbol.keyFor(symbol) === 'TypeBox.Kind');
}

/** The exports of a module written as `contents` (TypeScript, paths from the root), bundled and run now. */
async function evaluate(contents) {
  const tmp = join(root, 'node_modules', '.cache', 'dpia-build');
  mkdirSync(tmp, { recursive: true });
  const script = join(tmp, `evaluate-${process.pid}-${createHash('sha256').update(contents).digest('hex').slice(0, 12)}.mjs`);
  await build({ absWorkingDir: root, stdin: { contents, resolveDir: root, loader: 'ts' }, outfile: script, bundle: true, format: 'esm', platform: 'node', logLevel: 'warning' });
  try {
    return await import(pathToFileURL(script).href);
  } finally {
    rmSync(script, { force: true });
  }
}

/** What check needs of the schema on every run (src/model/schema-shape.ts), as data: the schema itself stays out of its bundle. */
async function generateSchemaShape() {
  const { shape, durations } = await evaluate("import { AssessmentSchema } from './src/model/schema.ts'; import { keyShapeOf, durationPathsOf } from './src/model/schema-shape.ts'; export const shape = keyShapeOf(AssessmentSchema); export const durations = durationPathsOf(AssessmentSchema);");
  writeChanged(join(root, 'src', 'model', 'generated', 'schema-shape-data.ts'), [
    '// Generated by scripts/build.mjs from src/model/schema.ts (src/model/schema-shape.ts); do not edit.',
    '// test/model/generated.test.ts fails when it is out of date.',
    "import type { DurationPath, KeyShape } from '../schema-shape.ts';",
    '',
    `export const KEY_SHAPE: KeyShape = ${JSON.stringify(shape)};`,
    '',
    `export const DURATION_PATHS: readonly DurationPath[] = ${JSON.stringify(durations)};`,
    '',
  ].join('\n'));
}

async function generateValidator() {
  const { code: compiled, schema, isoDuration, textDuration } = await evaluate("import { TypeCompiler } from '@sinclair/typebox/compiler'; import { AssessmentSchema, DURATION_PATTERN, DURATION_TEXT_PATTERN } from './src/model/schema.ts'; export const code = TypeCompiler.Code(AssessmentSchema, [], { language: 'javascript' }); export const schema = JSON.parse(JSON.stringify(AssessmentSchema)); export const isoDuration = new RegExp(DURATION_PATTERN).toString(); export const textDuration = new RegExp(DURATION_TEXT_PATTERN).toString();");
  writeChanged(join(root, 'src', 'model', 'generated', 'assessment-type.ts'), assessmentTypeFile(schema));
  // The pattern of a duration in words (two languages, every letter a class of its two
  // cases) costs V8 some 5 ms to compile on its first test, in every run that validates a
  // file. What it accepts includes every ISO duration in upper case, the form dpia writes
  // and most files hold: so the short ISO pattern is tried first, and the long one is
  // compiled only for a duration written otherwise. Same answers (test/model/generated.test.ts).
  const declaration = `= ${textDuration};`;
  const uses = compiled.split(declaration).length - 1;
  if (uses === 0) throw new Error('the generated validator no longer holds the duration-in-words pattern as TypeCompiler printed it: look at generateValidator in scripts/build.mjs');
  const code = compiled.replaceAll(declaration, `= { iso: ${isoDuration}, words: undefined, test(value) { return this.iso.test(value) || (this.words ??= ${textDuration}).test(value); } };`);
  const out = join(root, 'src', 'model', 'generated', 'check-assessment.ts');
  const text = [
    '// @ts-nocheck',
    '// Generated by scripts/build.mjs from src/model/schema.ts (TypeBox TypeCompiler); do not edit.',
    '// test/model/generated.test.ts fails when it is out of date.',
    'export const checkAssessment: (value: unknown) => boolean = (() => {',
    code.trim(),
    '})();',
    '',
  ].join('\n');
  writeChanged(out, text);
}

