// `dpia check --concurrency`: files the result cache cannot answer are analysed in worker
// threads (src/check/parallel.ts), and the report is the same bytes as without them, in
// every format, with the same lines on stderr and the same exit code. A preloaded hook
// (which Node.js runs in each worker too) counts the threads that ran.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { BIN, EXAMPLES, tempDir } from '../helpers/cli.ts';

const NAMES = ['lead-scoring', 'kundeservice-chatbot', 'personlige-tilbud', 'churn-prediction'];
const TEXTS = NAMES.map((name) => readFileSync(join(EXAMPLES, name, `${name}.dpia.yaml`), 'utf8'));
const TODAY = ['--today', '2026-11-29'];

const temp = tempDir('dpia-parallel-');
after(temp.cleanup);
const hook = join(temp.dir, 'threads.cjs');
writeFileSync(hook, [
  "const { appendFileSync } = require('node:fs');",
  "const { isMainThread } = require('node:worker_threads');",
  "if (process.env.DPIA_THREAD_LOG) appendFileSync(process.env.DPIA_THREAD_LOG, isMainThread ? 'main\\n' : 'worker\\n');",
].join('\n'));

/**
 * A folder of `count` assessments: the examples in turn (or `texts`), each changed a
 * little, and two that cannot be read.
 */
function folder(name: string, count: number, broken = true, texts = TEXTS): string {
  const dir = join(temp.dir, name);
  mkdirSync(dir);
  for (let i = 0; i < count; i++) {
    let text = texts[i % texts.length].replace(/^title: (.*)$/m, `title: $1 (${i})`);
    if (i === 9 && broken) text = `${text}\nthis: [is not closed\n`; // a YAML error: one line on stderr, exit 2
    if (i === 20) text = text.replace(/^schemaVersion: .*$/m, 'schemaVersion: [2]'); // a schema error
    writeFileSync(join(dir, `a${String(i).padStart(3, '0')}.dpia.yaml`), text);
  }
  return dir;
}

interface Run { code: number | null; stdout: string; stderr: string; workers: number }

let runs = 0;
function check(dir: string, args: string[]): Run {
  const log = join(temp.dir, `threads-${runs++}.log`);
  writeFileSync(log, '');
  const result = spawnSync(process.execPath, ['--require', hook, BIN, 'check', dir, ...TODAY, ...args], {
    cwd: temp.dir,
    env: { ...process.env, NO_COLOR: '1', DPIA_THREAD_LOG: log, XDG_CACHE_HOME: join(temp.dir, 'cache') },
    encoding: 'utf8',
    timeout: 120_000,
    maxBuffer: 256 * 1024 * 1024,
  });
  if (result.error) throw result.error;
  const threads = readFileSync(log, 'utf8').split('\n').filter(Boolean);
  assert.equal(threads.filter((t) => t === 'main').length, 1, threads.join(' '));
  return { code: result.status, stdout: result.stdout, stderr: result.stderr, workers: threads.filter((t) => t === 'worker').length };
}

describe('check in worker threads', () => {
  // A number of workers starts at the first file to analyse, so a few files are enough here.
  const some = folder('some', 12);

  for (const format of ['json', 'text', 'sarif', 'junit', 'github']) {
    it(`${format}: the same report, stderr and exit code with workers as without`, () => {
      const alone = check(some, ['--no-cache', '--concurrency', 'off', '-f', format]);
      const two = check(some, ['--no-cache', '--concurrency', '2', '-f', format]);
      assert.equal(alone.workers, 0);
      assert.equal(two.workers, 2);
      assert.equal(alone.code, 2, 'the unreadable file makes it exit 2');
      assert.match(alone.stderr, /a009\.dpia\.yaml:\d+:\d+: /);
      assert.deepEqual({ code: two.code, stdout: two.stdout, stderr: two.stderr }, { code: alone.code, stdout: alone.stdout, stderr: alone.stderr });
    });
  }

  it('auto: one worker per 64 files to analyse, up to one per core, none below 64', () => {
    // The number of files decides, not their size: the smallest example (the churn draft,
    // 11 kB against the others' 63 to 73 kB) for these 197 files (4.0 → 2.7 s on Node.js 22).
    const small = [TEXTS[NAMES.indexOf('churn-prediction')]];
    const few = folder('few', 63, true, small);
    assert.equal(check(few, ['--no-cache']).workers, 0);
    const enough = folder('enough', 64, true, small);
    assert.equal(check(enough, ['--no-cache']).workers, availableParallelism() > 1 ? 1 : 0);
    const seventy = folder('seventy', 70, true, small);
    assert.equal(check(seventy, ['--no-cache', '--concurrency', 'auto']).workers, Math.min(availableParallelism() > 1 ? availableParallelism() : 0, 2));
  });

  it('what the workers found is cached: the next run starts none and says the same', () => {
    const cached = folder('cached', 12, false);
    const first = check(cached, ['-f', 'json', '--concurrency', '2']);
    const again = check(cached, ['-f', 'json', '--concurrency', '2']);
    assert.equal(first.workers, 2);
    assert.equal(again.workers, 0, 'every file answered from the result cache');
    assert.equal(again.stdout, first.stdout);
    assert.equal(again.stderr, first.stderr);
  });

  it('a wrong --concurrency is one line and exit 2', () => {
    for (const value of ['0', 'x', '-1', '1.5']) {
      const run = check(some, ['--concurrency', value]);
      assert.equal(run.code, 2, value);
      assert.equal(run.stderr, `dpia: --concurrency takes off, auto or a number of workers from 1 to 999, not "${value}"\n`);
    }
  });
});
