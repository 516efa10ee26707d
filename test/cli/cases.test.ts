// One table of CLI cases, each run twice: in-process through main() and against the
// built binary as a subprocess (what users and CI run). Output of every `check` format
// is compared with golden files in test/fixtures/cli/golden/ (write them with
// UPDATE_GOLDEN=1) and parsed with a real parser for its format.
import { strict as assert } from 'node:assert';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { RULES } from '../../src/rules/registry.ts';
import { EXAMPLES, FIXTURES, ROOT, runBin, runMain, tempDir, type RunResult } from '../helpers/cli.ts';

const GOLDEN = join(FIXTURES, 'cli', 'golden');
const UPDATE = process.env.UPDATE_GOLDEN === '1';
const TODAY = '2026-11-29';
const LEAD_SCORING = join(EXAMPLES, 'lead-scoring', 'lead-scoring.dpia.yaml');
// A draft with findings (and characters every format must escape), a file whose name
// holds a comma and a space, and a complete example without findings.
// The complete example does not record the AI Act fields of issue 12 yet (the examples are
// signed and updated separately): these cases check it with the ai-act/* group off, so it
// stays the clean file they need. Remove when the examples record the fields.
const CHECK_SET = ['test/fixtures/cli/check', 'examples/lead-scoring', '--today', TODAY];

// ajv-formats is CommonJS; under tsx its default export may arrive wrapped.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (ajv: Ajv) => Ajv;

interface Case {
  name: string;
  args: string[] | ((dir: string) => string[]);
  /** Working directory; `dir` is a fresh temp folder prepared by `setup`. */
  cwd?: 'root' | 'temp';
  env?: NodeJS.ProcessEnv;
  setup?: (dir: string) => void;
  code: number;
  /** Compared with test/fixtures/cli/golden/<golden>. */
  golden?: string;
  check?: (result: RunResult, dir: string) => void;
}

/** Runs `fn` against both runners, with the same temp folder contract. */
function both(c: Case) {
  for (const runner of ['in-process', 'binary'] as const) {
    it(`${c.name} (${runner})`, { timeout: 60_000 }, async () => {
      const temp = tempDir();
      try {
        c.setup?.(temp.dir);
        const cwd = c.cwd === 'temp' ? temp.dir : ROOT;
        const args = typeof c.args === 'function' ? c.args(temp.dir) : c.args;
        // The binary gets a spawn timeout: a hang fails the case instead of the suite.
        const result = runner === 'binary'
          ? runBin(args, { cwd, env: c.env, timeout: 30_000 })
          : await runMain(args, { cwd, env: c.env });
        assert.equal(result.code, c.code, `exit code\nstdout: ${result.stdout}\nstderr: ${result.stderr}`);
        if (c.golden) compareGolden(c.golden, result.stdout);
        c.check?.(result, temp.dir);
      } finally {
        temp.cleanup();
      }
    });
  }
}

const written = new Set<string>();
function compareGolden(name: string, actual: string) {
  const file = join(GOLDEN, name);
  if (UPDATE && !written.has(name)) {
    mkdirSync(GOLDEN, { recursive: true });
    writeFileSync(file, actual);
    written.add(name);
    return;
  }
  assert.ok(existsSync(file), `missing golden ${file}; run UPDATE_GOLDEN=1 node --import tsx --test test/cli/cases.test.ts`);
  assert.equal(actual, readFileSync(file, 'utf8'), `output differs from ${name}; if the change is intended, regenerate with UPDATE_GOLDEN=1`);
}

const noStack = (stderr: string) => {
  assert.doesNotMatch(stderr, /^\s+at [^\n(]+\([^\n()]+:\d+:\d+\)$/m, 'stack trace on stderr');
  assert.doesNotMatch(stderr, /internal error/, 'internal error');
};

/** Exactly one line: `dpia: <file>[:line:col]: <reason>`. */
function oneClearLine(stderr: string, file: string, where: boolean, reason: RegExp) {
  noStack(stderr);
  const lines = stderr.split('\n').filter(Boolean);
  assert.equal(lines.length, 1, `expected one line on stderr, got:\n${stderr}`);
  const escaped = file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`^dpia: ${escaped}${where ? ':\\d+:\\d+' : ''}: \\S`);
  assert.match(lines[0], pattern);
  if (!where) assert.doesNotMatch(lines[0], new RegExp(`^dpia: ${escaped}:\\d+`), 'unexpected line:column');
  assert.match(lines[0], reason);
}

const ESC = '\u001b[';

// ---- format parsers ---------------------------------------------------------------

const DESIGN_FINDING_KEYS = ['article', 'column', 'line', 'message', 'path', 'rule', 'severity'];

interface JsonFinding { rule: string; severity: string; message: string; path: string; line: number; column: number; article: string }
interface JsonFileError { message: string; line?: number; column?: number; rule?: string }

