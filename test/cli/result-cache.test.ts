// `dpia check` remembers findings per file; a change to anything the findings depend on
// must miss the cache, and --no-cache must bypass it.
import { strict as assert } from 'node:assert';
import { copyFileSync, readdirSync, readFileSync, writeFileSync, appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { EXAMPLES, runBin, tempDir } from '../helpers/cli.ts';

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
