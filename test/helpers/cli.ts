// Running the CLI in tests: in-process through main() with captured output, or the
// built binary as a subprocess (what users and CI run).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PassThrough } from 'node:stream';
import { main } from '../../src/cli.ts';
import type { Io } from '../../src/io.ts';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const BIN = join(ROOT, 'bin', 'dpia.js');
export const FIXTURES = join(ROOT, 'test', 'fixtures');
export const EXAMPLES = join(ROOT, 'examples');

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** The built CLI as a subprocess, without a TTY and without colour. */
export function runBin(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; input?: string; timeout?: number } = {}): RunResult {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, DEBUG: undefined, ...options.env },
    input: options.input ?? '',
    encoding: 'utf8',
    timeout: options.timeout ?? 30_000,
  });
  if (result.error) throw result.error;
  return { code: result.status ?? (result.signal ? 128 : -1), stdout: result.stdout, stderr: result.stderr };
}

/**
 * Whether a run of the built CLI loads the Node.js built-in module `name` (node:crypto,
 * node:child_process): `env` preloads a probe (NODE_OPTIONS) that records it at exit, and
 * `loaded()`, after the run, reads what it recorded (and fails if the probe did not run).
 */
export function builtinProbe(dir: string, name: string): { env: NodeJS.ProcessEnv; loaded: () => boolean } {
  const probe = join(dir, `loads-${name}.cjs`);
  const marker = join(dir, `loads-${name}.txt`);
  writeFileSync(probe, `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(marker)}, String(process.moduleLoadList.includes(${JSON.stringify(`NativeModule ${name}`)}))));\n`);
  return {
    env: { NODE_OPTIONS: `--require ${probe}` },
    loaded: () => {
      const seen = readFileSync(marker, 'utf8');
      unlinkSync(marker);
      if (seen !== 'true' && seen !== 'false') throw new Error(`the probe of ${name} wrote "${seen}"`);
      return seen === 'true';
    },
  };
}

/** An Io for in-process runs: no terminal, empty stdin, output captured. */
export function captureIo(options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): { io: Io; output: () => { stdout: string; stderr: string } } {
  let stdout = '';
  let stderr = '';
  const stdin = new PassThrough();
  stdin.end();
  const io: Io = {
    stdout: { write: (s: string) => { stdout += s; return true; }, isTTY: false },
    stderr: { write: (s: string) => { stderr += s; return true; }, isTTY: false },
    stdin: stdin as unknown as Io['stdin'],
    env: { NO_COLOR: '1', ...options.env },
    cwd: options.cwd ?? ROOT,
  };
  return { io, output: () => ({ stdout, stderr }) };
}

/** main() in this process, with captured output; the same contract as the binary. */
export async function runMain(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<RunResult> {
  const { io, output } = captureIo(options);
  const code = await main(args, io);
  return { code, ...output() };
}

/** A fresh temporary folder, removed by the returned cleanup. */
export function tempDir(prefix = 'dpia-test-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * The lead-scoring example without what `dpia fairness` adds to it (the tests' `compute`
 * and the recorded runs): for tests that define their own computation and record runs of
 * their own.
 */
export function leadScoringWithoutFairnessRuns(): string {
  return readFileSync(join(EXAMPLES, 'lead-scoring', 'lead-scoring.dpia.yaml'), 'utf8')
    .replace(/^ {6}compute:\n(?: {8}.*\n)+/gm, '')
    .replace(/^evidence:\n(?:(?: .*)?\n)+/m, '');
}
