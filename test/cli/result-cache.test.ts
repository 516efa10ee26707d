// `dpia check` remembers findings per file; a change to anything the findings depend on
// must miss the cache, and --no-cache must bypass it.
import { strict as assert } from 'node:assert';
import { appendFileSync, copyFileSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it, test } from 'node:test';
import { RACY_MS } from '../../src/check/result-cache.ts';
import { builtinProbe, EXAMPLES, runBin, tempDir } from '../helpers/cli.ts';

const work = tempDir('dpia-cache-');
after(work.cleanup);
// CACHE_DIR (find-cache-dir's override) puts the caches in work.dir/dpia.
const env = { TMPDIR: work.dir, CACHE_DIR: work.dir };
const file = join(work.dir, 'lead-scoring.dpia.yaml');
copyFileSync(join(EXAMPLES, 'lead-scoring', 'lead-scoring.dpia.yaml'), file);
const args = ['check', file, '--format', 'json', '--today', '2026-11-29'];

function entries(): string[] {
  const builds = join(work.dir, 'dpia', 'check');
  const [build] = readdirSync(builds);
  const dir = join(builds, build);
  return readdirSync(dir).map((name) => join(dir, name));
}

/** Plants a finding in every cache entry, to see whether a run reads the cache. */
function plant(): void {
  for (const entry of entries()) {
    const data = JSON.parse(readFileSync(entry, 'utf8'));
    data.analysis.findings.push({ rule: 'purpose/vague', severity: 'warning', message: 'planted', path: 'purposes.0', line: 1, column: 1, article: 'GDPR Art. 5(1)(b)', principle: 'purpose', hint: '' });
    writeFileSync(entry, JSON.stringify(data));
  }
}

const planted = (stdout: string) => stdout.includes('"planted"');

test('a second run with the same input is answered from the cache', () => {
  const first = runBin(args, { env });
  assert.equal(first.code, 0, first.stderr);
  assert.equal(entries().length, 1);
  plant();
  assert.ok(planted(runBin(args, { env }).stdout), 'the cached analysis was not used');
  assert.ok(!planted(runBin([...args, '--no-cache'], { env }).stdout), '--no-cache used the cache');
});

test('another date, language or file content misses the cache', () => {
  runBin(args, { env });
  plant();
  assert.ok(!planted(runBin(['check', file, '--format', 'json', '--today', '2026-11-30'], { env }).stdout), 'date change hit the cache');
  plant();
  assert.ok(!planted(runBin([...args, '--lang', 'nb'], { env }).stdout), 'language change hit the cache');
  plant();
  appendFileSync(file, '# a comment changes the bytes\n');
  assert.ok(!planted(runBin(args, { env }).stdout), 'content change hit the cache');
});

test('a changed config misses the cache', () => {
  runBin(args, { env, cwd: work.dir });
  plant();
  writeFileSync(join(work.dir, 'dpia.config.yaml'), 'rules:\n  purpose/vague: "off"\n');
  assert.ok(!planted(runBin(args, { env, cwd: work.dir }).stdout), 'config change hit the cache');
});

// An unchanged file is told by its stat (device, inode, size, times in nanoseconds), as git
// tells its index: not read, not hashed. An entry made soon after the file changed is racy
// and is checked by the file's SHA-256; so is one whose file has another identity now.
describe('what tells that a file is unchanged', () => {
  const dir = join(work.dir, 'stamps');
  mkdirSync(dir);
  // Records, at exit, whether the run loaded node:crypto (which hashing needs).
  const crypto = builtinProbe(dir, 'crypto');
  const stampEnv = { ...env, ...crypto.env };
  const lead = readFileSync(join(EXAMPLES, 'lead-scoring', 'lead-scoring.dpia.yaml'), 'utf8');
  /** The same length, other bytes: only the change time can tell. */
  const sameLength = (text: string) => text.replace('Lead scoring', 'Lead-scoring');
  const run = (target: string) => {
    const result = runBin(['check', target, '--format', 'json', '--today', '2026-11-29'], { env: stampEnv });
    assert.ok(result.code === 0 || result.code === 1, result.stderr);
    return { planted: planted(result.stdout), hashed: crypto.loaded() };
  };

  it('a file left alone before its entry was made is answered by its stat, without node:crypto; a write of the same length misses', async () => {
    const target = join(dir, 'settled.dpia.yaml');
    writeFileSync(target, lead);
    await new Promise((resolve) => setTimeout(resolve, RACY_MS + 300));
    assert.equal(run(target).planted, false);
    plant();
    assert.deepEqual(run(target), { planted: true, hashed: false });
    assert.notEqual(sameLength(lead), lead);
    writeFileSync(target, sameLength(lead));
    assert.equal(run(target).planted, false, 'a changed file was answered from the cache');
  });

  it('a racy entry is checked by the file\'s bytes: the same bytes hit, a write of the same length misses', () => {
    const target = join(dir, 'racy.dpia.yaml');
    writeFileSync(target, lead);
    run(target);
    plant();
    assert.deepEqual(run(target), { planted: true, hashed: true });
    writeFileSync(target, sameLength(lead));
    assert.equal(run(target).planted, false, 'a changed file was answered from the cache');
  });

  it('the same bytes in a new file at the same path (a fresh checkout) are answered by their hash, and by the stat once the refreshed entry is settled', async () => {
    const target = join(dir, 'checkout.dpia.yaml');
    writeFileSync(target, lead);
    await new Promise((resolve) => setTimeout(resolve, RACY_MS + 300));
    run(target);
    plant();
    const replacement = join(dir, 'replacement.tmp');
    writeFileSync(replacement, lead);
    renameSync(replacement, target);
    assert.deepEqual(run(target), { planted: true, hashed: true });
    // As git refreshes its index: the hit gives the entry the file's new stat, which
    // vouches for the bytes once the file has been left alone.
    await new Promise((resolve) => setTimeout(resolve, RACY_MS + 300));
    assert.deepEqual(run(target), { planted: true, hashed: true });
    assert.deepEqual(run(target), { planted: true, hashed: false });
  });
});
