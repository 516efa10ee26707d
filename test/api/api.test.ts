// The programmatic API (src/api.ts) in-process: the commands' answers as values, typed errors
// instead of printed lines, and save() writing as dpia's own writers do. The built package
// (dist/api.*) is exercised from a packed install in test/cli/pack.test.ts.
import assert from 'node:assert/strict';
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { check, checkText, DpiaError, fairness, InputError, load, render, save, SCHEMA_VERSION, UsageError, type Assessment } from '../../src/api.ts';
import { EXAMPLES, FIXTURES, runMain, tempDir } from '../helpers/cli.ts';

const LEAD = join(EXAMPLES, 'lead-scoring', 'lead-scoring.dpia.yaml');
const SPARSE = join(FIXTURES, 'render', 'sparse.dpia.yaml');

/** Runs `body` and fails when it wrote anything to the process's stdout or stderr. */
async function silently<T>(body: () => Promise<T>): Promise<T> {
  const written: string[] = [];
  const [out, err] = [process.stdout.write, process.stderr.write];
  // The test runner's own output passes through: its messages to its parent are Buffers, and
  // where the files share its process (--experimental-test-isolation=none, as CI runs Node.js
  // 22 and 24) its reporter's text comes through Node.js's streams. The API's text is caught.
  // Only the caller's own frame counts: every frame below it is the runner's.
  const fromRunner = () => /\(node:internal\/streams\//.test(new Error().stack?.split('\n')[3] ?? '');
  const capture = (write: typeof process.stdout.write) => ((chunk: unknown, ...rest: never[]) => {
    if (typeof chunk === 'string' && !fromRunner()) written.push(chunk);
    else write(chunk as never, ...rest);
    return true;
  }) as typeof process.stdout.write;
  process.stdout.write = capture(out.bind(process.stdout));
  process.stderr.write = capture(err.bind(process.stderr));
  try {
    return await body();
  } finally {
    process.stdout.write = out;
    process.stderr.write = err;
    assert.deepEqual(written, [], 'the API printed nothing');
  }
}

async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  assert.fail('expected an error');
}

describe('check and checkText', () => {
  it('answer what dpia check --format json reports, plus the principle and the hint', async () => {
    const report = await silently(() => check([SPARSE, LEAD], { today: '2026-11-30' }));
    const cli = await runMain(['check', SPARSE, LEAD, '--format', 'json', '--today', '2026-11-30', '--no-cache']);
    const json = JSON.parse(cli.stdout) as { files: { file: string; findings: Record<string, unknown>[] }[]; summary: unknown };
    assert.equal(report.exitCode, cli.code);
    assert.equal(report.exitCode, 1);
    assert.deepEqual(report.summary, json.summary);
    assert.deepEqual(report.files.map((f) => f.file), json.files.map((f) => f.file));
    assert.deepEqual(report.files.map((f) => f.findings.map(({ rule, severity, message, path, line, column, article }) => ({ rule, severity, message, path, line, column, article }))), json.files.map((f) => f.findings));
    const [first] = report.files.flatMap((f) => f.findings);
    assert.ok(first.principle && first.hint, 'principle and hint');
  });

  it('report an unreadable file as an entry with its error, exit code 2, the others checked', async () => {
    const report = await silently(() => check(['missing.dpia.yaml', LEAD], { today: '2026-11-30' }));
    assert.equal(report.exitCode, 2);
    assert.equal(report.files.length, 2);
    assert.equal(report.files[0].file, 'missing.dpia.yaml');
    assert.ok(report.files[0].error?.message);
    assert.equal(report.files[1].findings.length, 0);
  });

  it('strict fails on warnings, quiet drops them', async () => {
    const plain = await check(SPARSE, { today: '2026-11-30' });
    assert.ok(plain.summary.warnings > 0);
    assert.equal((await check(SPARSE, { today: '2026-11-30', quiet: true })).summary.warnings, 0);
    const lenient = await check(LEAD, { today: '2026-11-30', strict: true });
    assert.equal(lenient.exitCode, 0);
  });

  it('checkText finds in text what check finds in the file, under the given name', async () => {
    const text = readFileSync(SPARSE, 'utf8');
    const file = await silently(() => checkText(text, { file: 'privacy/sparse.dpia.yaml', today: '2026-11-30' }));
    const [fromDisk] = (await check(SPARSE, { today: '2026-11-30' })).files;
    assert.equal(file.file, 'privacy/sparse.dpia.yaml');
    assert.deepEqual(file.findings, fromDisk.findings);
  });

  it('checkText throws an InputError with the line and column of text that does not parse', async () => {
    const error = await rejection(silently(() => checkText('id: x\npurposes: [\n', { file: 'broken.dpia.yaml' })));
    assert.ok(error instanceof InputError && error instanceof DpiaError);
    assert.equal(error.file, 'broken.dpia.yaml');
    assert.equal(typeof error.line, 'number');
    assert.equal(typeof error.column, 'number');
    assert.match(error.message, /^broken\.dpia\.yaml:\d+:\d+: /);
    assert.match(error.text('nb'), /^broken\.dpia\.yaml:\d+:\d+: /);
  });

  it('a usage error throws a UsageError', async () => {
    assert.ok(await rejection(check(LEAD, { lang: 'xx' })) instanceof UsageError);
    assert.ok(await rejection(check(LEAD, { today: '2026-02-30' })) instanceof UsageError);
    assert.ok(await rejection(render(LEAD, { format: 'rtf' as 'md' })) instanceof UsageError);
  });
});

