// `-o` to what is not a regular file (src/output-file.ts), for each command that has it:
// a FIFO, a character device, a link to a FIFO, /dev/stdout (to a pipe, and to a file
// opened for appending), /dev/stderr and /dev/fd/3 get the same bytes the command prints
// without `-o`, and each stays what it was; a descriptor the command was not given is
// refused in one line. The atomic writer once replaced them with a
// regular file (as root, /dev/null itself) and its reader got nothing.
import { strict as assert } from 'node:assert';
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, lstatSync, openSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { main } from '../../src/cli.ts';
import type { Io } from '../../src/io.ts';
import { BIN, EXAMPLES, ROOT, runMain, tempDir } from '../helpers/cli.ts';

const LEAD = join(EXAMPLES, 'lead-scoring', 'lead-scoring.dpia.yaml');
const TODAY = ['--today', '2026-11-30'];
const COMMANDS: Record<string, string[]> = {
  'check -f json': ['check', LEAD, '-f', 'json', ...TODAY],
  'render (Markdown)': ['render', LEAD, ...TODAY],
  'render -f docx': ['render', LEAD, '-f', 'docx', ...TODAY],
  'export --ropa': ['export', '--ropa', join(EXAMPLES, 'lead-scoring'), ...TODAY],
};

const temp = tempDir('dpia-output-');
after(temp.cleanup);
let count = 0;
const fresh = (name: string) => join(temp.dir, `${count++}-${name}`);

interface Run { code: number | null; stdout: Buffer; stderr: string; fd3?: Buffer }

/** The built CLI with stdio as given (default: pipes), its stdout as bytes. */
function run(args: string[], stdio: ('pipe' | 'ignore' | number)[] = ['ignore', 'pipe', 'pipe']): Run {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1' }, stdio, timeout: 60_000 });
  if (result.error) throw result.error;
  return { code: result.status, stdout: result.stdout ?? Buffer.alloc(0), stderr: String(result.stderr ?? ''), fd3: result.output[3] ?? undefined };
}

/** What each command prints without `-o`. */
const expected = new Map(Object.entries(COMMANDS).map(([name, args]) => {
  const plain = run(args);
  assert.equal(plain.code, 0, `${name}: ${plain.stderr}`);
  assert.ok(plain.stdout.length > 0, name);
  return [name, plain.stdout];
}));

/**
 * A FIFO with a reader (`cat`) that keeps what it reads; `read()`, once the command has
 * ended, waits for the reader to end, at most 10 s (a reader left waiting on a FIFO that
 * nobody opened is then stopped, and what it read so far is returned).
 */
function fifo(): { path: string; read: () => Promise<Buffer> } {
  const path = fresh('fifo');
  const made = spawnSync('mkfifo', [path]);
  assert.equal(made.status, 0, String(made.stderr));
  const reader = spawn('cat', [path], { stdio: ['ignore', 'pipe', 'inherit'] });
  const chunks: Buffer[] = [];
  reader.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<Buffer>((resolveRead) => reader.on('close', () => resolveRead(Buffer.concat(chunks))));
  const read = (): Promise<Buffer> => {
    const stop = setTimeout(() => reader.kill(), 10_000);
    return ended.finally(() => clearTimeout(stop));
  };
  return { path, read };
}

