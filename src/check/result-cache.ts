// Remembers what `dpia check` found in a file, like the caches of ESLint, Prettier and
// Ruff: a file whose bytes, date, language, configuration, message catalogues and dpia
// build are the same as last time gets last time's findings (with their words) without
// being parsed again. One entry per file path, in the temp folder; `--no-cache` skips it.
// Only bundled builds use it (the build id changes with every change to the sources),
// never in-process tests.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Config } from '../config.ts';
import type { Analysis } from './analyse.ts';
import { catalogueStamp } from '../i18n/catalogue.ts';

declare const __DPIA_BUILD_ID__: string | undefined;
const BUILD_ID = typeof __DPIA_BUILD_ID__ === 'string' ? __DPIA_BUILD_ID__ : undefined;

export interface CacheInput {
  path: string;
  text: string;
  today: string;
  lang?: string;
  config: Config;
}

export class ResultCache {
  private readonly dir = join(tmpdir(), `dpia-cache-${process.getuid?.() ?? 'user'}`, 'check');

  static open(enabled: boolean): ResultCache | undefined {
    return enabled && BUILD_ID !== undefined ? new ResultCache() : undefined;
  }

  get(input: CacheInput): Analysis | undefined {
    try {
      const entry = JSON.parse(readFileSync(this.entryFile(input.path), 'utf8')) as { key: string; analysis: Analysis };
      return entry.key === key(input) ? entry.analysis : undefined;
    } catch {
      return undefined;
    }
  }

  set(input: CacheInput, analysis: Analysis): void {
    try {
      mkdirSync(this.dir, { recursive: true, mode: 0o700 });
      const file = this.entryFile(input.path);
      const temp = `${file}.${process.pid}.tmp`;
      writeFileSync(temp, JSON.stringify({ key: key(input), analysis }));
      renameSync(temp, file);
    } catch {
      // A cache that cannot be written only means the next run does the work again.
    }
  }

  private entryFile(path: string): string {
    return join(this.dir, `${createHash('sha256').update(path).digest('hex').slice(0, 32)}.json`);
  }
}

function key(input: CacheInput): string {
  const { root: _root, file: _file, ...settings } = input.config;
  return createHash('sha256')
    .update(JSON.stringify([BUILD_ID, input.today, input.lang ?? null, settings]))
    .update('\0')
    .update(catalogueStamp())
    .update('\0')
    .update(input.text)
    .digest('hex');
}
