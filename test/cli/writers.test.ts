// The writers (approve, bump, edit, new, screen) under stress, as the built binary:
// parallel runs on one file lose no update; kill -9 at any moment leaves the old bytes
// or the new ones and nothing that blocks the next run; CRLF and BOM files stay so;
// mode, owner and symlinks are kept; SIGTERM leaves no temp file or lock.
import { strict as assert } from 'node:assert';
import { spawn } from 'node:child_process';
import {
  chmodSync, chownSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, statSync, symlinkSync, utimesSync, writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { parse } from 'yaml';
import { parseAssessment } from '../../src/model/parse.ts';
import { BIN, EXAMPLES, runBin, runMain, tempDir } from '../helpers/cli.ts';

const LEAD = readFileSync(join(EXAMPLES, 'lead-scoring', 'lead-scoring.dpia.yaml'), 'utf8');
const CHURN = readFileSync(join(EXAMPLES, 'churn-prediction', 'churn-prediction.dpia.yaml'), 'utf8');
const DATE = ['--date', '2026-11-30'];
const ONE_LINE_REFUSAL = /^dpia: [^\n]*: (changed while dpia was writing it; nothing was written — run again|is being written by another dpia process; nothing was written — try again)\n$/;

const { dir: ROOT_DIR, cleanup } = tempDir('dpia-writers-');
after(cleanup);
let counter = 0;
/** A fresh folder with a config that knows roles r0…r19. */
function folder(): string {
  const dir = join(ROOT_DIR, String(counter++));
  mkdirSync(dir);
  writeFileSync(join(dir, 'dpia.config.yaml'), `roles: [${Array.from({ length: 20 }, (_, i) => `r${i}`).join(', ')}]\n`);
  return dir;
}

interface Outcome { code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }

/** The built CLI as a child process, asynchronously, so that several run at once. */
function start(args: string[], cwd: string): { child: ReturnType<typeof spawn>; done: Promise<Outcome> } {
  const child = spawn(process.execPath, [BIN, ...args], { cwd, env: { ...process.env, NO_COLOR: '1', DEBUG: undefined }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk: Buffer) => { stdout += chunk; });
  child.stderr!.on('data', (chunk: Buffer) => { stderr += chunk; });
  const done = new Promise<Outcome>((resolveDone) => child.on('close', (code, signal) => resolveDone({ code, signal, stdout, stderr })));
  return { child, done };
}

/** What is left beside the file besides itself: temp files and locks. */
function strays(dir: string, name: string): string[] {
  return readdirSync(dir).filter((f) => f !== name && f.startsWith(name));
}

function signoffs(text: string): { role: string; name: string }[] {
  return (parse(text).signoffs ?? []) as { role: string; name: string }[];
}

describe('parallel writers lose no update', () => {
  it('10 approvals at once: each is in the file, or refused with one line and exit 2', async () => {
    const dir = folder();
    const file = join(dir, 'a.dpia.yaml');
    writeFileSync(file, LEAD);
    const runs = Array.from({ length: 10 }, (_, i) => start(['approve', 'a.dpia.yaml', '--role', `r${i}`, '--name', `Signer ${i}`, ...DATE], dir));
    const outcomes = await Promise.all(runs.map((r) => r.done));
    const text = readFileSync(file, 'utf8');
    parseAssessment(text, file);
    const signed = signoffs(text);
    let succeeded = 0;
    outcomes.forEach((o, i) => {
      if (o.code === 0) {
        succeeded++;
        assert.ok(signed.some((s) => s.role === `r${i}` && s.name === `Signer ${i}`), `the signature of r${i} vanished`);
      } else {
        assert.equal(o.code, 2, `r${i}: ${o.stderr}`);
        assert.match(o.stderr, ONE_LINE_REFUSAL);
      }
    });
    assert.ok(succeeded >= 1);
    // Nothing signed that did not say so, and no lock or temp file left.
    assert.equal(signed.filter((s) => /^r\d+$/.test(s.role)).length, succeeded);
    assert.deepEqual(strays(dir, 'a.dpia.yaml'), []);
  });

  it('bump racing approve: every reported bump and signature is in the file', async () => {
    const dir = folder();
    const file = join(dir, 'a.dpia.yaml');
    writeFileSync(file, LEAD);
    const runs = [
      ...Array.from({ length: 3 }, (_, i) => ({ kind: 'approve', i, run: start(['approve', 'a.dpia.yaml', '--role', `r${i}`, '--name', `Signer ${i}`, '--force', '--reason', 'test', ...DATE], dir) })),
      ...Array.from({ length: 3 }, (_, i) => ({ kind: 'bump', i, run: start(['bump', 'a.dpia.yaml', '-m', `Change ${i}`, '--author', 'Tester', ...DATE], dir) })),
    ];
    const outcomes = await Promise.all(runs.map((r) => r.run.done));
    const text = readFileSync(file, 'utf8');
    const data = parseAssessment(text, file).data as { version: string; history: { summary: string }[] };
    let bumps = 0;
    runs.forEach((r, k) => {
      const o = outcomes[k];
      if (o.code !== 0) {
        assert.equal(o.code, 2, o.stderr);
        assert.match(o.stderr, ONE_LINE_REFUSAL);
        return;
      }
      if (r.kind === 'bump') {
        bumps++;
        assert.ok(data.history.some((h) => h.summary === `Change ${r.i}`), `bump ${r.i} vanished`);
      } else {
        assert.ok(signoffs(text).some((s) => s.role === `r${r.i}`), `the signature of r${r.i} vanished`);
      }
    });
    const minor = Number(/^version: "1\.(\d+)"$/m.exec(LEAD)![1]);
    assert.equal(data.version, `1.${minor + bumps}`);
    assert.deepEqual(strays(dir, 'a.dpia.yaml'), []);
  });

  it('a stale lock left by a killed writer is taken over', () => {
    const dir = folder();
    const file = join(dir, 'a.dpia.yaml');
    writeFileSync(file, LEAD);
    // As a writer killed with -9 leaves it: a fresh lock nobody refreshes.
    mkdirSync(`${file}.lock`);
    const started = Date.now();
    const result = runBin(['approve', 'a.dpia.yaml', '--role', 'r1', '--name', 'After', ...DATE], { cwd: dir });
    assert.equal(result.code, 0, result.stderr);
    assert.ok(Date.now() - started < 15_000);
    assert.ok(signoffs(readFileSync(file, 'utf8')).some((s) => s.name === 'After'));
    assert.deepEqual(strays(dir, 'a.dpia.yaml'), []);
  });
});

describe('kill -9 during a write', () => {
  it('leaves the old bytes or the new ones, never a torn or empty file, and nothing that blocks the next run', async (t) => {
    const dir = folder();
    const file = join(dir, 'big.dpia.yaml');
    // A large file (about 600 kB of comments), so that the write takes a while.
    const padding = Array.from({ length: 8000 }, (_, i) => `# padding line ${i}: ${'x'.repeat(60)}`).join('\n');
    const old = `${LEAD}${padding}\n`;
    const commands = [
      ['approve', 'big.dpia.yaml', '--role', 'r1', '--name', 'Killed', '--force', '--reason', 'test', ...DATE],
      ['bump', 'big.dpia.yaml', '-m', 'Killed', '--author', 'Tester', ...DATE],
    ];
    // The new bytes of each command, from a run that is not killed, and how long it takes.
    const expected: string[] = [];
    let longest = 0;
    for (const args of commands) {
      writeFileSync(file, old);
      const t0 = Date.now();
      const result = await start(args, dir).done;
      longest = Math.max(longest, Date.now() - t0);
      assert.equal(result.code, 0, result.stderr);
      expected.push(readFileSync(file, 'utf8'));
      assert.notEqual(expected.at(-1), old);
    }
    // 20 runs, or as many as 30 s allow on a loaded machine. The write comes at the end of a
    // run (after reading, parsing and judging the file): the kills fall in its second half.
    const deadline = Date.now() + 30_000;
    const seen = { old: 0, new: 0 };
    let runs = 0;
    for (; runs < 20 && Date.now() < deadline; runs++) {
      const which = runs % 2;
      writeFileSync(file, old);
      const run = start(commands[which], dir);
      const delay = Math.floor(longest * (0.5 + Math.random() * 0.6));
      await new Promise((r) => setTimeout(r, delay));
      run.child.kill('SIGKILL');
      await run.done;
      const now = readFileSync(file, 'utf8');
      assert.ok(now === old || now === expected[which], `run ${runs} (after ${delay} ms) left ${now.length} bytes, neither old nor new`);
      seen[now === old ? 'old' : 'new']++;
      // A lock left by the killed writer goes stale: as if its time had passed, the next run takes it over.
      if (existsSync(`${file}.lock`)) utimesSync(`${file}.lock`, new Date(Date.now() - 60_000), new Date(Date.now() - 60_000));
    }
    t.diagnostic(`${runs} runs killed: ${seen.old} left the old bytes, ${seen.new} the new ones`);
    assert.ok(runs >= 5, `only ${runs} runs in time`);
    // Whatever the kills left, the next run works and leaves no lock.
    writeFileSync(file, old);
    const last = await start(commands[0], dir).done;
    assert.equal(last.code, 0, last.stderr);
    assert.equal(readFileSync(file, 'utf8'), expected[0]);
    assert.ok(!existsSync(`${file}.lock`));
  });

  it('SIGTERM and SIGINT leave no temp file and no lock', async () => {
    const dir = folder();
    const file = join(dir, 'big.dpia.yaml');
    const padding = Array.from({ length: 8000 }, (_, i) => `# padding line ${i}: ${'x'.repeat(60)}`).join('\n');
    const old = `${LEAD}${padding}\n`;
    const args = ['approve', 'big.dpia.yaml', '--role', 'r2', '--name', 'Stopped', '--force', '--reason', 'test', ...DATE];
    writeFileSync(file, old);
    const t0 = Date.now();
    await start(args, dir).done;
    const took = Date.now() - t0;
    const fresh = readFileSync(file, 'utf8');
    const deadline = Date.now() + 20_000;
    for (let i = 0; i < 8 && (i < 2 || Date.now() < deadline); i++) {
      writeFileSync(file, old);
      const run = start(args, dir);
      await new Promise((r) => setTimeout(r, Math.floor(Math.random() * took * 1.1)));
      run.child.kill(i % 2 ? 'SIGTERM' : 'SIGINT');
      await run.done;
      const now = readFileSync(file, 'utf8');
      assert.ok(now === old || now === fresh);
      assert.deepEqual(strays(dir, 'big.dpia.yaml'), [], `run ${i}`);
    }
  });
});

/** The three ways a file may be encoded that a write must keep. */
const VARIANTS = {
  crlf: (text: string) => text.replace(/\n/g, '\r\n'),
  bom: (text: string) => `\ufeff${text}`,
  'crlf+bom': (text: string) => `\ufeff${text.replace(/\n/g, '\r\n')}`,
};

function assertKept(before: string, after: string, label: string): void {
  assert.ok(!after.includes('\r\r'), `${label}: \\r\\r`);
  const crlf = before.includes('\r\n');
  const lines = after.split('\n').slice(0, -1);
  if (crlf) assert.ok(lines.every((l) => l.endsWith('\r')), `${label}: a line without CRLF`);
  else assert.ok(!after.includes('\r'), `${label}: a CR in an LF file`);
  assert.equal(after.startsWith('\ufeff'), before.startsWith('\ufeff'), `${label}: BOM`);
  const comments = (text: string) => text.replace(/\r/g, '').split('\n').filter((l) => /^\s*#/.test(l)).map((l) => l.trim());
  for (const c of comments(before)) assert.ok(comments(after).includes(c), `${label}: comment lost: ${c}`);
  parseAssessment(after.replace(/^\ufeff/, ''), label);
}

describe('CRLF and BOM files stay so through every writer', () => {
  for (const [variant, encode] of Object.entries(VARIANTS)) {
    it(`${variant}: approve, bump, edit, screen and new, each twice`, async () => {
      const dir = folder();
      writeFileSync(join(dir, 'edit1.yaml'), 'title: First new title\n');
      writeFileSync(join(dir, 'edit2.yaml'), 'title: Second new title\n');
      writeFileSync(join(dir, 'screen1.yaml'), 'screening.criteria: [evaluation-scoring, large-scale]\n');
      writeFileSync(join(dir, 'screen2.yaml'), 'screening.criteria: [evaluation-scoring, innovative-technology]\n');
      writeFileSync(join(dir, 'none.yaml'), '{}\n');
      const writes: Record<string, { source: string; runs: string[][] }> = {
        approve: { source: LEAD, runs: [['approve', 'f.dpia.yaml', '--role', 'r1', '--name', 'One', ...DATE], ['approve', 'f.dpia.yaml', '--role', 'r2', '--name', 'Two', ...DATE]] },
        bump: { source: LEAD, runs: [['bump', 'f.dpia.yaml', '-m', 'One', '--author', 'T', ...DATE], ['bump', 'f.dpia.yaml', '-m', 'Two', '--author', 'T', ...DATE]] },
        edit: { source: LEAD, runs: [['edit', 'f.dpia.yaml', '--section', 'basics', '--answers', 'edit1.yaml'], ['edit', 'f.dpia.yaml', '--section', 'basics', '--answers', 'edit2.yaml']] },
        screen: { source: LEAD, runs: [['screen', 'f.dpia.yaml', '--answers', 'screen1.yaml'], ['screen', 'f.dpia.yaml', '--answers', 'screen2.yaml']] },
        // `new` on an existing draft resumes it (it never overwrites): the answers fill its gaps.
        new: { source: CHURN, runs: [['new', 'f.dpia.yaml', '--answers', 'none.yaml', '--today', '2026-11-30'], ['edit', 'f.dpia.yaml', '--section', 'basics', '--answers', 'edit1.yaml']] },
      };
      for (const [command, { source, runs }] of Object.entries(writes)) {
        const file = join(dir, 'f.dpia.yaml');
        const before = encode(source);
        writeFileSync(file, before);
        let previous = before;
        for (const args of runs) {
          const result = await runMain(args, { cwd: dir });
          assert.ok(result.code === 0 || result.code === 1, `${command}: ${result.stderr}`);
          const now = readFileSync(file, 'utf8');
          assert.notEqual(now, previous, `${command} ${args.join(' ')} wrote nothing`);
          assertKept(before, now, `${variant} ${command}`);
          previous = now;
        }
        assert.deepEqual(strays(dir, 'f.dpia.yaml'), []);
      }
    });
  }
});

describe('a write keeps what it does not own', () => {
  it('mode: a 0600 file stays 0600 through approve, bump and edit', async () => {
    const dir = folder();
    const file = join(dir, 'f.dpia.yaml');
    writeFileSync(file, LEAD);
    writeFileSync(join(dir, 'edit.yaml'), 'title: Another title\n');
    chmodSync(file, 0o600);
    for (const args of [['approve', 'f.dpia.yaml', '--role', 'r1', '--name', 'One', ...DATE], ['bump', 'f.dpia.yaml', '-m', 'x', '--author', 'T', ...DATE], ['edit', 'f.dpia.yaml', '--section', 'basics', '--answers', 'edit.yaml']]) {
      const before = readFileSync(file, 'utf8');
      const result = await runMain(args, { cwd: dir });
      assert.equal(result.code, 0, result.stderr);
      assert.notEqual(readFileSync(file, 'utf8'), before);
      assert.equal(statSync(file).mode & 0o777, 0o600, args[0]);
    }
  });

  it('owner: kept where the user may keep it', { skip: process.getuid?.() !== 0 ? 'needs root to hand a file to another owner' : false }, () => {
    const dir = folder();
    const file = join(dir, 'f.dpia.yaml');
    writeFileSync(file, LEAD);
    chownSync(file, 4321, 4321);
    const result = runBin(['approve', 'f.dpia.yaml', '--role', 'r1', '--name', 'One', ...DATE], { cwd: dir });
    assert.equal(result.code, 0, result.stderr);
    assert.equal(statSync(file).uid, 4321);
    assert.equal(statSync(file).gid, 4321);
  });

  it('symlink: the link stays a link and its target gets the content (approve, bump, edit, render -o, export -o)', async () => {
    const dir = folder();
    mkdirSync(join(dir, 'real'));
    const target = join(dir, 'real', 'f.dpia.yaml');
    writeFileSync(target, LEAD);
    symlinkSync(join('real', 'f.dpia.yaml'), join(dir, 'link.dpia.yaml'));
    writeFileSync(join(dir, 'edit.yaml'), 'title: Through the link\n');
    for (const args of [['approve', 'link.dpia.yaml', '--role', 'r1', '--name', 'Linked', ...DATE], ['bump', 'link.dpia.yaml', '-m', 'x', '--author', 'T', ...DATE], ['edit', 'link.dpia.yaml', '--section', 'basics', '--answers', 'edit.yaml']]) {
      const before = readFileSync(target, 'utf8');
      const result = await runMain(args, { cwd: dir });
      assert.equal(result.code, 0, result.stderr);
      assert.ok(lstatSync(join(dir, 'link.dpia.yaml')).isSymbolicLink(), args[0]);
      assert.notEqual(readFileSync(target, 'utf8'), before, `${args[0]}: the target was not written`);
    }
    assert.match(readFileSync(target, 'utf8'), /Through the link/);
    assert.deepEqual(strays(join(dir, 'real'), 'f.dpia.yaml'), []);
    // Outputs: a link stays a link.
    writeFileSync(join(dir, 'real', 'out.md'), 'old');
    symlinkSync(join('real', 'out.md'), join(dir, 'out.md'));
    assert.equal((await runMain(['render', 'real/f.dpia.yaml', '--doc', 'report', '-o', 'out.md'], { cwd: dir })).code, 0);
    assert.ok(lstatSync(join(dir, 'out.md')).isSymbolicLink());
    assert.equal(readlinkSync(join(dir, 'out.md')), join('real', 'out.md'));
    assert.notEqual(readFileSync(join(dir, 'real', 'out.md'), 'utf8'), 'old');
    writeFileSync(join(dir, 'real', 'out.csv'), 'old');
    symlinkSync(join('real', 'out.csv'), join(dir, 'out.csv'));
    chmodSync(join(dir, 'real', 'out.csv'), 0o640);
    const exported = await runMain(['export', 'real', '--ropa', '-o', 'out.csv'], { cwd: dir });
    assert.equal(exported.code, 0, exported.stderr);
    assert.ok(lstatSync(join(dir, 'out.csv')).isSymbolicLink());
    assert.notEqual(readFileSync(join(dir, 'real', 'out.csv'), 'utf8'), 'old');
    assert.equal(statSync(join(dir, 'real', 'out.csv')).mode & 0o777, 0o640);
  });

});
