// Speed of `dpia check`, measured against references run in the same session so that
// machine speed cancels out. Not a test: `npm run bench` prints the figures and exits 1
// when a target ratio is missed.
//   (a) check of the lead-scoring example vs `node -e 0`      target: median ratio <= 1.8
//       as users run it (result cache on; every run after the first is warm), and
//       cold with --no-cache (parse and rules every time), reported for information
//   (b) check of 1,000 assessments in one call, --no-cache, vs a script that only
//       parses the same files with the yaml library            target: median ratio <= 1.5
// BENCH_PARTS=a runs only (a) (both rows); BENCH_RUNS sets the number of runs.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = join(root, 'bin', 'dpia.js');
const example = process.env.BENCH_EXAMPLE ?? join(root, 'examples', 'lead-scoring', 'lead-scoring.dpia.yaml');
const runs = Number(process.env.BENCH_RUNS ?? 21);
const env = { ...process.env, NO_COLOR: '1' };

function time(args, cwd = root) {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { cwd, env, stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0 && result.status !== 1) throw new Error(`${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  return ms;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

/** Runs the pair alternately so that drift in machine load hits both alike. */
function compare(name, subject, reference, target = Infinity) {
  time(subject);
  time(reference);
  const s = [];
  const r = [];
  for (let i = 0; i < runs; i++) {
    s.push(time(subject));
    r.push(time(reference));
  }
  const ratio = median(s) / median(r);
  const ok = ratio <= target;
  const verdict = target === Infinity ? '(no target)' : `(target <= ${target}) ${ok ? 'ok' : 'MISSED'}`;
  console.log(`${name}: ${median(s).toFixed(1)} ms vs ${median(r).toFixed(1)} ms -> ratio ${ratio.toFixed(2)} ${verdict}`);
  return ok;
}

const work = mkdtempSync(join(tmpdir(), 'dpia-bench-'));
try {
  const source = readFileSync(example, 'utf8');
  const dir = join(work, 'assessments');
  mkdirSync(dir);
  for (let i = 0; i < 1000; i++) {
    // Distinct bytes, same content: a comment line differs, so sign-offs stay valid.
    writeFileSync(join(dir, `a${String(i).padStart(4, '0')}.dpia.yaml`), `# copy ${i}\n${source}`);
  }
  const parseOnly = join(work, 'parse-only.mjs');
  writeFileSync(parseOnly, [
    `import { readdirSync, readFileSync } from 'node:fs';`,
    `import { parse } from ${JSON.stringify(join(root, 'node_modules', 'yaml', 'dist', 'index.js'))};`,
    `const dir = process.argv[2];`,
    `let n = 0;`,
    `for (const name of readdirSync(dir).sort()) if (name.endsWith('.dpia.yaml')) { parse(readFileSync(dir + '/' + name, 'utf8')); n++; }`,
    `if (n !== 1000) process.exit(3);`,
  ].join('\n'));
  cpSync(example, join(work, 'lead-scoring.dpia.yaml'));

  console.log(`node ${process.version}, ${runs} runs each, medians`);
  // Caches (compile and results) start empty in this run: the first, untimed run fills them.
  env.TMPDIR = work;
  env.CACHE_DIR = join(work, 'cache');
  const parts = process.env.BENCH_PARTS ?? 'ab';
  const a = !parts.includes('a') || compare('(a) dpia check lead-scoring vs node -e 0', [bin, 'check', example], ['-e', '0'], 1.8);
  if (parts.includes('a')) compare('    cold, --no-cache, for information', [bin, 'check', '--no-cache', example], ['-e', '0']);
  const b = !parts.includes('b') || compare('(b) dpia check --no-cache 1,000 files vs yaml parse only', [bin, 'check', '--no-cache', dir], [parseOnly, dir], 1.5);
  process.exitCode = a && b ? 0 : 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}