function parseJsonReport(stdout: string) {
  const report = JSON.parse(stdout) as { files: { file: string; findings: JsonFinding[]; error?: JsonFileError }[]; summary: { files: number; errors: number; warnings: number } };
  assert.deepEqual(Object.keys(report).sort(), ['files', 'summary']);
  for (const file of report.files) {
    // A file that could not be checked has an error and no findings.
    if (file.error) {
      assert.deepEqual(Object.keys(file).sort(), ['error', 'file', 'findings']);
      assert.deepEqual(file.findings, []);
      assert.equal(typeof file.error.message, 'string');
      assert.ok(file.error.line === undefined || (Number.isInteger(file.error.line) && Number.isInteger(file.error.column)));
      continue;
    }
    assert.deepEqual(Object.keys(file).sort(), ['file', 'findings']);
    for (const finding of file.findings) {
      assert.deepEqual(Object.keys(finding).sort(), DESIGN_FINDING_KEYS);
      assert.ok(finding.severity === 'error' || finding.severity === 'warning');
      assert.ok(Number.isInteger(finding.line) && (finding.line as number) >= 1);
      assert.ok(Number.isInteger(finding.column) && (finding.column as number) >= 1);
    }
  }
  const all = report.files.flatMap((f) => f.findings);
  assert.equal(report.summary.errors, all.filter((f) => f.severity === 'error').length);
  assert.equal(report.summary.warnings, all.filter((f) => f.severity === 'warning').length);
  assert.equal(report.summary.files, report.files.length);
  return report;
}

