// Start-up speed for Node.js 20, where `module.enableCompileCache()` (Node 22.1+) does not
// exist: our CommonJS bundles in dist/ are compiled with V8's code cache, kept in the
// temp folder. The cache is written after the command ran, so it also holds the
// functions V8 compiled lazily while running — most of the cost of a cold start.
// Anything that goes wrong here only costs speed: we fall back to a plain compile.
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import Module from 'node:module';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { Script } from 'node:vm';

interface Compiled {
  script: Script;
  filename: string;
  cacheFile: string;
  hadCache: boolean;
}

type ModuleLike = { exports: unknown; require: NodeJS.Require; filename: string };
type ModuleInternals = {
  _extensions: Record<string, (module: ModuleLike, filename: string) => void>;
  wrap(source: string): string;
};

export function installCompileCache(distDir: string): void {
  const native = (Module as unknown as { enableCompileCache?: () => unknown }).enableCompileCache;
  if (typeof native === 'function') {
    native();
    return;
  }
  const internals = Module as unknown as ModuleInternals;
  const original = internals._extensions['.cjs'] ?? internals._extensions['.js'];
  const cacheDir = join(tmpdir(), `dpia-compile-cache-${process.getuid?.() ?? 'user'}`);
  const compiled: Compiled[] = [];
  internals._extensions['.cjs'] = (module, filename) => {
    if (!filename.startsWith(distDir)) return original(module, filename);
    const source = readFileSync(filename, 'utf8');
    // V8 checks the source and its own version and flags against the cache itself; the
    // name only has to change when the bundle does, so size and time are enough.
    const stat = statSync(filename);
    const cacheFile = join(cacheDir, `${basename(filename)}-${process.version}-${stat.size}-${Math.floor(stat.mtimeMs)}.bin`);
    let cachedData: Buffer | undefined;
    try {
      cachedData = readFileSync(cacheFile);
    } catch {
      cachedData = undefined;
    }
    const script = new Script(internals.wrap(source), { filename, cachedData });
    compiled.push({ script, filename, cacheFile, hadCache: cachedData !== undefined && !script.cachedDataRejected });
    const fn = script.runInThisContext() as (...args: unknown[]) => void;
    fn.call(module.exports, module.exports, module.require.bind(module), module, filename, dirname(filename));
  };
  process.once('exit', () => {
    for (const entry of compiled) {
      if (entry.hadCache) continue;
      try {
        mkdirSync(cacheDir, { recursive: true, mode: 0o700 });
        const temp = `${entry.cacheFile}.${process.pid}.tmp`;
        writeFileSync(temp, entry.script.createCachedData());
        renameSync(temp, entry.cacheFile);
        // Caches of earlier builds of the same bundle are dead weight.
        const prefix = `${basename(entry.filename)}-`;
        for (const name of readdirSync(cacheDir)) {
          if (name.startsWith(prefix) && join(cacheDir, name) !== entry.cacheFile && !name.endsWith('.tmp')) unlinkSync(join(cacheDir, name));
        }
      } catch {
        // A read-only or full temp folder only means the next start is not faster.
      }
    }
  });
}
