// The contract under mutation (issue 11): mutated examples (structural, byte-wise and YAML
// attacks) never crash `check` or `render`. Seeded and bounded in time: DPIA_FUZZ_SEED
// picks the seed (printed on failure), DPIA_FUZZ_MS the budget of each property.
// For each input: exit 0, 1 or 2; no stack trace, no internal error; every error line
// names its file with line:col; each format parses; in a batch, a good file's findings
// are those it has alone. Files that pass the schema are rendered too.
import { strict as assert } from 'node:assert';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { parse, stringify } from 'yaml';
import { EXAMPLES, runMain, tempDir, type RunResult } from '../helpers/cli.ts';

const SEED = Number(process.env.DPIA_FUZZ_SEED ?? 20261130);
const BUDGET_MS = Number(process.env.DPIA_FUZZ_MS ?? 6000);
const TODAY = '2026-11-29';
const FORMATS = ['text', 'json', 'sarif', 'junit', 'github'] as const;
const EXAMPLE_FILES = ['lead-scoring', 'kundeservice-chatbot', 'personlige-tilbud', 'churn-prediction'].map((name) => readFileSync(join(EXAMPLES, name, `${name}.dpia.yaml`), 'utf8'));
const EXAMPLE_DATA = EXAMPLE_FILES.map((text) => parse(text) as Record<string, unknown>);

const PAYLOADS = [
  '', ' ', 'x'.repeat(100_000), '\u2028heading\u2029', '\u202eevil\u202c', 'שלום עולם', 'a\u0000b', '\u0007\u001b[31m', 'é\u0301', '😀'.repeat(50),
  '<script>alert(1)</script>', '[x](javascript:alert(1))', '```\nunclosed', '# heading', '| a | b |', '=1+1', '{{t "x"}}', 'P1M', '2026-02-30', '-1', 'null', 'true',
];
const VALUES: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(...PAYLOADS),
  fc.constantFrom(null, true, false, 0, -1, 1.5, 1e308, Number.MAX_SAFE_INTEGER, [], {}, [[[]]], { id: 'x' }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.integer(),
  fc.integer({ min: 1, max: 3000 }).map((depth) => JSON.parse(`${'['.repeat(depth)}${']'.repeat(depth)}`)),
);

/** YAML that attacks the parser: each replaces or joins a line of an example. */
function billionLaughs(): string {
  const lines = ['x-a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  const names = 'abcdefghi';
  for (let i = 1; i < names.length; i++) lines.push(`x-${names[i]}: &${names[i]} [${Array(9).fill(`*${names[i - 1]}`).join(',')}]`);
  return lines.join('\n');
}
const ATTACKS = [
  'x-cycle: &x [*x]', 'system: &s\n  self: *s', 'x-m: &m {a: 1}\nx-n:\n  <<: *m', '<<: {title: x}', 'system: !!merge {name: x}', 'title: !!binary aGVsbG8=',
  'title: !python/object:os.system x', 'title: !!timestamp 2020-01-01', 'x-set: !!set {a}', 'title: *nowhere', billionLaughs(), 'id: a\nid: b', '---\nid: second',
  '__proto__: {polluted: yes}', '? [complex]\n: key', '\ufeff', '\t', 'title: "unclosed', '%YAML 1.1\n---', 'x: !!int 1.5', `x: ${'['.repeat(20_000)}`,
];

/** Path to a random node of `data`, chosen by the numbers in `picks`. */
function mutate(data: unknown, picks: number[], op: number, value: unknown): unknown {
  const root = structuredClone(data);
  let node = root as Record<string, unknown>;
  for (const pick of picks) {
    const keys = node && typeof node === 'object' ? Object.keys(node) : [];
    if (keys.length === 0) break;
    const key = keys[pick % keys.length];
    const child = node[key];
    const last = pick === picks[picks.length - 1] || !child || typeof child !== 'object';
    if (last) {
      if (op === 0) delete node[key];
      else if (op === 1) node[key] = value;
      else if (op === 2) node[`${key}`.toUpperCase() === key ? `${key}x` : key.toUpperCase()] = child;
      else if (op === 3) node[key] = Array.isArray(child) ? { ...child } : typeof child === 'object' ? [child] : { value: child };
      else node[key] = [child, child];
      break;
    }
    node = child as Record<string, unknown>;
  }
  return root;
}

const structural = fc.tuple(fc.nat(EXAMPLE_DATA.length - 1), fc.array(fc.nat(), { minLength: 1, maxLength: 6 }), fc.nat(4), VALUES)
  .map(([example, picks, op, value]) => Buffer.from(yamlText(mutate(EXAMPLE_DATA[example], picks, op, value))));

/** The mutated data as YAML; nesting too deep for the yaml library's (recursive) printer is written as JSON, which is YAML too. */
function yamlText(value: unknown): string {
  try {
    return stringify(value, { aliasDuplicateObjects: false, lineWidth: 0 });
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    return JSON.stringify(value);
  }
}

const bytewise = fc.tuple(fc.nat(EXAMPLE_FILES.length - 1), fc.array(fc.tuple(fc.nat(), fc.nat(2), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }))
  .map(([example, edits]) => {
    const bytes = [...Buffer.from(EXAMPLE_FILES[example])];
    for (const [at, kind, byte] of edits) {
      const i = at % bytes.length;
      if (kind === 0) bytes[i] = byte;
      else if (kind === 1) bytes.splice(i, 0, byte);
      else bytes.splice(i, 1);
    }
    return Buffer.from(bytes);
  });

const attacks = fc.tuple(fc.nat(EXAMPLE_FILES.length - 1), fc.constantFrom(...ATTACKS), fc.nat(), fc.boolean())
  .map(([example, attack, at, replace]) => {
    const lines = EXAMPLE_FILES[example].split('\n');
    const top = lines.map((line, i) => (/^[a-zA-Z]/.test(line) ? i : -1)).filter((i) => i >= 0);
    const i = top[at % top.length];
    lines.splice(i, replace ? 1 : 0, attack);
    return Buffer.from(lines.join('\n'));
  });

const STACK = /^\s+at [^\n]+:\d+:\d+\)?$/m;

