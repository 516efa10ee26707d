// Where the built CLI keeps its caches, and that they stay safe, small and complete
// (src/boot/cache-dir.ts, src/boot/compile-cache.ts, src/check/result-cache.ts):
// - in the project's node_modules/.cache/dpia, in --cache-location, or outside a project
//   in $XDG_CACHE_HOME/dpia; never in the shared temp folder;
// - a cache folder that is a link, writable by others or someone else's is not used;
// - old builds' folders and old entries are pruned, at most once a day;
// - two builds keep their code caches side by side;
// - the first run with a cache folder writes no code cache (a one-off CI machine never reads
//   it), only the build's folder; on Node.js 20, a short run then saves a partial code cache
//   that the next complete run replaces; on 22 and later, Node.js keeps the cache itself, an
//   entry per module, written once;
// - no V8 flags are switched in the middle of a run.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, cpSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { BIN, EXAMPLES, ROOT, runBin, tempDir, type RunResult } from '../helpers/cli.ts';

const work = tempDir('dpia-cache-location-');
after(work.cleanup);
const example = join(EXAMPLES, 'lead-scoring', 'lead-scoring.dpia.yaml');
const DAY = 24 * 60 * 60 * 1000;

/** Files under dir, relative, sorted ([] when dir does not exist). */
function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return (readdirSync(dir, { recursive: true }) as string[]).filter((f) => lstatSync(join(dir, f)).isFile()).sort();
}

let counter = 0;
/** A fresh folder with a clean environment: no CACHE_DIR, XDG_CACHE_HOME and HOME inside it. */
function sandbox(): { dir: string; env: NodeJS.ProcessEnv; run: (args: string[], cwd?: string, bin?: string) => RunResult } {
  const dir = join(work.dir, `s${counter++}`);
  mkdirSync(join(dir, 'home'), { recursive: true });
  const env = { CACHE_DIR: undefined, XDG_CACHE_HOME: join(dir, 'xdg'), HOME: join(dir, 'home'), TMPDIR: join(dir, 'tmp') };
  mkdirSync(env.TMPDIR, { recursive: true });
  const run = (args: string[], cwd = dir, bin = BIN) => {
    const result = bin === BIN ? runBin(args, { cwd, env }) : runOther(bin, args, cwd, env);
    assert.ok(result.code === 0 || result.code === 1, `exit ${result.code}: ${result.stderr}`);
    return result;
  };
  return { dir, env, run };
}

/** Another installation's binary, as runBin runs ours. */
function runOther(bin: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): RunResult {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd, env: { ...process.env, NO_COLOR: '1', ...env }, encoding: 'utf8', timeout: 30_000 });
  if (result.error) throw result.error;
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

function assertCacheIn(root: string): void {
  const files = filesUnder(root);
  assert.ok(files.some((f) => /^check\/[0-9a-f]{16}\/[0-9a-f]{16}\.json$/.test(f)), `no result entry in ${root}: ${files.join(', ')}`);
  // A first run makes the build's code cache folder only; the next run writes into it.
  const code = existsSync(join(root, 'code')) ? readdirSync(join(root, 'code')) : [];
  assert.ok(code.some((f) => /^[0-9a-f]{16}-v\d+\.\d+\.\d+-\w+$/.test(f)), `no code cache folder in ${root}: ${code.join(', ')}`);
  if (process.platform !== 'win32') assert.equal(statSync(root).mode & 0o777, 0o700, 'the cache folder is private');
}