let sarifValidator: ReturnType<Ajv['compile']>;
function validateSarif(stdout: string) {
  if (!sarifValidator) {
    // The official schema is draft-04: `id` names the schema; the keywords it uses mean
    // the same in the draft ajv 8 reads. Its patterns are not valid with the u flag.
    const schema = JSON.parse(readFileSync(join(ROOT, 'node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
    const { $schema: _draft, id, ...rest } = schema;
    const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
    addFormats(ajv);
    sarifValidator = ajv.compile({ $id: id, ...rest });
  }
  const log = JSON.parse(stdout);
  assert.equal(sarifValidator(log), true, JSON.stringify(sarifValidator.errors, null, 2));
  return log;
}

// `::error file=F,line=L,col=C,title=T::MESSAGE`: properties cannot hold raw , : % CR LF;
// the message cannot hold raw % CR LF.
const GITHUB_LINE = /^::(error|warning) file=([^,:%\r\n]|%(25|0D|0A|3A|2C))+,line=[1-9]\d*,col=[1-9]\d*,title=([^,:%\r\n]|%(25|0D|0A|3A|2C))+::([^%\r\n]|%(25|0D|0A))*$/;
const unescapeGithub = (s: string) => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');

// ---- bad input ---------------------------------------------------------------------

function billionLaughs(): string {
  const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  const names = 'abcdefghi';
  for (let i = 1; i < names.length; i++) {
    lines.push(`${names[i]}: &${names[i]} [${Array(9).fill(`*${names[i - 1]}`).join(',')}]`);
  }
  return `${lines.join('\n')}\n`;
}

interface BadInput {
  name: string;
  file: string;
  /** Content written into the temp folder; undefined = nothing is created. */
  write?: (path: string) => void;
  where: boolean;
  reason: RegExp;
}

const text = (content: string) => (path: string) => writeFileSync(path, content);
const BAD_INPUTS: BadInput[] = [
  { name: 'not YAML', file: 'broken.dpia.yaml', write: text('schemaVersion: 1\ntitle: [unclosed\n  id: }\n'), where: true, reason: /not valid YAML/ },
  { name: 'an empty file', file: 'empty.dpia.yaml', write: text(''), where: true, reason: /is empty/ },
  { name: 'only comments', file: 'comments.dpia.yaml', write: text('# nothing here yet\n'), where: true, reason: /is empty/ },
  { name: 'a top-level list', file: 'list.dpia.yaml', write: text('- schemaVersion: 1\n- id: x\n'), where: true, reason: /list at the top level/ },
  { name: 'a top-level scalar', file: 'scalar.dpia.yaml', write: text('just some text\n'), where: true, reason: /single value at the top level/ },
  { name: 'several documents', file: 'multi.dpia.yaml', write: text('schemaVersion: 1\nid: a\n---\nschemaVersion: 1\nid: b\n'), where: true, reason: /several YAML documents/ },
  { name: 'duplicate keys', file: 'dup.dpia.yaml', write: text('schemaVersion: 1\nid: a\ntitle: x\nid: b\n'), where: true, reason: /duplicate key "id"/ },
  { name: 'an alias bomb', file: 'bomb.dpia.yaml', write: text(billionLaughs()), where: true, reason: /alias/ },
  { name: 'an unresolved alias', file: 'alias.dpia.yaml', write: text('schemaVersion: 1\ntitle: *nowhere\n'), where: true, reason: /alias \*nowhere/ },
  { name: 'a __proto__ key', file: 'proto.dpia.yaml', write: text('schemaVersion: 1\n__proto__:\n  polluted: yes\n'), where: true, reason: /"__proto__" is not allowed/ },
  { name: 'a nested __proto__ key', file: 'proto2.dpia.yaml', write: text('schemaVersion: 1\npurposes:\n  - id: p\n    "__proto__": {polluted: yes}\n'), where: true, reason: /"__proto__" is not allowed/ },
  { name: 'a constructor key', file: 'ctor.dpia.yaml', write: text('schemaVersion: 1\nconstructor:\n  prototype:\n    polluted: yes\n'), where: true, reason: /"constructor" is not allowed/ },
  { name: 'binary bytes', file: 'binary.dpia.yaml', write: (p) => writeFileSync(p, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d])), where: true, reason: /binary/ },
  { name: 'Latin-1 bytes', file: 'latin1.dpia.yaml', write: (p) => writeFileSync(p, Buffer.concat([Buffer.from('schemaVersion: 1\ntitle: '), Buffer.from([0xe6, 0xf8, 0xe5]), Buffer.from('\n')])), where: true, reason: /not UTF-8.*0xe6/ },
  { name: 'UTF-16 text', file: 'utf16.dpia.yaml', write: (p) => writeFileSync(p, Buffer.from('\ufeffschemaVersion: 1\n', 'utf16le')), where: true, reason: /UTF-16/ },
  { name: 'a directory without assessments', file: 'nothing-here', write: (p) => mkdirSync(p), where: false, reason: /holds no \.dpia\.yaml files; `dpia new` starts one/ },
  { name: 'a missing file', file: 'missing.dpia.yaml', where: false, reason: /no such file/ },
  { name: 'a file of 10 MB', file: 'big.dpia.yaml', write: (p) => writeFileSync(p, `schemaVersion: 1\nnotes: "${'x'.repeat(10 * 1024 * 1024)}"\n`), where: true, reason: /10\.0 MB; an assessment may be at most/ },
  { name: 'deep nesting', file: 'deep.dpia.yaml', write: text(`schemaVersion: 1\nx: ${'['.repeat(20_000)}${']'.repeat(20_000)}\n`), where: true, reason: /nests too deeply/ },
  { name: 'an alias cycle', file: 'cycle.dpia.yaml', write: text('schemaVersion: 1\nsystem: &s\n  self: *s\n'), where: true, reason: /alias \*s lies inside/ },
  { name: 'a merge key', file: 'merge.dpia.yaml', write: text('schemaVersion: 1\nbase: &b {name: x}\nsystem:\n  <<: *b\n'), where: true, reason: /merge key/ },
  { name: 'a !!merge tag', file: 'mergetag.dpia.yaml', write: text('schemaVersion: 1\nsystem: !!merge {name: x}\n'), where: true, reason: /tag !!merge/ },
  { name: 'a tag of an unknown type', file: 'tag.dpia.yaml', write: text('schemaVersion: 1\ntitle: !python/object x\n'), where: true, reason: /tag !python\/object/ },
  { name: 'a !!binary tag', file: 'binarytag.dpia.yaml', write: text('schemaVersion: 1\ntitle: !!binary aGVsbG8=\n'), where: true, reason: /tag !!binary/ },
  { name: 'a folder named like an assessment', file: 'folder.dpia.yaml', write: (p) => mkdirSync(p), where: true, reason: /is a directory/ },
  { name: 'a newer schemaVersion', file: 'newer.dpia.yaml', write: text('schemaVersion: 99\nid: from-the-future\n'), where: true, reason: /schemaVersion 99.*needs (dpia ≥|a newer dpia)/ },
];

// ---- the table ---------------------------------------------------------------------

const CASES: Case[] = [
  // exit codes
  { name: 'complete example: exit 0, no findings', args: ['check', 'examples/lead-scoring', '--today', TODAY], code: 0, check: (r) => {
    assert.match(r.stdout, /1 file checked, no findings/);
    assert.equal(r.stderr, '');
  } },
  { name: 'the three complete examples: exit 0, no findings', args: ['check', 'examples/lead-scoring', 'examples/kundeservice-chatbot', 'examples/personlige-tilbud', '--format', 'json'], code: 0, check: (r) => {
    const report = parseJsonReport(r.stdout);
    assert.equal(report.summary.files, 3);
    assert.deepEqual(report.files.flatMap((f) => f.findings), []);
  } },
  { name: 'the churn draft: exit 1 with findings from five or more principles', args: ['check', 'examples/churn-prediction', '--format', 'sarif'], code: 1, check: (r) => {
    const log = validateSarif(r.stdout);
    const principles = new Set(log.runs[0].results.map((result: { properties: { principle: string } }) => result.properties.principle));
    principles.delete('structure');
    assert.ok(principles.size >= 5, [...principles].join(', '));
  } },
  { name: 'draft with errors: exit 1', args: ['check', 'test/fixtures/cli/check/draft.dpia.yaml', '--today', TODAY], code: 1, check: (r) => assert.equal(r.stderr, '') },
  { name: 'unknown format: exit 2', args: ['check', '--format', 'xml'], code: 2, check: (r) => { noStack(r.stderr); assert.match(r.stderr, /xml/); } },
  { name: 'unknown language: exit 2', args: ['check', '--lang', 'de', 'examples/lead-scoring'], code: 2, check: (r) => noStack(r.stderr) },
  { name: 'bad --today: exit 2', args: ['check', '--today', '29.11.2026', 'examples/lead-scoring'], code: 2, check: (r) => { noStack(r.stderr); assert.match(r.stderr, /YYYY-MM-DD/); } },
  { name: 'unknown command: exit 2', args: ['frobnicate'], code: 2, check: (r) => noStack(r.stderr) },
  { name: '--help: exit 0', args: ['check', '--help'], code: 0, check: (r) => assert.match(r.stdout, /--format/) },

  // every format on the same set of files
  { name: 'check --format text', args: ['check', ...CHECK_SET], code: 1, golden: 'check.text.txt', check: (r) => {
    assert.ok(!r.stdout.includes(ESC), 'ANSI codes without a TTY');
    assert.match(r.stdout, /^✖ \d+ findings \(\d+ errors, \d+ warnings\) in 3 files$/m);
    assert.match(r.stdout, /^test\/fixtures\/cli\/check\/draft\.dpia\.yaml$/m);
    assert.match(r.stdout, /^ {2}\d+:\d+ +(error|warning) +[a-z-]+\/[a-z-]+ +\S/m);
  } },
  { name: 'check --format json', args: ['check', ...CHECK_SET, '--format', 'json'], code: 1, golden: 'check.json', check: (r) => {
    const report = parseJsonReport(r.stdout);
    assert.deepEqual(report.files.map((f) => f.file), ['examples/lead-scoring/lead-scoring.dpia.yaml', 'test/fixtures/cli/check/draft.dpia.yaml', 'test/fixtures/cli/check/odd, name.dpia.yaml']);
    assert.deepEqual(report.files[0].findings, []);
    const draft = report.files[1].findings;
    const hit = (rule: string, path: string) => draft.find((f) => f.rule === rule && f.path === path);
    assert.ok(hit('schema/unknown-key', 'retension'), 'unknown key is reported');
    assert.match(String(hit('schema/unknown-key', 'transparancy')?.message), /did you mean "transparency"\?/);
    assert.deepEqual([hit('schema/invalid', 'risks.0.likelihood')?.line, hit('schema/invalid', 'risks.0.likelihood')?.column], [23, 17]);
    assert.deepEqual([hit('ref/unknown', 'dataCategories.0.purposes.1')?.line, hit('ref/unknown', 'dataCategories.0.purposes.1')?.column], [19, 25]);
    // The file says `language: nb`, so its messages are in bokmål.
    assert.ok(report.files[2].findings.some((f) => /formål/.test(String(f.message))));
  } },
  { name: 'check --format junit', args: ['check', ...CHECK_SET, '--format', 'junit'], code: 1, golden: 'check.junit.xml', check: (r) => {
    assert.equal(XMLValidator.validate(r.stdout), true, 'junit output is not well-formed XML');
    const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', htmlEntities: true, isArray: (name) => ['testsuite', 'testcase', 'failure'].includes(name) }).parse(r.stdout);
    const suites = xml.testsuites.testsuite as { name: string; failures: string; tests: string; testcase: { name: string; failure?: { message: string; '#text': string }[] }[] }[];
    assert.deepEqual(suites.map((s) => s.name), ['examples/lead-scoring/lead-scoring.dpia.yaml', 'test/fixtures/cli/check/draft.dpia.yaml', 'test/fixtures/cli/check/odd, name.dpia.yaml']);
    // The complete example: every testcase passes.
    assert.equal(Number(suites[0].failures), 0);
    assert.ok(suites[0].testcase.length > 0 && suites[0].testcase.every((t) => !t.failure));
    // A failure per finding, each naming file:line:col, the rule and the message.
    const json = parseJsonReport(runBin(['check', ...CHECK_SET, '--format', 'json']).stdout);
    json.files.forEach((file, i) => {
      const failures = suites[i].testcase.flatMap((t) => t.failure ?? []);
      assert.equal(failures.length, file.findings.length);
      assert.equal(Number(suites[i].failures), file.findings.length);
      for (const finding of file.findings) {
        assert.ok(failures.some((f) => f.message === finding.message && f['#text'].includes(`${file.file}:${finding.line}:${finding.column}: ${finding.severity} ${finding.rule}: `)), `no failure for ${finding.rule} at ${finding.path}`);
      }
    });
    assert.ok(r.stdout.includes('&lt;') || r.stdout.includes('&quot;'), 'escaping is exercised');
  } },
  { name: 'check --format github', args: ['check', ...CHECK_SET, '--format', 'github'], code: 1, golden: 'check.github.txt', check: (r) => {
    const lines = r.stdout.split('\n');
    assert.equal(lines.pop(), '', 'output ends with a newline');
    const json = parseJsonReport(runBin(['check', ...CHECK_SET, '--format', 'json']).stdout);
    const findings = json.files.flatMap((f) => f.findings.map((finding) => ({ file: f.file, ...finding })));
    assert.equal(lines.length, findings.length);
    lines.forEach((line, i) => {
      assert.match(line, GITHUB_LINE);
      const [, command, props, message] = /^::(\w+) ([^:]*)::(.*)$/.exec(line)!;
      const f = findings[i];
      assert.equal(command, f.severity);
      const values = Object.fromEntries(props.split(',').map((p) => { const eq = p.indexOf('='); return [p.slice(0, eq), unescapeGithub(p.slice(eq + 1))]; }));
      assert.deepEqual(values, { file: f.file, line: String(f.line), col: String(f.column), title: f.rule });
      assert.ok(unescapeGithub(message).startsWith(String(f.message)), `message of line ${i + 1}`);
    });
    assert.ok(r.stdout.includes('file=test/fixtures/cli/check/odd%2C name.dpia.yaml'), 'a comma in a property is escaped');
    assert.ok(r.stdout.includes('two%0Alines'), 'a newline in the message is escaped');
  } },
  { name: 'check --format sarif', args: ['check', ...CHECK_SET, '--format', 'sarif'], code: 1, golden: 'check.sarif.json', check: (r) => {
    const log = validateSarif(r.stdout);
    const run = log.runs[0];
    assert.equal(run.tool.driver.name, 'dpia');
    assert.ok(run.tool.driver.version);
    assert.equal(run.tool.driver.informationUri, undefined, 'no address that answers nothing');
    const rules = run.tool.driver.rules as { id: string; help: { text: string; markdown: string }; properties: { principle: string; article: string }; defaultConfiguration: { level: string } }[];
    for (const rule of rules) {
      assert.ok(rule.help.text && rule.help.markdown.includes(rule.properties.article), `help of ${rule.id}`);
      assert.ok(['error', 'warning'].includes(rule.defaultConfiguration.level));
    }
    const json = parseJsonReport(runBin(['check', ...CHECK_SET, '--format', 'json']).stdout);
    const findings = json.files.flatMap((f) => f.findings.map((finding) => ({ file: f.file, ...finding })));
    assert.equal(run.results.length, findings.length);
    run.results.forEach((result: { ruleId: string; ruleIndex: number; level: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } } }[] }, i: number) => {
      const f = findings[i];
      assert.equal(result.ruleId, f.rule);
      assert.equal(rules[result.ruleIndex].id, f.rule);
      assert.equal(result.level, f.severity);
      const location = result.locations[0].physicalLocation;
      assert.equal(decodeURIComponent(location.artifactLocation.uri), f.file);
      assert.ok(!location.artifactLocation.uri.includes('\\') && !location.artifactLocation.uri.startsWith('/'));
      assert.deepEqual([location.region.startLine, location.region.startColumn], [f.line, f.column]);
    });
  } },
  { name: 'check --lang nb', args: ['check', ...CHECK_SET, '--lang', 'nb'], code: 1, golden: 'check.nb.txt', check: (r) => {
    assert.match(r.stdout, /funn \(\d+ feil, \d+ advarsler\) i 3 filer/);
    assert.match(r.stdout, /ukjent nøkkel «retension»/);
  } },

  // --strict, colour, config
  { name: 'warnings only: exit 0', cwd: 'temp', setup: warningsOnly, args: ['check', '--today', TODAY, '--format', 'json'], code: 0, check: (r) => {
    const report = parseJsonReport(r.stdout);
    assert.equal(report.summary.errors, 0);
    assert.ok(report.summary.warnings > 0);
  } },
  { name: 'warnings only with --strict: exit 1', cwd: 'temp', setup: warningsOnly, args: ['check', '--today', TODAY, '--strict'], code: 1 },
  { name: 'NO_COLOR: no ANSI codes', env: { NO_COLOR: '1', FORCE_COLOR: undefined }, args: ['check', ...CHECK_SET], code: 1, check: (r) => assert.ok(!r.stdout.includes(ESC) && !r.stderr.includes(ESC)) },
  { name: 'not a TTY: no ANSI codes', env: { NO_COLOR: undefined, FORCE_COLOR: undefined }, args: ['check', ...CHECK_SET], code: 1, check: (r) => assert.ok(!r.stdout.includes(ESC)) },
  { name: 'FORCE_COLOR=1: colour', env: { NO_COLOR: undefined, FORCE_COLOR: '1' }, args: ['check', ...CHECK_SET], code: 1, check: (r) => assert.ok(r.stdout.includes(`${ESC}31m`), 'red errors') },
  { name: 'FORCE_COLOR=1 never colours json', env: { NO_COLOR: undefined, FORCE_COLOR: '1' }, args: ['check', ...CHECK_SET, '--format', 'json'], code: 1, check: (r) => assert.ok(!r.stdout.includes(ESC)) },
  // As Node resolves them: FORCE_COLOR wins over NO_COLOR; FORCE_COLOR=0 or false is no colour; an empty NO_COLOR still counts.
  { name: 'FORCE_COLOR=1 wins over NO_COLOR', env: { NO_COLOR: '1', FORCE_COLOR: '1' }, args: ['check', ...CHECK_SET], code: 1, check: (r) => assert.ok(r.stdout.includes(`${ESC}31m`)) },
  { name: 'FORCE_COLOR=false: no colour', env: { NO_COLOR: undefined, FORCE_COLOR: 'false' }, args: ['check', ...CHECK_SET], code: 1, check: (r) => assert.ok(!r.stdout.includes(ESC)) },
  { name: 'NO_COLOR set but empty: no colour', env: { NO_COLOR: '', FORCE_COLOR: undefined }, args: ['check', ...CHECK_SET], code: 1, check: (r) => assert.ok(!r.stdout.includes(ESC)) },
  { name: 'FORCE_COLOR empty: colour', env: { NO_COLOR: undefined, FORCE_COLOR: '' }, args: ['check', ...CHECK_SET], code: 1, check: (r) => assert.ok(r.stdout.includes(ESC)) },
  { name: 'config changes severities', cwd: 'temp', setup: (dir) => {
    copyFileSync(join(FIXTURES, 'cli', 'check', 'draft.dpia.yaml'), join(dir, 'draft.dpia.yaml'));
    writeFileSync(join(dir, 'dpia.config.yaml'), 'rules:\n  ref/unknown: off\n  schema/unknown-key: error\n  schema/invalid: warn\n');
  }, args: ['check', '--today', TODAY, '--format', 'json'], code: 1, check: (r) => {
    const findings = parseJsonReport(r.stdout).files[0].findings;
    assert.ok(!findings.some((f) => f.rule === 'ref/unknown'), 'ref/unknown is off');
    assert.ok(findings.filter((f) => f.rule === 'schema/unknown-key').every((f) => f.severity === 'error'));
    assert.ok(findings.filter((f) => f.rule === 'schema/invalid').every((f) => f.severity === 'warning'));
    assert.ok(findings.some((f) => f.rule === 'schema/invalid'));
  } },
  { name: 'config turns a rule off in sarif and junit too', cwd: 'temp', setup: (dir) => {
    copyFileSync(join(FIXTURES, 'cli', 'check', 'draft.dpia.yaml'), join(dir, 'draft.dpia.yaml'));
    writeFileSync(join(dir, 'dpia.config.yaml'), 'rules:\n  ref/unknown: off\n');
  }, args: ['check', '--today', TODAY, '--format', 'sarif'], code: 1, check: (r) => {
    const log = validateSarif(r.stdout);
    assert.ok(!log.runs[0].tool.driver.rules.some((rule: { id: string }) => rule.id === 'ref/unknown'));
  } },
  { name: 'config sets a group of rules (area/*); a rule of its own wins over its group', cwd: 'temp', setup: (dir) => {
    copyFileSync(join(FIXTURES, 'cli', 'check', 'draft.dpia.yaml'), join(dir, 'draft.dpia.yaml'));
    writeFileSync(join(dir, 'dpia.config.yaml'), 'rules:\n  accountability/*: warn\n  accountability/by-design: off\n');
  }, args: ['check', '--today', TODAY, '--format', 'json'], code: 1, check: (r) => {
    const findings = JSON.parse(r.stdout).files.flatMap((f: { findings: { rule: string; severity: string }[] }) => f.findings);
    const accountability = findings.filter((f: { rule: string }) => f.rule.startsWith('accountability/'));
    assert.ok(accountability.length > 0, 'the draft has accountability findings');
    assert.ok(accountability.every((f: { severity: string }) => f.severity === 'warning'), JSON.stringify(accountability));
    assert.ok(!findings.some((f: { rule: string }) => f.rule === 'accountability/by-design'));
    assert.ok(findings.some((f: { rule: string; severity: string }) => !f.rule.startsWith('accountability/') && f.severity === 'error'));
  } },
  { name: 'unknown rule group in config: exit 2 with the nearest group', cwd: 'temp', setup: (dir) => {
    copyFileSync(LEAD_SCORING, join(dir, 'a.dpia.yaml'));
    writeFileSync(join(dir, 'dpia.config.yaml'), 'rules:\n  aj/*: warn\n');
  }, args: ['check'], code: 2, check: (r) => {
    noStack(r.stderr);
    assert.match(r.stderr, /rules: unknown rule "aj\/\*"; did you mean "ai\/\*"\?/);
  } },
  { name: 'unknown rule id in config: exit 2', cwd: 'temp', setup: (dir) => {
    copyFileSync(LEAD_SCORING, join(dir, 'a.dpia.yaml'));
    writeFileSync(join(dir, 'dpia.config.yaml'), 'rules:\n  consent/withdrawl: off\n');
  }, args: ['check'], code: 2, check: (r) => {
    noStack(r.stderr);
    assert.match(r.stderr, /^dpia: .*dpia\.config\.yaml:2:3: rules: unknown rule "consent\/withdrawl"; did you mean "consent\/withdrawal"\?/);
    assert.equal(r.stdout, '');
  } },
  ...[['status'], ['render', 'a.dpia.yaml'], ['approve', 'a.dpia.yaml', '--role', 'dpo', '--name', 'X'], ['bump', 'a.dpia.yaml', '-m', 'x', '--author', 'X'], ['export', '--ropa'], ['diff', 'a.dpia.yaml', 'a.dpia.yaml'], ['edit', 'a.dpia.yaml', '--answers', 'a.dpia.yaml'], ['new', 'b.dpia.yaml', '--answers', 'a.dpia.yaml']].map((args): Case => ({
    name: `unknown rule id in config: ${args[0]} refuses it too (exit 2, one line, file untouched)`, cwd: 'temp', setup: (dir) => {
      copyFileSync(LEAD_SCORING, join(dir, 'a.dpia.yaml'));
      writeFileSync(join(dir, 'dpia.config.yaml'), 'language: nb\nrules:\n  consent/withdrawl: off\n');
    }, args, code: 2, check: (r, dir) => {
      assert.match(r.stderr, /^dpia: .*dpia\.config\.yaml:3:3: rules: ukjent regel «consent\/withdrawl»; mente du «consent\/withdrawal»\? \(se `dpia rules`\)\n$/);
      assert.equal(readFileSync(join(dir, 'a.dpia.yaml'), 'utf8'), readFileSync(LEAD_SCORING, 'utf8'));
      assert.ok(!existsSync(join(dir, 'b.dpia.yaml')));
    },
  })),
  { name: 'a config value of the wrong type, in bokmål through and through', cwd: 'temp', setup: (dir) => {
    copyFileSync(LEAD_SCORING, join(dir, 'a.dpia.yaml'));
    writeFileSync(join(dir, 'dpia.config.yaml'), 'rules:\n  consent/withdrawal: maybe\nrequiredSignoffs: [dpo]\n');
  }, args: ['check', '--lang', 'nb'], code: 2, check: (r) => {
    assert.match(r.stderr, /^dpia: .*dpia\.config\.yaml:2:23: rules\.consent\/withdrawal: forventet én av off, warn, error, fant "maybe"\n$/);
  } },
  { name: 'a bad file and a good one: exit 2, the good one still reported', cwd: 'temp', setup: (dir) => {
    copyFileSync(LEAD_SCORING, join(dir, 'b-good.dpia.yaml'));
    writeFileSync(join(dir, 'a-bad.dpia.yaml'), 'schemaVersion: 1\nid: [\n');
  }, args: ['check', '--today', TODAY, '--format', 'json'], code: 2, check: (r) => {
    oneClearLine(r.stderr, 'a-bad.dpia.yaml', true, /not valid YAML/);
    const report = parseJsonReport(r.stdout);
    assert.deepEqual(report.files.map((f) => f.file), ['a-bad.dpia.yaml', 'b-good.dpia.yaml']);
    assert.match(String(report.files[0].error?.message), /not valid YAML/);
    assert.deepEqual(report.files[1].findings, []);
  } },
  { name: 'an existing file whose name holds glob characters is that file', cwd: 'temp', setup: (dir) => {
    copyFileSync(LEAD_SCORING, join(dir, 'a[x]*?{b,c}.dpia.yaml'));
    copyFileSync(join(FIXTURES, 'cli', 'check', 'draft.dpia.yaml'), join(dir, 'ax.dpia.yaml'));
  }, args: ['check', '--today', TODAY, '--format', 'json', 'a[x]*?{b,c}.dpia.yaml'], code: 0, check: (r) => {
    assert.deepEqual(parseJsonReport(r.stdout).files.map((f) => f.file), ['a[x]*?{b,c}.dpia.yaml']);
  } },
  { name: 'a newline in a file name is escaped: one line per error', cwd: 'temp', setup: (dir) => {
    writeFileSync(join(dir, 'two\nlines.dpia.yaml'), '- a list\n');
  }, args: ['check', 'two\nlines.dpia.yaml'], code: 2, check: (r) => {
    assert.equal(r.stderr, 'dpia: two\\nlines.dpia.yaml:1:1: holds a list at the top level; an assessment is a map of keys (schemaVersion, id, title, ...)\n');
  } },
  { name: 'a bad file in junit: an errored testcase, the good file still reported', cwd: 'temp', setup: badAndGood, args: ['check', '--today', TODAY, '--format', 'junit', '.', 'missing.dpia.yaml'], code: 2, check: (r) => {
    assert.equal(XMLValidator.validate(r.stdout), true);
    const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => ['testsuite', 'testcase'].includes(name) }).parse(r.stdout);
    const suites = xml.testsuites.testsuite as { name: string; errors: string; testcase: { error?: { message: string } }[] }[];
    assert.deepEqual(suites.map((s) => [s.name, s.errors]), [['missing.dpia.yaml', '1'], ['a-cycle.dpia.yaml', '1'], ['b-good.dpia.yaml', '0']]);
    assert.match(suites[1].testcase[0].error!.message, /alias \*s/);
    assert.equal(xml.testsuites.errors, '2');
    assert.equal(r.stderr.split('\n').filter(Boolean).length, 2);
  } },
  { name: 'a bad file in sarif: a tool execution notification at its position', cwd: 'temp', setup: badAndGood, args: ['check', '--today', TODAY, '--format', 'sarif'], code: 2, check: (r) => {
    const log = validateSarif(r.stdout);
    const invocation = log.runs[0].invocations[0];
    assert.equal(invocation.executionSuccessful, false);
    assert.equal(invocation.toolExecutionNotifications.length, 1);
    const note = invocation.toolExecutionNotifications[0];
    assert.equal(note.level, 'error');
    assert.match(note.message.text, /alias \*s/);
    assert.equal(note.locations[0].physicalLocation.artifactLocation.uri, 'a-cycle.dpia.yaml');
    assert.deepEqual(note.locations[0].physicalLocation.region, { startLine: 3, startColumn: 9 });
  } },
  { name: 'a bad file in github: an error annotation at its position', cwd: 'temp', setup: badAndGood, args: ['check', '--today', TODAY, '--format', 'github'], code: 2, check: (r) => {
    const lines = r.stdout.split('\n').filter(Boolean);
    assert.deepEqual(lines.filter((line) => line.includes('a-cycle')), [lines[0]]);
    assert.match(lines[0], /^::error file=a-cycle\.dpia\.yaml,line=3,col=9,title=dpia::alias \*s/);
  } },
  { name: 'a bad file in text: counted after the good file\'s result', cwd: 'temp', setup: badAndGood, args: ['check', '--today', TODAY], code: 2, check: (r) => {
    oneClearLine(r.stderr, 'a-cycle.dpia.yaml', true, /alias \*s/);
    assert.match(r.stdout, /^✔ 1 file checked, no findings\n✖ 1 file could not be checked/);
  } },
  { name: 'a bad file after one with errors: still exit 2', cwd: 'temp', setup: (dir) => {
    copyFileSync(join(FIXTURES, 'cli', 'check', 'draft.dpia.yaml'), join(dir, 'a-draft.dpia.yaml'));
    writeFileSync(join(dir, 'z-bad.dpia.yaml'), '- a list\n');
  }, args: ['check', '--today', TODAY], code: 2, check: (r) => {
    oneClearLine(r.stderr, 'z-bad.dpia.yaml', true, /list at the top level/);
    assert.match(r.stdout, /a-draft\.dpia\.yaml/);
  } },

  // dpia rules
  { name: 'rules: the list', args: ['rules'], code: 0, check: (r) => {
    assert.match(r.stdout, /^consent\/withdrawal +error +Consent +GDPR Art\. 7\(3\) +\S/m);
    assert.match(r.stdout, /^schema\/unknown-key +warning +/m);
  } },
  { name: 'rules --format json --lang nb', args: ['rules', '--format', 'json', '--lang', 'nb'], code: 0, check: (r) => {
    const list = JSON.parse(r.stdout) as { id: string; severity: string; principle: string; article: string; message: string }[];
    const withdrawal = list.find((rule) => rule.id === 'consent/withdrawal');
    assert.ok(withdrawal);
    assert.equal(withdrawal.article, 'GDPR Art. 7(3)');
    assert.match(withdrawal.message, /samtykke/);
  } },
  { name: 'rules ID: the explanation', args: ['rules', 'consent/withdrawal'], code: 0, check: (r) => {
    for (const part of ['GDPR Art. 7(3)', 'Why', 'How to fix', 'Triggers the rule:', 'Passes:', 'asEasyAsGiving: true']) assert.ok(r.stdout.includes(part), part);
  } },
  { name: 'rules ID --format md', args: ['rules', 'consent/withdrawal', '--format', 'md'], code: 0, check: (r) => assert.match(r.stdout, /^# `consent\/withdrawal`$/m) },
  { name: 'rules: unknown id gives a suggestion and exit 2', args: ['rules', 'consent/withdrawl'], code: 2, check: (r) => {
    noStack(r.stderr);
    assert.equal(r.stderr, 'dpia: unknown rule "consent/withdrawl"; did you mean "consent/withdrawal"? (run `dpia rules` for the list)\n');
    assert.equal(r.stdout, '');
  } },

  // every bad input: exit 2, one clear line naming the file, no stack trace, no hang
  ...BAD_INPUTS.map((bad): Case => ({
    name: `bad input: ${bad.name}`,
    cwd: 'temp',
    setup: (dir) => bad.write?.(join(dir, bad.file)),
    args: ['check', bad.file],
    code: 2,
    check: (r) => {
      oneClearLine(r.stderr, bad.file, bad.where, bad.reason);
      assert.equal(r.stdout, '', 'nothing on stdout when no file could be read');
    },
  })),
];

/** An alias cycle and a complete example. */
function badAndGood(dir: string) {
  copyFileSync(LEAD_SCORING, join(dir, 'b-good.dpia.yaml'));
  writeFileSync(join(dir, 'a-cycle.dpia.yaml'), 'schemaVersion: 1\nsystem: &s\n  name: *s\n');
}

/** The draft, with a config that lowers every rule to a warning. */
function warningsOnly(dir: string) {
  copyFileSync(join(FIXTURES, 'cli', 'check', 'draft.dpia.yaml'), join(dir, 'draft.dpia.yaml'));
  writeFileSync(join(dir, 'dpia.config.yaml'), `rules:\n${RULES.map((rule) => `  ${rule.id}: warn\n`).join('')}`);
}

describe('CLI cases (in-process and built binary)', () => {
  before(() => {
    assert.ok(existsSync(join(ROOT, 'dist')), 'build first: npm run build');
  });
  for (const c of CASES) both(c);
});

describe('no prototype pollution in-process', () => {
  const temp = tempDir();
  after(() => temp.cleanup());
  for (const [name, yaml] of [
    ['__proto__', 'schemaVersion: 1\n__proto__:\n  polluted: yes\n'],
    ['constructor.prototype', 'schemaVersion: 1\nconstructor:\n  prototype:\n    polluted: yes\n'],
    ['nested __proto__', 'schemaVersion: 1\npurposes:\n  - id: p\n    __proto__: {polluted: yes}\n'],
    ['quoted __proto__ in a flow map', 'schemaVersion: 1\nsystem: {"__proto__": {polluted: yes}}\n'],
  ] as const) {
    it(name, async () => {
      const file = join(temp.dir, `${name.replace(/\W+/g, '-')}.dpia.yaml`);
      writeFileSync(file, yaml);
      const result = await runMain(['check', file, '--format', 'json']);
      assert.equal(result.code, 2);
      assert.equal(({} as Record<string, unknown>).polluted, undefined);
      assert.equal(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted'), false);
    });
  }
});