describe('-o to what is not a regular file', () => {
  for (const [name, args] of Object.entries(COMMANDS)) {
    describe(name, () => {
      it('a FIFO gets the output and stays a FIFO', async () => {
        const pipe = fifo();
        const result = run([...args, '-o', pipe.path]);
        assert.equal(result.code, 0, result.stderr);
        assert.deepEqual(await pipe.read(), expected.get(name));
        assert.ok(lstatSync(pipe.path).isFIFO(), 'still a FIFO');
      });

      it('a link to a FIFO stays a link, and the FIFO gets the output', async () => {
        const pipe = fifo();
        const link = fresh('link');
        symlinkSync(pipe.path, link);
        const result = run([...args, '-o', link]);
        assert.equal(result.code, 0, result.stderr);
        assert.deepEqual(await pipe.read(), expected.get(name));
        assert.ok(lstatSync(link).isSymbolicLink(), 'still a link');
        assert.ok(lstatSync(pipe.path).isFIFO(), 'still a FIFO');
      });

      it('a character device stays one', () => {
        // As root, a null device of the test's own (mknod); otherwise /dev/null, which a
        // user who is not root cannot replace, but which must still take the output.
        let device = '/dev/null';
        if (process.getuid?.() === 0) {
          device = fresh('null');
          const made = spawnSync('mknod', ['-m', '666', device, 'c', '1', '3']);
          assert.equal(made.status, 0, String(made.stderr));
        }
        const before = statSync(device);
        const result = run([...args, '-o', device]);
        assert.equal(result.code, 0, result.stderr);
        const now = lstatSync(device);
        assert.ok(now.isCharacterDevice(), 'still a character device');
        assert.equal(now.rdev, before.rdev);
        assert.equal(result.stdout.length, 0);
      });

      it('/dev/stdout to a pipe: standard output gets it', () => {
        const result = run([...args, '-o', '/dev/stdout']);
        assert.equal(result.code, 0, result.stderr);
        assert.deepEqual(result.stdout, expected.get(name));
      });

      it('/dev/stdout to a file opened for appending: appended to what was there', () => {
        const log = fresh('log');
        writeFileSync(log, 'before\n');
        const fd = openSync(log, 'a');
        try {
          const result = run([...args, '-o', '/dev/stdout'], ['ignore', fd, 'pipe']);
          assert.equal(result.code, 0, result.stderr);
        } finally {
          closeSync(fd);
        }
        assert.deepEqual(readFileSync(log), Buffer.concat([Buffer.from('before\n'), expected.get(name)!]));
      });

      it('/dev/fd/3 (a pipe given as descriptor 3) gets it', () => {
        const result = run([...args, '-o', '/dev/fd/3'], ['ignore', 'pipe', 'pipe', 'pipe']);
        assert.equal(result.code, 0, result.stderr);
        assert.deepEqual(result.fd3, expected.get(name));
        assert.equal(result.stdout.length, 0);
      });
    });
  }

  it('a file given as descriptor 3, open for appending, is appended to', () => {
    const log = fresh('fd3');
    writeFileSync(log, 'before\n');
    const fd = openSync(log, 'a');
    try {
      const result = run([...COMMANDS['check -f json'], '-o', '/dev/fd/3'], ['ignore', 'pipe', 'pipe', fd]);
      assert.equal(result.code, 0, result.stderr);
    } finally {
      closeSync(fd);
    }
    assert.equal(readFileSync(log, 'utf8'), `before\n${expected.get('check -f json')!.toString('utf8')}`);
  });

  it('a descriptor it was not given (closed, read-only, the event loop\'s own) is one line and exit 2, never a crash', () => {
    // 0 is open for reading only; 3 and up are Node.js's own (epoll, eventfd, io_uring and
    // the pipes that wake its loop, a report written into one of which crashed it) or closed.
    for (const fd of [0, ...Array.from({ length: 22 }, (_, i) => i + 3)]) {
      const result = run([...COMMANDS['check -f json'], '-o', `/dev/fd/${fd}`]);
      assert.equal(result.code, 2, `/dev/fd/${fd}: ${result.stderr}`);
      assert.match(result.stderr, new RegExp(`^dpia: /dev/fd/${fd}: [^\n]+\n$`));
      assert.equal(result.stdout.length, 0);
    }
  });

  it('/dev/stderr takes a text report', () => {
    const result = run([...COMMANDS['check -f json'], '-o', '/dev/stderr']);
    assert.equal(result.code, 0, result.stderr);
    assert.equal(result.stdout.length, 0);
    assert.equal(result.stderr, expected.get('check -f json')!.toString('utf8'));
  });

  it('a Word document to -o /dev/stdout on a terminal is refused, as without -o', async () => {
    let stderr = '';
    const io: Io = {
      stdout: { write: () => assert.fail('nothing may reach the terminal'), isTTY: true },
      stderr: { write: (s: string) => { stderr += s; return true; }, isTTY: false },
      stdin: process.stdin,
      env: { NO_COLOR: '1' },
      cwd: ROOT,
    };
    assert.equal(await main(['render', LEAD, '-f', 'docx', '-o', '/dev/stdout', ...TODAY], io), 2);
    assert.match(stderr, /^dpia: a docx document is a file, not text for the terminal/);
    // The control: the same to a pipe (runMain's captured, not a terminal) is written.
    const piped = await runMain(['render', LEAD, '-f', 'docx', '-o', '/dev/stdout', ...TODAY]);
    assert.equal(piped.code, 0, piped.stderr);
  });
});
