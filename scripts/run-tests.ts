// The test suite's runner (npm test, .ci/run): node:test in a few processes, each running
// its share of the test files one after another in one process (scripts/test-entry.ts),
// rather than a process per file, which loads tsx and the sources anew for each of some
// hundred files. The shares run side by side; the first one's report is shown as it runs,
// the others' each whole when it has ended, and a last line adds them up.
//
//   node --import tsx scripts/run-tests.ts [--processes N] [--shard K/N] [--list] [FILE...]
//
// FILE defaults to test/*/*.test.ts; N to the number of cores, at most 4. The Node.js that
// runs this script runs the tests. --shard K/N runs the K-th of N shares of the files (to
// split a suite between machines or jobs); --list prints the files it would run, one a
// line, and runs none.
//
// Shares are even in cost, not in number: each file weighs what it cost when last measured
// (scripts/test-costs.json, written by scripts/measure-test-costs.ts; a file not yet
// measured weighs the median), and the heaviest files are placed first, each on the share
// that is lightest so far.
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { testEnv } from './test-env.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const ENTRY = fileURLToPath(new URL('test-entry.ts', import.meta.url));

interface Outcome { index: number; files: string[]; code: number | null; signal: NodeJS.Signals | null; output: Buffer; tail: string }

function fail(message: string): never {
  process.stderr.write(`run-tests: ${message}\n`);
  process.exit(2);
}

function options(): { processes: number; files: string[]; shard: { index: number; count: number } | undefined; list: boolean } {
  let parsed;
  try {
    parsed = parseArgs({ allowPositionals: true, options: { processes: { type: 'string' }, shard: { type: 'string' }, list: { type: 'boolean' } } });
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
  const given = parsed.values.processes;
  const processes = given === undefined ? Math.min(4, availableParallelism()) : Number(given);
  if (!Number.isInteger(processes) || processes < 1) fail(`--processes takes a whole number of 1 or more, not "${given}"`);
  const files = parsed.positionals.length > 0 ? parsed.positionals : readdirSync(join(ROOT, 'test'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((dir) => readdirSync(join(ROOT, 'test', dir.name)).filter((name) => name.endsWith('.test.ts')).map((name) => join('test', dir.name, name)))
    .sort();
  if (files.length === 0) fail('no test files');
  let shard;
  if (parsed.values.shard !== undefined) {
    const match = /^(\d+)\/(\d+)$/.exec(parsed.values.shard);
    const [index, count] = match === null ? [0, 0] : [Number(match[1]), Number(match[2])];
    if (count < 1 || index < 1 || index > count) fail(`--shard takes K/N with 1 ≤ K ≤ N, not "${parsed.values.shard}"`);
    shard = { index: index - 1, count };
  }
  return { processes, files, shard, list: parsed.values.list === true };
}

/** The files in `count` shares of about equal measured cost, each share in the given order. */
function share(files: string[], count: number): string[][] {
  let costs: Record<string, number> = {};
  try {
    costs = JSON.parse(readFileSync(join(ROOT, 'scripts', 'test-costs.json'), 'utf8')) as Record<string, number>;
  } catch {
    // Not measured: every file weighs the same.
  }
  const known = Object.values(costs).sort((a, b) => a - b);
  const median = known.length > 0 ? known[Math.floor(known.length / 2)] : 1;
  const weight = (file: string): number => costs[file.replaceAll('\\', '/')] ?? median;
  const shares = Array.from({ length: Math.min(count, files.length) }, () => ({ files: new Set<string>(), cost: 0 }));
  // Heaviest first; among equals, the order given, so the same files give the same shares.
  const order = files.map((file, index) => ({ file, index, cost: weight(file) })).sort((a, b) => b.cost - a.cost || a.index - b.index);
  for (const { file, cost } of order) {
    const lightest = shares.reduce((best, candidate) => (candidate.cost < best.cost ? candidate : best));
    lightest.files.add(file);
    lightest.cost += cost;
  }
  return shares.map((s) => files.filter((file) => s.files.has(file)));
}

function run(index: number, files: string[]): Promise<Outcome> {
  return new Promise((resolve) => {
    const env = testEnv();
    const child = spawn(process.execPath, ['--import', 'tsx', '--test-reporter=spec', ENTRY, ...files], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const live = index === 0;
    const output: Buffer[] = [];
    let tail = '';
    child.stdout.on('data', (chunk: Buffer) => {
      if (live) process.stdout.write(chunk);
      else output.push(chunk);
      tail = (tail + chunk.toString('utf8')).slice(-4000);
    });
    child.stderr.on('data', (chunk: Buffer) => (live ? process.stderr.write(chunk) : output.push(chunk)));
    child.on('close', (code, signal) => resolve({ index, files, code, signal, output: Buffer.concat(output), tail }));
  });
}

const { processes, files: named, shard, list } = options();
const started = Date.now();
const files = shard === undefined ? named : (share(named, shard.count)[shard.index] ?? []);
if (list) {
  process.stdout.write(files.map((file) => `${file}\n`).join(''));
  process.exit(0);
}
if (files.length === 0) fail(`share ${(shard?.index ?? 0) + 1} of ${shard?.count ?? 1} has no files`);
const shares = share(files, processes);
const runs = shares.map((files, index) => run(index, files));

const totals = new Map<string, number>();
let failed = false;
for (const pending of runs) {
  const outcome = await pending;
  const which = `process ${outcome.index + 1} of ${shares.length}`;
  if (outcome.index > 0) process.stdout.write(`\n── ${which}: ${outcome.files.length} files ──\n${outcome.output.toString('utf8')}`);
  // The spec reporter's last lines: "ℹ tests 10", "ℹ pass 10", …
  for (const [, key, value] of outcome.tail.matchAll(/^ℹ (tests|pass|fail|cancelled|skipped|todo) (\d+)$/gm)) totals.set(key, (totals.get(key) ?? 0) + Number(value));
  if (outcome.code !== 0) {
    failed = true;
    process.stdout.write(`\n${which} ended with ${outcome.signal ?? `exit code ${outcome.code}`}\n`);
  }
}
if (shares.length > 1) {
  const counts = [...totals].map(([key, value]) => `${key} ${value}`).join(', ');
  process.stdout.write(`\n${files.length} files in ${shares.length} processes: ${counts} (${Math.round((Date.now() - started) / 1000)} s)\n`);
}
process.exitCode = failed ? 1 : 0;
