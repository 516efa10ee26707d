// Remembers the fields dpia scan read from each schema file, as check's result cache
// remembers findings: an entry is named by the SHA-256 of the file's path, the SQL
// dialect and its bytes, so a file whose bytes are the same is not parsed again (nor is
// the SQL parser's WebAssembly loaded, when every SQL file is answered). In this build's
// own folder of the cache folder (src/boot/cache-dir.ts: private, checked, pruned with
// check's); `--no-cache` skips it; only bundled builds use it, never in-process tests.
import { join } from 'node:path';
import { cacheRoot, privateDir, readPrivate, writePrivate } from '../boot/cache-dir.ts';
import type { ExtractedSql } from './extract/sql.ts';
import type { Extracted } from './field.ts';

declare const __DPIA_BUILD_ID__: string | undefined;
const BUILD_ID = typeof __DPIA_BUILD_ID__ === 'string' ? __DPIA_BUILD_ID__ : undefined;

export type CachedFields = (Extracted & Partial<Pick<ExtractedSql, 'changes'>>) | { none: true };

export class FieldCache {
  private constructor(private readonly dir: string) {}

  /** undefined when caching is off, the build is not bundled, or no safe folder is found. */
  static open(enabled: boolean, where: { location?: string; cwd: string; env: NodeJS.ProcessEnv }): FieldCache | undefined {
    if (!enabled || BUILD_ID === undefined) return undefined;
    const root = cacheRoot(where);
    const dir = root === undefined ? undefined : privateDir(root, 'scan', BUILD_ID);
    return dir === undefined ? undefined : new FieldCache(dir);
  }

  static key(display: string, dialect: string | undefined, text: string): string {
    return process.getBuiltinModule('node:crypto').createHash('sha256').update(`${display}\0${dialect ?? ''}\0`).update(text).digest('hex');
  }

  get(key: string): CachedFields | undefined {
    const read = readPrivate(join(this.dir, `${key}.json`));
    if (!read) return undefined;
    try {
      return JSON.parse(read.data.toString('utf8')) as CachedFields;
    } catch {
      return undefined;
    }
  }

  set(key: string, value: CachedFields): void {
    writePrivate(join(this.dir, `${key}.json`), JSON.stringify(value));
  }
}
