// Start-up speed: our CommonJS bundles in dist/ start from V8's code cache, kept in the
// cache folder of src/boot/cache-dir.ts under `code/<build>-<node version>-<arch>`, so
// two builds or two Node.js versions never overwrite each other's entries.
//
// The first run of a build with a cache folder writes no code cache, only the folder: see
// installCompileCache.
//
// We compile the bundles with vm.Script and write each one's cache at exit, so it also
// holds the functions V8 compiled lazily while running (most of the cost of a cold start),
// on every Node.js. Node.js 22's own `module.enableCompileCache()`, used there until
// December 2026, gave a run that reused its cache nothing measurable over no cache at all
// (a `check` of the lead-scoring example that the result cache did not answer: 220 ms
// median either way, 20 pairs on 22.23), and ours does better (25 pairs, Node.js's cache
// against ours: that `check` 220 against 210 ms on 22.23 and 330 against 300 on 24.22; a
// `render --format html` 470 against 430 and 600 against 560).
//
// A run that did not do a command's whole work (`--help`, an error, a check answered from
// the result cache) writes a "partial" entry only where there is none; the next complete
// run replaces it with a complete one, which is then kept. Before, a first short run saved
// a partial cache that every later cold run started from.
//
// Anything that goes wrong here only costs speed: we fall back to a plain compile.
import { existsSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import type { Script } from 'node:vm';
import { cacheRoot, privateDir, pruneDaily, readPrivate, writePrivate } from './cache-dir.ts';
import { isPartialRun } from './run-kind.ts';

declare const __DPIA_BUILD_ID__: string | undefined;
const BUILD_ID = typeof __DPIA_BUILD_ID__ === 'string' ? __DPIA_BUILD_ID__ : 'dev';

interface Compiled {
  script: Script;
  name: string;
  dir: string;
  stem: string;
  loaded: 'complete' | 'partial' | undefined;
}

type ModuleLike = { exports: unknown; require: NodeJS.Require; filename: string };
type ModuleInternals = {
  _extensions: Record<string, (module: ModuleLike, filename: string) => void>;
  wrap(source: string): string;
};

/** The folder of this build's code cache, by the cache folder's rules (`--cache-location` in `args`). */
export function codeCacheKey(): string {
  return `${BUILD_ID}-${process.version}-${process.arch}`;
}

export function installCompileCache(distDir: string, args: string[] = process.argv.slice(2)): void {
  let cwd: string;
  try {
    cwd = process.cwd();
  } catch {
    return; // The current folder was deleted: no project to find, and no cache is needed.
  }
  const root = cacheRoot({ location: cacheLocation(args), cwd, env: process.env });
  if (root === undefined) return;
  // A code cache pays only when a later run reads it, and a cache folder used once (a CI
  // runner on a fresh machine) never does: writing it there costs a cold run some 30 ms for
  // nothing. So the first run of this build with a cache folder only makes the build's
  // folder; the runs after it write the cache and start from it.
  const reused = existsSync(join(root, 'code', codeCacheKey()));
  const dir = privateDir(root, 'code', codeCacheKey());
  // Once a day, after the command: old builds' folders and old result entries go.
  process.once('exit', () => pruneDaily(root, { code: codeCacheKey(), check: BUILD_ID }));
  if (dir === undefined || !reused) return;
  // node:module and node:vm are loaded only here, where a cache is read or written: the
  // public node:module brings Node.js's ES module loader with it (some 4 to 8 ms), which a
  // run without a cache folder to reuse never needs.
  const internals = process.getBuiltinModule('node:module') as unknown as ModuleInternals;
  const { Script } = process.getBuiltinModule('node:vm');
  const original = internals._extensions['.cjs'] ?? internals._extensions['.js'];
  const compiled: Compiled[] = [];
  internals._extensions['.cjs'] = (module, filename) => {
    if (!filename.startsWith(distDir)) return original(module, filename);
    const source = readFileSync(filename, 'utf8');
    // V8 checks the source's length and its own version and flags against the cache, not
    // the source's bytes: the name changes whenever the bundle does (size and time).
    const stat = statSync(filename);
    const name = relative(distDir, filename).replace(/[\\/]/g, '+');
    const stem = `${name}-${stat.size}-${Math.floor(stat.mtimeMs)}`;
    let loaded: Compiled['loaded'];
    let cachedData: Buffer | undefined;
    for (const kind of ['complete', 'partial'] as const) {
      cachedData = readPrivate(join(dir, `${stem}.${kind}.bin`))?.data;
      if (cachedData) {
        loaded = kind;
        break;
      }
    }
    const script = new Script(internals.wrap(source), { filename, cachedData });
    if (script.cachedDataRejected) loaded = undefined;
    compiled.push({ script, name, dir, stem, loaded });
    const fn = script.runInThisContext() as (...args: unknown[]) => void;
    fn.call(module.exports, module.exports, module.require.bind(module), module, filename, dirname(filename));
  };
  process.once('exit', () => {
    // Complete: a command ran to its end (exit 0 or 1) and did not say it skipped work.
    const exitCode = Number(process.exitCode ?? 0);
    const complete = (exitCode === 0 || exitCode === 1) && !isPartialRun() && compiled.some((entry) => entry.name.startsWith('commands+') && entry.name !== 'commands+report-error.cjs');
    for (const entry of compiled) {
      if (entry.loaded === 'complete' || (entry.loaded === 'partial' && !complete)) continue;
      try {
        writePrivate(join(entry.dir, `${entry.stem}.${complete ? 'complete' : 'partial'}.bin`), entry.script.createCachedData());
        // Entries of earlier builds of the same bundle (same build id, other bytes) are dead weight.
        for (const other of readdirSync(entry.dir)) {
          if (other.startsWith(`${entry.name}-`) && !other.startsWith(`${entry.stem}.${complete ? 'complete' : 'partial'}.`)) rmSync(join(entry.dir, other), { force: true });
        }
      } catch {
        // A read-only or full disk only means the next start is not faster.
      }
    }
  });
}

/** `--cache-location <dir>` or `--cache-location=<dir>` among the arguments, before a `--`. */
function cacheLocation(args: string[]): string | undefined {
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--') return undefined;
    if (args[i] === '--cache-location') return args[i + 1];
    if (args[i].startsWith('--cache-location=')) return args[i].slice('--cache-location='.length);
  }
  return undefined;
}