describe('where the caches live', () => {
  test('inside a project: its node_modules/.cache/dpia', () => {
    const { dir, run } = sandbox();
    const project = join(dir, 'project');
    mkdirSync(join(project, 'privacy'), { recursive: true });
    writeFileSync(join(project, 'package.json'), '{"name":"p","private":true}\n');
    cpSync(example, join(project, 'privacy', 'a.dpia.yaml'));
    // From a subfolder: the project is found upwards (its package.json).
    run(['check', '.', '--today', '2026-11-29'], join(project, 'privacy'));
    assertCacheIn(join(project, 'node_modules', '.cache', 'dpia'));
    assert.deepEqual(filesUnder(join(dir, 'xdg')), [], 'nothing in the user cache');
    assert.deepEqual(filesUnder(join(dir, 'tmp')), [], 'nothing in the temp folder');
  });

  test('--cache-location <dir>', () => {
    const { dir, run } = sandbox();
    run(['check', example, '--today', '2026-11-29', '--cache-location', 'my-cache']);
    assertCacheIn(join(dir, 'my-cache'));
    assert.deepEqual(filesUnder(join(dir, 'xdg')), []);
    assert.deepEqual(filesUnder(join(dir, 'tmp')), []);
  });

  test('outside a project: $XDG_CACHE_HOME/dpia', () => {
    const { dir, run } = sandbox();
    run(['check', example, '--today', '2026-11-29']);
    assertCacheIn(join(dir, 'xdg', 'dpia'));
    assert.deepEqual(filesUnder(join(dir, 'tmp')), []);
  });

  test('outside a project without XDG_CACHE_HOME: ~/.cache/dpia', { skip: process.platform === 'win32' || process.platform === 'darwin' }, () => {
    const { dir, env } = sandbox();
    const result = runBin(['check', example, '--today', '2026-11-29'], { cwd: dir, env: { ...env, XDG_CACHE_HOME: undefined } });
    assert.equal(result.code, 0, result.stderr);
    assertCacheIn(join(dir, 'home', '.cache', 'dpia'));
  });
});

describe('a cache folder that is not safely ours is not used', { skip: process.platform === 'win32' }, () => {
  test('a symbolic link', () => {
    const { dir, run } = sandbox();
    mkdirSync(join(dir, 'elsewhere'));
    symlinkSync(join(dir, 'elsewhere'), join(dir, 'link'));
    const result = run(['check', example, '--today', '2026-11-29', '--cache-location', 'link']);
    // `1 file` either way: the example is read migrated in memory until it is at schemaVersion 2.
    assert.match(result.stdout, /1 file checked|in 1 file/);
    assert.deepEqual(filesUnder(join(dir, 'elsewhere')), []);
  });

  test('a folder anyone may write to (0777)', () => {
    const { dir, run } = sandbox();
    mkdirSync(join(dir, 'wide'));
    chmodSync(join(dir, 'wide'), 0o777);
    run(['check', example, '--today', '2026-11-29', '--cache-location', 'wide']);
    assert.deepEqual(filesUnder(join(dir, 'wide')), []);
  });

  test('a link or a wide folder one level down (code/, check/)', () => {
    const { dir, run } = sandbox();
    mkdirSync(join(dir, 'c'), { mode: 0o700 });
    mkdirSync(join(dir, 'elsewhere'));
    symlinkSync(join(dir, 'elsewhere'), join(dir, 'c', 'check'));
    mkdirSync(join(dir, 'c', 'code'));
    chmodSync(join(dir, 'c', 'code'), 0o777);
    run(['check', example, '--today', '2026-11-29', '--cache-location', 'c']);
    assert.deepEqual(filesUnder(join(dir, 'elsewhere')), []);
    assert.deepEqual(filesUnder(join(dir, 'c', 'code')), []);
  });

  test('a folder owned by another user', { skip: process.getuid?.() !== 0 && 'needs root to give a folder away' }, () => {
    const { dir, run } = sandbox();
    mkdirSync(join(dir, 'theirs'), { mode: 0o755 });
    chownSync(join(dir, 'theirs'), 65534, 65534);
    run(['check', example, '--today', '2026-11-29', '--cache-location', 'theirs']);
    assert.deepEqual(filesUnder(join(dir, 'theirs')), []);
  });

  test('a planted entry that is a link is not read', () => {
    const { dir, run } = sandbox();
    const args = ['check', example, '--today', '2026-11-29', '--format', 'json', '--cache-location', 'c'];
    run(args);
    const [build] = readdirSync(join(dir, 'c', 'check'));
    const [entry] = readdirSync(join(dir, 'c', 'check', build));
    const entryPath = join(dir, 'c', 'check', build, entry);
    const data = JSON.parse(readFileSync(entryPath, 'utf8'));
    data.analysis.findings.push({ rule: 'purpose/vague', severity: 'warning', message: 'planted', path: 'purposes.0', line: 1, column: 1, article: 'x', principle: 'purpose', hint: '' });
    writeFileSync(join(dir, 'planted.json'), JSON.stringify(data));
    // The control: a planted entry of our own is read (the cache is really consulted).
    writeFileSync(entryPath, JSON.stringify(data));
    assert.match(run(args).stdout, /planted/);
    rmSync(entryPath);
    symlinkSync(join(dir, 'planted.json'), entryPath);
    assert.doesNotMatch(run(args).stdout, /planted/);
  });
});

