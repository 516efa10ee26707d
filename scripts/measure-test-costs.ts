// Measures what each test file costs, in CPU seconds of its process and every process it
// starts (the built CLI, npm, browsers), and writes scripts/test-costs.json, which
// scripts/run-tests.ts reads to share the files out evenly between the processes of a run
// (and between the shares of --shard).
//
//   node --import tsx scripts/measure-test-costs.ts [--jobs N] [FILE...]
//
// Each file runs alone in a process of its own under the Node.js running this script, N at a
// time (default 1: the figures are truest on an otherwise idle machine). FILE defaults to
// every test file; files named are measured anew and the others keep their figures.
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { testEnv } from './test-env.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = join(ROOT, 'scripts', 'test-costs.json');

const { values, positionals } = parseArgs({ allowPositionals: true, options: { jobs: { type: 'string', default: '1' } } });
const jobs = Number(values.jobs);
const all = readdirSync(join(ROOT, 'test'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .flatMap((dir) => readdirSync(join(ROOT, 'test', dir.name)).filter((name) => name.endsWith('.test.ts')).map((name) => `test/${dir.name}/${name}`))
  .sort();
const files = positionals.length > 0 ? positionals : all;

// bash's `times` prints the CPU time of the shell's waited-for children, which include
// everything they waited for in turn: user and system, on its second line.
interface Measured { file: string; seconds: number; code: number | null }

function measure(file: string): Promise<Measured> {
  return new Promise((resolve) => {
    const script = `"$0" --import tsx --test --test-reporter=dot "$1" >/dev/null 2>&1; status=$?; times; exit $status`;
    const child = spawn('bash', ['-c', script, process.execPath, file], { cwd: ROOT, env: testEnv(), stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
    child.on('close', (code) => {
      const line = out.trim().split('\n').at(-1) ?? '';
      const seconds = [...line.matchAll(/(\d+)m([\d.]+)s/g)].reduce((sum, [, m, s]) => sum + Number(m) * 60 + Number(s), 0);
      resolve({ file, seconds, code });
    });
  });
}

let known: Record<string, number> = {};
try {
  known = JSON.parse(readFileSync(OUT, 'utf8')) as Record<string, number>;
} catch {
  // None measured yet.
}
const queue = [...files];
const results: Measured[] = [];
await Promise.all(Array.from({ length: jobs }, async () => {
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    const result = await measure(file);
    process.stderr.write(`${result.seconds.toFixed(1).padStart(6)} s  ${file}${result.code === 0 ? '' : `  (exit ${result.code})`}\n`);
    results.push(result);
  }
}));
const costs: Record<string, number> = {};
for (const file of all) {
  const seconds = results.find((r) => r.file === file)?.seconds ?? known[file];
  if (seconds !== undefined) costs[file] = Math.round(seconds * 10) / 10;
}
writeFileSync(OUT, `${JSON.stringify(costs, null, 2)}\n`);