/** The contract of one run over files of which `bad` may be bad. */
function contract(result: RunResult, files: string[], format: string): void {
  assert.ok([0, 1, 2].includes(result.code), `exit ${result.code}`);
  for (const stream of [result.stdout, result.stderr]) {
    assert.doesNotMatch(stream, STACK, 'a stack trace');
    assert.doesNotMatch(stream, /internal error|intern feil|this is a bug in dpia/, 'an internal error');
  }
  const names = files.map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  for (const line of result.stderr.split('\n').filter(Boolean)) assert.match(line, new RegExp(`^dpia: (${names}):\\d+:\\d+: \\S`), 'an error line names its file and line:col');
  if (result.code === 2) assert.notEqual(result.stderr, '', 'exit 2 says why');
  if (format === 'json' || format === 'sarif') JSON.parse(result.stdout);
  if (format === 'junit') {
    assert.equal(XMLValidator.validate(result.stdout), true, 'junit is well-formed XML');
    new XMLParser().parse(result.stdout);
  }
  if (format === 'github') for (const line of result.stdout.split('\n').filter(Boolean)) assert.match(line, /^::(error|warning) file=[^\n]*::/);
}

// The suite's timeout grows with the budget, so a long run is not cancelled half-way.
describe('fuzz: mutated assessments keep the contract', { timeout: Math.max(120_000, 3 * BUDGET_MS + 90_000) }, () => {
  const temp = tempDir('dpia-fuzz-');
  after(() => temp.cleanup());
  const good = 'good.dpia.yaml';
  writeFileSync(join(temp.dir, good), EXAMPLE_FILES[0]);
  const check = (files: string[], format: string) => runMain(['check', '--no-cache', '--today', TODAY, '--format', format, ...files], { cwd: temp.dir });
  let goodAlone: unknown;
  // Loading the commands is not part of the budget.
  before(async () => {
    goodAlone = JSON.parse((await check([good], 'json')).stdout).files[0];
    await runMain(['render', good, '--today', TODAY, '--format', 'html', '-o', 'out.html'], { cwd: temp.dir });
  });
  let n = 0;
  let rendered = 0;

  const property = (input: fc.Arbitrary<Buffer>) => fc.asyncProperty(input, fc.constantFrom(...FORMATS), async (bytes, format) => {
    const file = `m${n++ % 4}.dpia.yaml`;
    writeFileSync(join(temp.dir, file), bytes);
    contract(await check([file], format), [file], format);
    // In a batch the good file's findings are those it has alone.
    const batch = await check([file, good], 'json');
    contract(batch, [file, good], 'json');
    assert.deepEqual(JSON.parse(batch.stdout).files.find((f: { file: string }) => f.file === good), goodAlone);
    // What passes the schema renders without a crash.
    const findings = JSON.parse(batch.stdout).files.find((f: { file: string }) => f.file === file)?.findings ?? [];
    if (batch.code !== 2 && !findings.some((f: { rule: string }) => f.rule.startsWith('schema/') && f.rule !== 'schema/version')) {
      rendered++;
      for (const out of ['md', 'html']) {
        const render = await runMain(['render', file, '--draft', '--today', TODAY, '--format', out, '-o', `out.${out}`], { cwd: temp.dir });
        assert.ok([0, 1, 2].includes(render.code), `render exit ${render.code}`);
        assert.doesNotMatch(render.stderr, STACK);
        assert.doesNotMatch(render.stderr, /internal error/);
      }
    }
  });

  for (const [name, input] of [['structural mutations', structural], ['byte-wise mutations', bytewise], ['YAML attacks', attacks]] as const) {
    it(name, async () => {
      try {
        await fc.assert(property(input), { seed: SEED, numRuns: 100_000, interruptAfterTimeLimit: BUDGET_MS, markInterruptAsFailure: false });
      } catch (error) {
        throw new Error(`fuzz failed with DPIA_FUZZ_SEED=${SEED}: ${(error as Error).message}`, { cause: error });
      }
    });
  }
  it('ran inputs and renders (the budget was not spent on nothing)', (t) => {
    t.diagnostic(`${n} inputs, ${rendered} renders, seed ${SEED}`);
    assert.ok(n >= 10, `${n} inputs`);
    assert.ok(rendered >= 1, `${rendered} renders`);
  });

});