describe('pruning', () => {
  test('old builds, builds beyond five and old entries go, at most once a day', () => {
    const { dir, run } = sandbox();
    const root = join(dir, 'c');
    const args = ['check', example, '--today', '2026-11-29', '--cache-location', 'c'];
    run(args);
    const [build] = readdirSync(join(root, 'check'));
    const [code] = readdirSync(join(root, 'code'));
    const old = new Date(Date.now() - 40 * DAY);
    const aged = (path: string, when: Date) => utimesSync(path, when, when);
    const plant = () => {
      for (const kind of ['check', 'code']) {
        mkdirSync(join(root, kind, 'old-build'));
        writeFileSync(join(root, kind, 'old-build', 'x'), '');
        aged(join(root, kind, 'old-build'), old);
        for (let i = 0; i < 7; i++) {
          mkdirSync(join(root, kind, `recent-${i}`));
          aged(join(root, kind, `recent-${i}`), new Date(Date.now() - (i + 1) * 60_000));
        }
      }
      writeFileSync(join(root, 'check', build, 'stale.json'), '{}');
      aged(join(root, 'check', build, 'stale.json'), old);
    };
    plant();
    // Pruned less than a day ago: nothing goes.
    run(args);
    assert.ok(existsSync(join(root, 'check', 'old-build')) && existsSync(join(root, 'code', 'recent-6')));
    // A day later: the old build, the builds beyond the five most recent and the stale entry go.
    aged(join(root, 'pruned'), new Date(Date.now() - 2 * DAY));
    run(args);
    for (const kind of ['check', 'code']) {
      const left = readdirSync(join(root, kind)).sort();
      assert.equal(left.length, 5, `${kind}: ${left.join(', ')}`);
      assert.ok(left.includes(kind === 'check' ? build : code), `${kind}: the build in use is kept`);
      assert.ok(!left.includes('old-build'));
    }
    assert.ok(!existsSync(join(root, 'check', build, 'stale.json')), 'a stale entry goes');
    assert.ok(readdirSync(join(root, 'check', build)).length === 1, 'the fresh entry stays');
    assert.ok(Date.now() - statSync(join(root, 'pruned')).mtimeMs < DAY, 'the stamp is renewed');
  });
});

