// Remembers what `dpia check` found in a file, like the caches of ESLint, Prettier and
// Ruff: a file whose bytes, date, language, configuration, message catalogues and dpia
// build are the same as last time gets last time's findings (with their words) without
// being parsed again. One entry per file path, in this build's own folder of the cache
// folder (src/boot/cache-dir.ts: `--cache-location`, the project's
// node_modules/.cache/dpia or the user's cache folder; private, checked, pruned);
// `--no-cache` skips it. Only bundled builds use it (the build id changes with every
// change to the sources), never in-process tests.
//
// Whether the bytes are the same is told as git tells it of its index: a file whose
// device, inode, size, modification and change times (to the nanosecond) are those of
// the entry has not been written since, and is neither read nor hashed again. Any write,
// rename or chmod moves the change time, which no program can set back. An entry made
// within a few seconds of the file's last change is "racy" (the file could change again
// within the same tick of a coarse clock), as is any entry whose file has another
// identity now (a fresh checkout, another machine's cache): then the file is read and its
// SHA-256 compared with the entry's. So an unchanged file costs a stat, and only a file
// that may have changed loads node:crypto (some 7 to 14 ms of a start).
import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from '../config.ts';
import type { Analysis } from './analyse.ts';
import { catalogueStamp } from '../i18n/catalogue.ts';
import { cacheRoot, privateDir, readPrivate, touch, writePrivate } from '../boot/cache-dir.ts';

declare const __DPIA_BUILD_ID__: string | undefined;
const BUILD_ID = typeof __DPIA_BUILD_ID__ === 'string' ? __DPIA_BUILD_ID__ : undefined;
const DAY = 24 * 60 * 60 * 1000;
/** How long a file must have been left alone before its entry is made for its stat alone to vouch for its bytes. */
export const RACY_MS = 3000;

export interface CacheSettings {
  today: string;
  lang?: string;
  config: Config;
}

interface Entry {
  path: string;
  /** Everything but the file that the findings depend on (ResultCache.settings). */
  settings: string;
  /** The file's identity and times when it was read (fileStamp); undefined when it could not be taken. */
  stamp?: string;
  /** Whether the stamp alone vouches for the bytes: the file had been left alone for RACY_MS when it was read. */
  trusted: boolean;
  sha256: string;
  analysis: Analysis;
}

/** One file's look-up: its entry, if any, and its stamp, taken before it is read. */
export interface Probe {
  path: string;
  stamp: string | undefined;
  /** When the stamp was taken (ms). */
  at: number;
  entry: Entry | undefined;
  /** The analysis, when the stamp alone answers. */
  analysis: Analysis | undefined;
}

export class ResultCache {
  /** What an entry must match besides the file: the build, date, language, configuration and catalogues (stat of each file), once per run. */
  private readonly settings: string;

  private constructor(private readonly dir: string, input: CacheSettings) {
    const { root: _root, file: _file, ...config } = input.config;
    this.settings = `${JSON.stringify([BUILD_ID, input.today, input.lang ?? null, config])}\0${catalogueStamp()}`;
  }

  /** undefined when caching is off, the build is not bundled, or no safe folder is found. */
  static open(enabled: boolean, where: { location?: string; cwd: string; env: NodeJS.ProcessEnv }, settings: CacheSettings): ResultCache | undefined {
    if (!enabled || BUILD_ID === undefined) return undefined;
    const root = cacheRoot(where);
    const dir = root === undefined ? undefined : privateDir(root, 'check', BUILD_ID);
    return dir === undefined ? undefined : new ResultCache(dir, settings);
  }

  /** The file's entry and stamp; the analysis too when the stamp alone vouches for the bytes. */
  probe(path: string): Probe {
    const at = Date.now();
    const stamp = fileStamp(path);
    const entry = this.read(path);
    const answered = entry !== undefined && entry.trusted && stamp !== undefined && entry.stamp === stamp;
    return { path, stamp, at, entry, analysis: answered ? entry.analysis : undefined };
  }

  /**
   * The entry's analysis when the file's bytes, read now, are those it was made from. The
   * entry then takes the file's stamp of now (as git refreshes its index), so that the next
   * run can answer by the stamp alone once the file has been left alone long enough.
   */
  byContent(probe: Probe, text: string): Analysis | undefined {
    const entry = probe.entry;
    if (entry === undefined) return undefined;
    const hash = sha256(text);
    if (entry.sha256 !== hash) return undefined;
    const trusted = isTrusted(probe);
    if (entry.stamp !== probe.stamp || entry.trusted !== trusted) this.write({ ...entry, stamp: probe.stamp, trusted });
    return entry.analysis;
  }

  set(probe: Probe, text: string, analysis: Analysis): void {
    this.write({ path: probe.path, settings: this.settings, stamp: probe.stamp, trusted: isTrusted(probe), sha256: sha256(text), analysis });
  }

  private write(entry: Entry): void {
    // A cache that cannot be written only means the next run does the work again.
    writePrivate(this.entryFile(entry.path), JSON.stringify(entry));
  }

  private read(path: string): Entry | undefined {
    const file = this.entryFile(path);
    const read = readPrivate(file);
    if (!read) return undefined;
    try {
      const entry = JSON.parse(read.data.toString('utf8')) as Entry;
      if (entry.path !== path || entry.settings !== this.settings) return undefined;
      // Used today: pruning keeps it (refreshed at most once a day).
      if (Date.now() - read.mtimeMs > DAY) touch(file);
      return entry;
    } catch {
      return undefined;
    }
  }

  /** The entry's file: named by a hash of the path (two paths that share one only take turns; the entry names its path). */
  private entryFile(path: string): string {
    return join(this.dir, `${slot(path)}.json`);
  }
}

/** Device, inode, size and the modification and change times in nanoseconds; undefined when the file cannot be stat'ed. */
function fileStamp(path: string): string | undefined {
  try {
    const stat = statSync(path, { bigint: true });
    return [stat.dev, stat.ino, stat.size, stat.mtimeNs, stat.ctimeNs].join(':');
  } catch {
    return undefined;
  }
}

/** Whether the stamp vouches for the bytes: the file had been left alone for RACY_MS when it was stat'ed. */
function isTrusted(probe: Probe): boolean {
  if (probe.stamp === undefined) return false;
  const changedMs = Number(BigInt(probe.stamp.slice(probe.stamp.lastIndexOf(':') + 1)) / 1_000_000n);
  return changedMs <= probe.at - RACY_MS;
}

function sha256(text: string): string {
  return process.getBuiltinModule('node:crypto').createHash('sha256').update(text).digest('hex');
}

/** 64-bit FNV-1a of the path, as 16 hex digits: a name for its entry's file, not a check of anything. */
function slot(path: string): string {
  let low = 0x84222325;
  let high = 0xcbf29ce4;
  for (let i = 0; i < path.length; i++) {
    low ^= path.charCodeAt(i);
    // Multiply by the FNV prime 2^40 + 0x1b3, in 32-bit halves.
    const lowProduct = low * 0x1b3;
    high = (Math.imul(high, 0x1b3) + Math.imul(low, 0x100) + Math.floor(lowProduct / 0x100000000)) >>> 0;
    low = lowProduct >>> 0;
  }
  return high.toString(16).padStart(8, '0') + low.toString(16).padStart(8, '0');
}
