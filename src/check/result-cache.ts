// Remembers what `dpia check` found in a file, like the caches of ESLint, Prettier and
// Ruff: a file whose bytes, date, language, configuration, message catalogues and dpia
// build are the same as last time gets last time's findings (with their words) without
// being parsed again. One entry per file path, in this build's own folder of the cache
// folder (src/boot/cache-dir.ts: `--cache-location`, the project's
// node_modules/.cache/dpia or the user's cache folder; private, checked, pruned);
// `--no-cache` skips it. Only bundled builds use it (the build id changes with every
// change to the sources), never in-process tests.
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { Config } from '../config.ts';
import type { Analysis } from './analyse.ts';
import { catalogueStamp } from '../i18n/catalogue.ts';
import { cacheRoot, privateDir, readPrivate, touch, writePrivate } from '../boot/cache-dir.ts';

declare const __DPIA_BUILD_ID__: string | undefined;
const BUILD_ID = typeof __DPIA_BUILD_ID__ === 'string' ? __DPIA_BUILD_ID__ : undefined;
const DAY = 24 * 60 * 60 * 1000;

export interface CacheInput {
  path: string;
  text: string;
  today: string;
  lang?: string;
  config: Config;
}

export class ResultCache {
  /** The catalogues as they are for this run (stat of each file): once, not once per file. */
  private readonly stamp = catalogueStamp();

  private constructor(private readonly dir: string) {}

  /** undefined when caching is off, the build is not bundled, or no safe folder is found. */
  static open(enabled: boolean, where: { location?: string; cwd: string; env: NodeJS.ProcessEnv }): ResultCache | undefined {
    if (!enabled || BUILD_ID === undefined) return undefined;
    const root = cacheRoot(where);
    const dir = root === undefined ? undefined : privateDir(root, 'check', BUILD_ID);
    return dir === undefined ? undefined : new ResultCache(dir);
  }

  /** What a file's entry must match: its bytes and everything else its findings depend on. */
  key(input: CacheInput): string {
    return key(input, this.stamp);
  }

  get(path: string, entryKey: string): Analysis | undefined {
    const file = this.entryFile(path);
    const read = readPrivate(file);
    if (!read) return undefined;
    try {
      const entry = JSON.parse(read.data.toString('utf8')) as { key: string; analysis: Analysis };
      if (entry.key !== entryKey) return undefined;
      // Used today: pruning keeps it (refreshed at most once a day).
      if (Date.now() - read.mtimeMs > DAY) touch(file);
      return entry.analysis;
    } catch {
      return undefined;
    }
  }

  set(path: string, entryKey: string, analysis: Analysis): void {
    // A cache that cannot be written only means the next run does the work again.
    writePrivate(this.entryFile(path), JSON.stringify({ key: entryKey, analysis }));
  }

  private entryFile(path: string): string {
    return join(this.dir, `${createHash('sha256').update(path).digest('hex').slice(0, 32)}.json`);
  }
}

function key(input: CacheInput, stamp: string): string {
  const { root: _root, file: _file, ...settings } = input.config;
  return createHash('sha256')
    .update(JSON.stringify([BUILD_ID, input.today, input.lang ?? null, settings]))
    .update('\0')
    .update(stamp)
    .update('\0')
    .update(input.text)
    .digest('hex');
}
