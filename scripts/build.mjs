// Builds dist/ with esbuild:
// - dist/cli.cjs: the command table; each command is its own bundle in dist/commands/,
//   required only when that command runs, so `dpia check` never loads the interview
//   (inquirer), the templates (handlebars) or Markdown (marked);
// - dist/boot.cjs: V8 code cache for those bundles (src/boot/compile-cache.ts), kept in the
//   cache folder of src/boot/cache-dir.ts;
// - src/model/generated/check-assessment.ts: the schema's validator, compiled ahead of
//   time from src/model/schema.ts, so no start-up is spent generating it.
// CommonJS because Node.js 20 can code-cache only CommonJS; one bundle per command starts
// faster than hundreds of module files.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { existsSync, readdirSync, readFileSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';
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
  // ESM sources use import.meta.url; in a CommonJS bundle it is the bundle's own URL.
  // The build id changes with any source change; `check`'s result cache is keyed on it.
  define: { 'import.meta.url': '__dpiaImportMetaUrl', __DPIA_BUILD_ID__: JSON.stringify(buildId()) },
  banner: { js: "var __dpiaImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
};

await generateValidator();

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
const commands = readdirSync(join(root, 'src', 'commands')).filter((f) => f.endsWith('.ts')).map((f) => f.slice(0, -3));

const results = await Promise.all([
  build({ ...common, metafile: true, entryPoints: ['src/cli.ts'], outfile: 'dist/cli.cjs', plugins: [versionOnly, commandsExternal, lazyChildProcess] }),
  build({ ...common, metafile: true, entryPoints: ['src/boot/compile-cache.ts'], outfile: 'dist/boot.cjs' }),
  ...commands.map((name) => build({ ...common, metafile: true, entryPoints: [`src/commands/${name}.ts`], outfile: `dist/commands/${name}.cjs` })),
  build({ ...common, metafile: true, entryPoints: ['src/api.ts'], outfile: 'dist/api.cjs' }),
]);
writeThirdPartyLicences(results.flatMap((r) => Object.keys(r.metafile.inputs)));
await writeApiEntries();

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
 * dist/THIRD-PARTY-LICENSES.txt: the licence of every package whose code is bundled (the
 * minified bundles carry no legal comments), so a user of the package gets the notices the
 * licences ask for. Sorted by package, the same bytes for the same dependencies.
 */
function writeThirdPartyLicences(inputs) {
  const packages = new Map();
  for (const input of inputs) {
    const match = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input);
    if (!match || packages.has(match[1])) continue;
    const dir = join(root, match[1]);
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    const file = readdirSync(dir).filter((f) => /^(licen[cs]e|copying|notice)/i.test(f)).sort()[0];
    packages.set(match[1], { name: pkg.name, version: pkg.version, license: pkg.license ?? 'see the text', node: pkg.engines?.node, text: file ? readFileSync(join(dir, file), 'utf8').trim() : undefined });
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
  writeFileSync(join(root, 'dist', 'bundled-engines.json'), `${JSON.stringify(engines, null, 2)}\n`);
  const header = 'dpia bundles code from the packages below into dist/. Their licences follow, one per package.';
  writeFileSync(join(root, 'dist', 'THIRD-PARTY-LICENSES.txt'), `${header}\n\n${parts.join(`\n\n${'-'.repeat(72)}\n\n`)}\n`);
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

async function generateValidator() {
  const tmp = join(root, 'node_modules', '.cache', 'dpia-build');
  mkdirSync(tmp, { recursive: true });
  const script = join(tmp, 'validator-code.mjs');
  await build({
    absWorkingDir: root,
    stdin: {
      contents: "import { TypeCompiler } from '@sinclair/typebox/compiler'; import { AssessmentSchema } from './src/model/schema.ts'; export const code = TypeCompiler.Code(AssessmentSchema, [], { language: 'javascript' }); export const schema = JSON.parse(JSON.stringify(AssessmentSchema));",
      resolveDir: root,
      loader: 'ts',
    },
    outfile: script,
    bundle: true,
    format: 'esm',
    platform: 'node',
    logLevel: 'warning',
  });
  const { code, schema } = await import(`${pathToFileURL(script).href}?${Date.now()}`);
  rmSync(script, { force: true });
  writeIfChanged(join(root, 'src', 'model', 'generated', 'assessment-type.ts'), assessmentTypeFile(schema));
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
  writeIfChanged(out, text);
}

/** Writes a generated source only when it changed, so its time stamp (and tsx's cache) stays. */
function writeIfChanged(out, text) {
  let current = '';
  try {
    current = readFileSync(out, 'utf8');
  } catch {
    current = '';
  }
  if (current !== text) {
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, text);
  }
}