describe('the code cache', () => {
  const codeFiles = (root: string) => filesUnder(join(root, 'code')).map((f) => f.replace(/^[^/]+\//, '').replace(/-\d+-\d+\./, '.'));

  test('a first short run saves a partial cache; the next complete run replaces it, and it is kept', () => {
    const { dir, run } = sandbox();
    const root = join(dir, 'c');
    writeFileSync(join(dir, 'a.dpia.yaml'), readFileSync(example));
    // The first run with a cache folder writes the result but no code cache (a one-off CI
    // machine would never read it); it makes the build's folder, so the next run writes one.
    run(['check', 'a.dpia.yaml', '--today', '2026-11-29', '--cache-location', 'c']);
    assert.deepEqual(codeFiles(root), []);
    // Answered from the result cache: the parser and the rules never ran.
    run(['check', 'a.dpia.yaml', '--today', '2026-11-29', '--cache-location', 'c']);
    assert.deepEqual(codeFiles(root), ['cli.cjs.partial.bin', 'commands+check.cjs.partial.bin']);
    run(['check', 'a.dpia.yaml', '--today', '2026-11-29', '--no-cache', '--cache-location', 'c']);
    // A complete run also loads the analysis, its own bundle, and js-yaml, which the short run never needed.
    assert.deepEqual(codeFiles(root), ['cli.cjs.complete.bin', 'commands+check-engine.cjs.complete.bin', 'commands+check.cjs.complete.bin', 'vendor+js-yaml.cjs.complete.bin']);
    const [key] = readdirSync(join(root, 'code'));
    const check = readdirSync(join(root, 'code', key)).find((f) => f.startsWith('commands+check'))!;
    const before = statSync(join(root, 'code', key, check)).mtimeMs;
    run(['check', 'a.dpia.yaml', '--today', '2026-11-29', '--cache-location', 'c']);
    assert.equal(statSync(join(root, 'code', key, check)).mtimeMs, before, 'a complete cache is not rewritten by a short run');
  });

  test('two builds keep their caches side by side', () => {
    const { dir, run } = sandbox();
    const install = (name: string, buildId?: string) => {
      const to = join(dir, name);
      for (const part of ['bin', 'dist', 'i18n', 'templates', 'schema', 'package.json']) cpSync(join(ROOT, part), join(to, part), { recursive: true });
      if (buildId) {
        const current = /\b([0-9a-f]{16})\b/.exec(readFileSync(join(ROOT, 'dist', 'boot.cjs'), 'utf8'))![1];
        for (const file of filesUnder(join(to, 'dist'))) {
          const path = join(to, 'dist', file);
          writeFileSync(path, readFileSync(path, 'utf8').replaceAll(current, buildId));
        }
      }
      return join(to, 'bin', 'dpia.js');
    };
    const a = install('a');
    const b = install('b', 'feedfacefeedface');
    const root = join(dir, 'c');
    const args = ['check', example, '--today', '2026-11-29', '--no-cache', '--cache-location', root];
    // Each build's second run writes its code cache (its first makes the folder).
    run(args, dir, a);
    run(args, dir, a);
    const [keyA] = readdirSync(join(root, 'code'));
    const cacheA = () => readdirSync(join(root, 'code', keyA)).map((f) => `${f}@${statSync(join(root, 'code', keyA, f)).mtimeMs}`).sort();
    const first = cacheA();
    assert.ok(first.length > 0, 'build a wrote its code cache');
    run(args, dir, b);
    run(args, dir, b);
    run(args, dir, a);
    const keys = readdirSync(join(root, 'code')).sort();
    assert.equal(keys.length, 2, keys.join(', '));
    assert.ok(keys.some((k) => k.startsWith('feedfacefeedface-')));
    assert.deepEqual(cacheA(), first, "build a's cache survived build b and was used, not rewritten");
  });
});

test('no V8 flags are switched during a run (Node documents it as undefined behaviour)', () => {
  const bundles = filesUnder(join(ROOT, 'dist')).filter((f) => f.endsWith('.cjs'));
  assert.ok(bundles.includes('commands/check.cjs'));
  for (const bundle of bundles) assert.doesNotMatch(readFileSync(join(ROOT, 'dist', bundle), 'utf8'), /setFlagsFromString/, bundle);
  const sources = filesUnder(join(ROOT, 'src')).filter((f) => f.endsWith('.ts'));
  for (const source of sources) assert.doesNotMatch(readFileSync(join(ROOT, 'src', source), 'utf8'), /setFlagsFromString/, source);
});