describe('render', () => {
  it('answers the bytes dpia render prints', async () => {
    for (const args of [[], ['--doc', 'notice', '--lang', 'nb'], ['--format', 'html']]) {
      const cli = await runMain(['render', LEAD, '--today', '2026-11-30', ...args]);
      assert.equal(cli.code, 0, cli.stderr);
      const options = { today: '2026-11-30', doc: args.includes('notice') ? 'notice' as const : undefined, lang: args.includes('nb') ? 'nb' : undefined, format: args.includes('html') ? 'html' as const : undefined };
      assert.equal(await silently(() => render(LEAD, options)), cli.stdout, args.join(' '));
    }
  });

  it('answers a Word document as the bytes dpia render --format docx writes', async () => {
    const { dir, cleanup } = tempDir('dpia-api-docx-');
    try {
      const out = join(dir, 'report.docx');
      const cli = await runMain(['render', LEAD, '--today', '2026-11-30', '--format', 'docx', '-o', out]);
      assert.equal(cli.code, 0, cli.stderr);
      const bytes: Uint8Array = await render(LEAD, { today: '2026-11-30', format: 'docx' });
      assert.ok(bytes instanceof Uint8Array);
      assert.deepEqual(Buffer.from(bytes), readFileSync(out));
    } finally {
      cleanup();
    }
  });

  it('tells onWarning what dpia render says on stderr, in the words of lang, and tells nothing else', async () => {
    const cli = await runMain(['render', LEAD, '--today', '2026-11-30', '--doc', 'notice', '--lang', 'nb']);
    const warnings: string[] = [];
    await render(LEAD, { today: '2026-11-30', doc: 'notice', lang: 'nb', onWarning: (warning) => warnings.push(warning) });
    assert.deepEqual(warnings.map((warning) => `dpia: ${LEAD}: ${warning}\n`), [cli.stderr]);
    assert.match(warnings[0], /^advarsel: vurderingen er skrevet på engelsk /);
    // In the file's own language there is nothing to tell.
    const none: string[] = [];
    await render(LEAD, { today: '2026-11-30', doc: 'notice', onWarning: (warning) => none.push(warning) });
    assert.deepEqual(none, []);
  });

  it('refuses a notice that lacks required elements with an InputError naming them, unless a draft', async () => {
    const error = await rejection(silently(() => render(SPARSE, { doc: 'notice' })));
    assert.ok(error instanceof InputError);
    assert.equal(error.file, SPARSE);
    assert.match(error.message, /lacks \d+ required elements: .*\[[a-z-]+\]/);
    assert.match(await render(SPARSE, { doc: 'notice', draft: true }), /^# /);
  });
});

describe('fairness', () => {
  it('answers the runs dpia fairness computes, records them unless told not to, and throws on bad data', async () => {
    const { dir, cleanup } = tempDir('dpia-api-fairness-');
    try {
      const file = join(dir, 'lead-scoring.dpia.yaml');
      copyFileSync(LEAD, file);
      const counts = join(EXAMPLES, 'lead-scoring', 'scores-by-group.csv');
      const recorded = (load(LEAD).data.evidence?.fairness ?? []).map((run) => ({ ...run, data: undefined }));
      const dry = await fairness(file, { data: counts, today: '2026-11-13', record: false });
      assert.equal(dry.exitCode, 0);
      assert.equal(dry.data.rows, 72000);
      assert.deepEqual(dry.runs.map((run) => ({ ...run, data: undefined })), recorded);
      assert.equal(readFileSync(file, 'utf8'), readFileSync(LEAD, 'utf8'), 'record: false writes nothing');
      const run = await fairness(file, { data: counts, tests: ['calibration-region'], today: '2026-12-01' });
      assert.equal(run.runs.length, 1);
      assert.equal(load(file).data.evidence?.fairness?.length, recorded.length + 1);
      await assert.rejects(fairness(file, { data: join(dir, 'missing.csv') }), (error: unknown) => error instanceof InputError && /missing\.csv/.test(error.message));
    } finally {
      cleanup();
    }
  });
});

describe('load and save', () => {
  const { dir, cleanup } = tempDir('dpia-api-');
  after(cleanup);
  const original = [
    '# yaml-language-server: $schema=../schema/dpia.schema.json',
    `schemaVersion: ${SCHEMA_VERSION}`,
    'id: scoring',
    'title: "Lead scoring" # quoted on purpose',
    'version: "1.0"',
    'status: draft',
    '',
    '# Purposes come next.',
    'purposes:',
    '- id: rank   # flush list style',
    '  description: Rank leads.',
    'x-team: crm # a key dpia does not know',
    'review:',
    '  next: 2027-01-01',
    '',
  ];

  it('writes only the changed values: comments, quoting, list style, unknown keys, CRLF and BOM kept', async () => {
    for (const [name, eol, bom] of [['lf', '\n', ''], ['crlf', '\r\n', '\ufeff']] as const) {
      const file = join(dir, `${name}.dpia.yaml`);
      writeFileSync(file, bom + original.join(eol));
      const loaded = load(file);
      assert.equal(loaded.data.title, 'Lead scoring');
      assert.equal(await silently(() => save(file, loaded.data, { expected: loaded.text })), false, 'nothing to change');
      assert.equal(readFileSync(file, 'utf8'), bom + original.join(eol));
      const data: Assessment = { ...loaded.data, status: 'in-review', purposes: [...loaded.data.purposes!, { id: 'churn', description: 'Predict churn.' }] };
      delete data.review;
      assert.equal(await save(file, data, { expected: loaded.text }), true);
      const expected = [...original.slice(0, 5), 'status: in-review', ...original.slice(6, 11), '- id: churn', '  description: Predict churn.', original[11], ''];
      // Byte for byte in CRLF too: the list item next to the added one keeps the spaces before its comment.
      assert.equal(readFileSync(file, 'utf8'), bom + expected.join(eol), name);
      assert.deepEqual(readdirSync(dir).filter((f) => !f.endsWith('.dpia.yaml')), [], 'no temp or lock file left');
    }
  });

  it('refuses to save over a change made since load, and writes nothing', async () => {
    const file = join(dir, 'changed.dpia.yaml');
    writeFileSync(file, original.join('\n'));
    const loaded = load(file);
    writeFileSync(file, original.join('\n').replace('Rank leads.', 'Rank leads first.'));
    const error = await rejection(save(file, { ...loaded.data, title: 'Other' }, { expected: loaded.text }));
    assert.ok(error instanceof InputError);
    assert.match(error.message, /changed/);
    assert.match(readFileSync(file, 'utf8'), /Rank leads first\.\n/);
    assert.doesNotMatch(readFileSync(file, 'utf8'), /Other/);
  });

  it('creates a file that does not exist, keys in the order of the format', async () => {
    const file = join(dir, 'new', 'fresh.dpia.yaml');
    assert.equal(await save(file, { title: 'Fresh', schemaVersion: SCHEMA_VERSION, purposes: [{ id: 'p' }], id: 'fresh' }), true);
    assert.equal(readFileSync(file, 'utf8'), `schemaVersion: ${SCHEMA_VERSION}\nid: fresh\ntitle: Fresh\npurposes:\n  - id: p\n`);
    assert.deepEqual(load(file).data, { schemaVersion: SCHEMA_VERSION, id: 'fresh', title: 'Fresh', purposes: [{ id: 'p' }] });
  });

  it('loads an older schemaVersion in the current shape and refuses to save to it until migrated', async () => {
    const file = join(dir, 'old.dpia.yaml');
    copyFileSync(join(FIXTURES, 'interview', 'commented.dpia.yaml'), file);
    const before = readFileSync(file, 'utf8');
    const loaded = load(file);
    assert.equal(loaded.text, before);
    const error = await rejection(save(file, loaded.data));
    assert.ok(error instanceof InputError);
    assert.match(error.message, /dpia migrate/);
    assert.equal(readFileSync(file, 'utf8'), before);
  });

  it('throws an InputError with line and column for a file that does not parse, or a newer schemaVersion', async () => {
    const bad = join(dir, 'bad.dpia.yaml');
    writeFileSync(bad, 'id: x\nid: y\n');
    assert.throws(() => load(bad), (error: unknown) => error instanceof InputError && error.line === 2 && error.file === bad);
    const newer = join(dir, 'newer.dpia.yaml');
    writeFileSync(newer, `schemaVersion: ${SCHEMA_VERSION + 1}\nid: x\n`);
    assert.throws(() => load(newer), (error: unknown) => error instanceof InputError && error.line === 1);
    assert.ok(await rejection(save(newer, { id: 'y' })) instanceof InputError);
    assert.equal(readFileSync(newer, 'utf8'), `schemaVersion: ${SCHEMA_VERSION + 1}\nid: x\n`);
  });
});
