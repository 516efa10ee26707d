// The GitHub Action (action.yml, issue 14 point 4), its steps run as a runner runs a
// composite action: each `run:` in `bash --noprofile --norc -eo pipefail` with the
// environment GitHub gives (GITHUB_ACTION_PATH, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY,
// RUNNER_TEMP, …), `env:`, `with:`, `if:` and the outputs evaluated from ${{ }}
// expressions, and a step's failure skipping the steps after it. The action's checkout is
// a copy of this working tree and is built by the action's own step (npm ci, from npm's
// cache when it has the packages). The repository using it is a shallow clone of a pull
// request's branch; GitHub's REST API is a local server that keeps the comments.
// `uses:` steps are not run: their inputs are checked, and their versions are pinned to
// the current major.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { parse } from 'yaml';
import { npmEnv } from '../../scripts/test-env.ts';
import { EXAMPLES, ROOT, tempDir } from '../helpers/cli.ts';
import { GIT_ENV, gitRepo } from '../helpers/git-repo.ts';
import { copyWorkingTree } from '../helpers/working-tree.ts';

/** The majors that are current (November 2026) of the actions action.yml uses. */
const CURRENT_MAJOR: Record<string, number> = { 'actions/setup-node': 7, 'github/codeql-action/upload-sarif': 4 };
const MARKER = '<!-- dpia:diff -->';
const TOKEN = 'test-token';

interface ActionStep { name?: string; id?: string; if?: string; uses?: string; with?: Record<string, string>; run?: string; shell?: string; env?: Record<string, string> }
interface ActionFile {
  inputs: Record<string, { default?: string }>;
  outputs: Record<string, { value: string }>;
  runs: { using: string; steps: ActionStep[] };
}
interface StepResult { step: ActionStep; ran: boolean; code: number; stdout: string; stderr: string; outputs: Record<string, string>; with?: Record<string, string>; seconds?: number }
interface Context {
  inputs: Record<string, string>;
  github: Record<string, unknown>;
  runner: Record<string, string>;
  steps: Record<string, { outputs: Record<string, string> }>;
  failed: boolean;
}

const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as ActionFile;

// ${{ }} expressions: the subset action.yml may use — context paths, 'strings', ==, !=, !,
// &&, || and the status functions. Anything else throws, so the test grows with the action.
function evaluate(expression: string, context: Context): string | boolean {
  const tokens = expression.match(/'(?:[^']|'')*'|&&|\|\||==|!=|!|\(|\)|[A-Za-z_][\w.-]*/g) ?? [];
  if (tokens.join('').replace(/'(?:[^']|'')*'/g, '') !== expression.replace(/'(?:[^']|'')*'/g, '').replace(/\s+/g, '')) throw new Error(`unsupported expression: ${expression}`);
  let at = 0;
  const peek = () => tokens[at];
  const next = () => tokens[at++];
  const truthy = (value: string | boolean) => value !== '' && value !== false;
  const primary = (): string | boolean => {
    const token = next();
    if (token === '(') {
      const value = or();
      if (next() !== ')') throw new Error(`unbalanced: ${expression}`);
      return value;
    }
    if (token === '!') return !truthy(primary());
    if (token.startsWith("'")) return token.slice(1, -1).replace(/''/g, "'");
    if (peek() === '(') {
      next();
      if (next() !== ')') throw new Error(`arguments are not supported: ${expression}`);
      const status: Record<string, boolean> = { always: true, success: !context.failed, failure: context.failed, cancelled: false };
      if (!(token in status)) throw new Error(`unsupported function ${token}()`);
      return status[token];
    }
    const [root, ...path] = token.split('.');
    if (!['inputs', 'github', 'runner', 'steps'].includes(root)) throw new Error(`unsupported context: ${token}`);
    let value: unknown = context[root as 'inputs'];
    for (const key of path) value = value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
    return value === undefined || value === null ? '' : String(value);
  };
  const comparison = (): string | boolean => {
    const left = primary();
    const operator = peek();
    if (operator !== '==' && operator !== '!=') return left;
    next();
    const equal = String(left).toLowerCase() === String(primary()).toLowerCase();
    return operator === '==' ? equal : !equal;
  };
  const and = (): string | boolean => {
    let value = comparison();
    while (peek() === '&&') {
      next();
      const right = comparison();
      value = truthy(value) ? right : value;
    }
    return value;
  };
  const or = (): string | boolean => {
    let value = and();
    while (peek() === '||') {
      next();
      const right = and();
      value = truthy(value) ? value : right;
    }
    return value;
  };
  const value = or();
  if (at !== tokens.length) throw new Error(`unsupported expression: ${expression}`);
  return value;
}

const substitute = (text: string, context: Context) => text.replace(/\$\{\{([^}]*)\}\}/g, (_, expression: string) => String(evaluate(expression.trim(), context)));

function condition(step: ActionStep, context: Context): boolean {
  if (step.if === undefined) return !context.failed;
  const expression = step.if.replace(/^\$\{\{\s*|\s*\}\}$/g, '');
  const value = evaluate(expression, context);
  const statusFunction = /\b(always|success|failure|cancelled)\(\)/.test(expression);
  return (statusFunction || !context.failed) && value !== '' && value !== false;
}

/** The lines `name=value` and `name<<DELIMITER … DELIMITER` a step wrote to GITHUB_OUTPUT. */
function readOutputs(file: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = existsSync(file) ? readFileSync(file, 'utf8').split('\n') : [];
  for (let i = 0; i < lines.length; i++) {
    const heredoc = /^([^=<]+)<<(.+)$/.exec(lines[i]);
    if (heredoc) {
      const end = lines.indexOf(heredoc[2], i + 1);
      outputs[heredoc[1]] = lines.slice(i + 1, end).join('\n');
      i = end;
    } else if (lines[i].includes('=')) {
      outputs[lines[i].slice(0, lines[i].indexOf('='))] = lines[i].slice(lines[i].indexOf('=') + 1);
    }
  }
  return outputs;
}

function bash(script: string, cwd: string, env: NodeJS.ProcessEnv): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('bash', ['--noprofile', '--norc', '-eo', 'pipefail', script], { cwd, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

interface Run { steps: StepResult[]; outputs: Record<string, string>; failed: boolean; summary: string; temp: string }

interface Event { name: 'pull_request' | 'push'; with: Record<string, string>; workspace: string; actionPath: string; apiUrl: string; scratch: string }

async function runAction(event: Event): Promise<Run> {
  const temp = mkdtempSync(join(event.scratch, 'runner-temp-'));
  const summaryFile = join(temp, 'step-summary.md');
  for (const name of Object.keys(event.with)) assert.ok(name in action.inputs, `action.yml has an input ${name}`);
  const github = {
    token: TOKEN,
    event_name: event.name,
    base_ref: event.name === 'pull_request' ? 'main' : '',
    repository: 'acme/crm',
    event: event.name === 'pull_request' ? { pull_request: { number: 7 } } : {},
  };
  const context: Context = { inputs: {}, github, runner: { temp }, steps: {}, failed: false };
  for (const [name, input] of Object.entries(action.inputs)) context.inputs[name] = event.with[name] ?? substitute(input.default ?? '', context);

  const base: NodeJS.ProcessEnv = {
    ...npmEnv(),
    ...GIT_ENV,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_ACTION_PATH: event.actionPath,
    GITHUB_WORKSPACE: event.workspace,
    GITHUB_REPOSITORY: 'acme/crm',
    GITHUB_API_URL: event.apiUrl,
    GITHUB_EVENT_NAME: event.name,
    GITHUB_BASE_REF: github.base_ref,
    RUNNER_TEMP: temp,
    XDG_CACHE_HOME: join(event.scratch, 'cache'),
    npm_config_prefer_offline: 'true',
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
  };
  delete base.NO_COLOR;
  delete base.FORCE_COLOR;

  const steps: StepResult[] = [];
  for (const [index, step] of action.runs.steps.entries()) {
    if (!condition(step, context)) {
      steps.push({ step, ran: false, code: 0, stdout: '', stderr: '', outputs: {} });
      continue;
    }
    if (step.uses) {
      const withValues = Object.fromEntries(Object.entries(step.with ?? {}).map(([key, value]) => [key, substitute(String(value), context)]));
      steps.push({ step, ran: true, code: 0, stdout: '', stderr: '', outputs: {}, with: withValues });
      continue;
    }
    assert.equal(step.shell, 'bash', `${step.name}: a composite action's run step names its shell`);
    assert.ok(!step.run?.includes('${{'), `${step.name}: inputs reach the script through env, not by expressions in the script`);
    const script = join(temp, `step-${index}.sh`);
    writeFileSync(script, step.run ?? '');
    const outputFile = join(temp, `output-${index}`);
    const stepSummary = join(temp, `summary-${index}`);
    writeFileSync(outputFile, '');
    writeFileSync(stepSummary, '');
    const env: NodeJS.ProcessEnv = { ...base, GITHUB_OUTPUT: outputFile, GITHUB_STEP_SUMMARY: stepSummary };
    for (const [key, value] of Object.entries(step.env ?? {})) env[key] = substitute(String(value), context);
    const started = Date.now();
    const result = await bash(script, event.workspace, env);
    const seconds = (Date.now() - started) / 1000;
    const outputs = readOutputs(outputFile);
    writeFileSync(summaryFile, (existsSync(summaryFile) ? readFileSync(summaryFile, 'utf8') : '') + readFileSync(stepSummary, 'utf8'));
    if (step.id) context.steps[step.id] = { outputs };
    if (result.code !== 0) context.failed = true;
    steps.push({ step, ran: true, ...result, outputs, seconds });
  }
  const outputs = Object.fromEntries(Object.entries(action.outputs).map(([name, output]) => [name, substitute(output.value, context)]));
  return { steps, outputs, failed: context.failed, summary: existsSync(summaryFile) ? readFileSync(summaryFile, 'utf8') : '', temp };
}

const stepNamed = (run: Run, pattern: RegExp) => {
  const found = run.steps.find((s) => pattern.test(s.step.name ?? ''));
  assert.ok(found, `a step named ${pattern}`);
  return found;
};

/** GitHub's REST API for one pull request's comments, as far as the action uses it. */
class FakeGitHub {
  comments: { id: number; body: string; html_url: string }[] = [];
  requests: { method: string; url: string; body?: string }[] = [];
  readOnly = false;
  private server: Server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => this.answer(request.method ?? '', request.url ?? '', request.headers.authorization, body, response));
  });
  url = '';

  async start(): Promise<void> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }
  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
  add(body: string) {
    const id = 1000 + this.comments.length;
    this.comments.push({ id, body, html_url: `https://github.com/acme/crm/pull/7#issuecomment-${id}` });
  }

  private answer(method: string, url: string, authorization: string | undefined, body: string, response: import('node:http').ServerResponse) {
    this.requests.push({ method, url, body: body || undefined });
    const send = (status: number, data: unknown, headers: Record<string, string> = {}) => {
      response.writeHead(status, { 'content-type': 'application/json', ...headers });
      response.end(JSON.stringify(data));
    };
    if (authorization !== `Bearer ${TOKEN}`) return send(401, { message: 'Bad credentials' });
    const { pathname, searchParams } = new URL(url, this.url);
    if (method === 'GET' && pathname === '/repos/acme/crm/issues/7/comments') {
      const perPage = Number(searchParams.get('per_page') ?? 30);
      const page = Number(searchParams.get('page') ?? 1);
      const more = page * perPage < this.comments.length;
      const link: Record<string, string> = more ? { link: `<${this.url}${pathname}?per_page=${perPage}&page=${page + 1}>; rel="next"` } : {};
      return send(200, this.comments.slice((page - 1) * perPage, page * perPage), link);
    }
    if (this.readOnly) return send(403, { message: 'Resource not accessible by integration' });
    if (method === 'POST' && pathname === '/repos/acme/crm/issues/7/comments') {
      this.add(JSON.parse(body).body);
      return send(201, this.comments.at(-1));
    }
    const edit = /^\/repos\/acme\/crm\/issues\/comments\/(\d+)$/.exec(pathname);
    const comment = edit && this.comments.find((c) => c.id === Number(edit[1]));
    if (method === 'PATCH' && comment) {
      comment.body = JSON.parse(body).body;
      return send(200, comment);
    }
    return send(404, { message: 'Not Found' });
  }
}

describe('the GitHub Action', { timeout: 600_000 }, () => {
  const { dir: scratch, cleanup } = tempDir('dpia-action-');
  const actionPath = join(scratch, 'action');
  const workspace = join(scratch, 'workspace');
  const github = new FakeGitHub();
  const event = (name: Event['name'], inputs: Record<string, string>): Event => ({ name, with: inputs, workspace, actionPath, apiUrl: github.url, scratch });
  let first: Run;

  before(async () => {
    mkdirSync(actionPath);
    copyWorkingTree(actionPath);
    await github.start();
    // 120 comments already on the pull request, so the action's comment lands on page 2.
    for (let i = 0; i < 120; i++) github.add(i === 3 ? `Quoting the bot: ${MARKER}` : `comment ${i}`);

    // The CRM repository: main with three assessments (one fails, one passes, one signed off),
    // a pull request that moves the signed-off one's review date; the runner's checkout is
    // shallow and has only the pull request's branch.
    const origin = join(scratch, 'origin.git');
    const seed = gitRepo();
    for (const example of ['churn-prediction', 'kundeservice-chatbot', 'lead-scoring']) seed.copy(join(EXAMPLES, example, `${example}.dpia.yaml`), `examples/${example}/${example}.dpia.yaml`);
    seed.commit('assessments');
    seed.git('init', '-q', '--bare', '-b', 'main', origin);
    seed.git('push', '-q', origin, 'main');
    seed.git('checkout', '-q', '-b', 'feature');
    const file = 'examples/lead-scoring/lead-scoring.dpia.yaml';
    seed.write(file, seed.read(file).replace(/\n {2}next: \d{4}-\d{2}-\d{2}/, '\n  next: 2029-12-01'));
    seed.commit('move the review');
    seed.git('push', '-q', origin, 'feature');
    seed.git('clone', '-q', '--depth=1', '--branch', 'feature', '--single-branch', `file://${origin}`, workspace);
    seed.cleanup();

    first = await runAction(event('pull_request', { paths: 'examples', lang: 'en' }));
  });
  after(async () => {
    await github.stop();
    cleanup();
  });

  it('builds dpia in its own checkout with npm ci, once', (t) => {
    const build = stepNamed(first, /^Build dpia/);
    assert.equal(build.code, 0, build.stdout + build.stderr);
    assert.match(build.stdout, /::group::npm ci/);
    assert.ok(existsSync(join(actionPath, 'dist', 'cli.cjs')), 'npm ci ran the build');
    assert.ok(!existsSync(join(workspace, 'node_modules')), 'nothing is installed in the repository using the action');
    const seconds = first.steps.map((s) => s.seconds ?? 0);
    t.diagnostic(`npm ci and build ${build.seconds?.toFixed(0)} s; the other steps ${(seconds.reduce((a, b) => a + b, 0) - (build.seconds ?? 0)).toFixed(1)} s`);
  });

  it('annotates the findings, counts them in its outputs, and fails while errors remain', () => {
    const check = stepNamed(first, /^Check the assessments/);
    assert.equal(check.code, 0, `the check step itself succeeds, so SARIF and the comment still happen: ${check.stderr}`);
    const annotations = check.stdout.split('\n').filter((line) => line.startsWith('::'));
    const errors = annotations.filter((line) => line.startsWith('::error ')).length;
    const warnings = annotations.filter((line) => line.startsWith('::warning ')).length;
    assert.ok(annotations.some((line) => line.startsWith('::error file=examples/churn-prediction/churn-prediction.dpia.yaml,line=')), check.stdout);
    assert.ok(annotations.some((line) => /^::error file=examples\/lead-scoring\/.*title=accountability\/signoff-stale::/.test(line)), 'the changed signed-off assessment is stale');
    assert.ok(!annotations.some((line) => line.includes('kundeservice-chatbot')), 'the complete assessment has no findings');
    assert.deepEqual(
      { exitCode: first.outputs['exit-code'], files: first.outputs.files, errors: first.outputs.errors, warnings: first.outputs.warnings, findings: first.outputs.findings },
      { exitCode: '1', files: '3', errors: String(errors), warnings: String(warnings), findings: String(errors + warnings) },
    );
    const last = first.steps.at(-1)!;
    assert.match(last.step.name ?? '', /^Fail/);
    assert.equal(last.code, 1);
    assert.ok(first.failed, 'the action fails');
    assert.match(first.summary, /```text\n[\s\S]*examples\/churn-prediction\/churn-prediction\.dpia\.yaml[\s\S]* in 3 files\n[\s\S]*```/);
  });

  it('writes SARIF and hands it to upload-sarif', () => {
    const sarifFile = first.outputs['sarif-file'];
    assert.equal(sarifFile, join(first.temp, 'dpia.sarif'));
    const log = JSON.parse(readFileSync(sarifFile, 'utf8'));
    assert.equal(log.version, '2.1.0');
    assert.equal(log.runs[0].tool.driver.name, 'dpia');
    assert.equal(log.runs[0].results.length, Number(first.outputs.findings));
    assert.ok(log.runs[0].results.some((r: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => r.locations[0].physicalLocation.artifactLocation.uri === 'examples/churn-prediction/churn-prediction.dpia.yaml'));
    const upload = stepNamed(first, /^Upload SARIF/);
    assert.ok(upload.ran);
    assert.deepEqual(upload.with, { sarif_file: sarifFile, category: 'dpia' });
  });

  it('comments the semantic diff against the base branch, fetched into the shallow checkout', () => {
    const diff = stepNamed(first, /^What this pull request changes/);
    assert.equal(diff.code, 0, diff.stderr);
    const markdown = readFileSync(join(first.temp, 'dpia-diff.md'), 'utf8');
    assert.match(markdown, /^### `examples\/lead-scoring\/lead-scoring\.dpia\.yaml` \([^)]+\): origin\/main → working tree\n/m);
    assert.match(markdown, /review\.next: \d{1,2} [A-Z][a-z]+ \d{4} → 1 December 2029/);
    assert.match(first.summary, /origin\/main → working tree/);

    const ours = github.comments.filter((c) => c.body.startsWith(MARKER));
    assert.equal(ours.length, 1);
    assert.equal(ours[0].body, `${MARKER}\n${markdown}`);
    assert.equal(first.outputs['comment-url'], ours[0].html_url);
    assert.deepEqual(github.requests.map((r) => `${r.method} ${r.url}`), [
      'GET /repos/acme/crm/issues/7/comments?per_page=100',
      'GET /repos/acme/crm/issues/7/comments?per_page=100&page=2',
      'POST /repos/acme/crm/issues/7/comments',
    ]);
  });

  it('edits its comment in place on the next push, found on the second page', async () => {
    github.requests = [];
    const before = github.comments.length;
    const again = await runAction(event('pull_request', { paths: 'examples', lang: 'en' }));
    assert.doesNotMatch(stepNamed(again, /^Build dpia/).stdout, /npm ci/, 'built once per job');
    assert.equal(github.comments.length, before, 'no new comment');
    const ours = github.comments.filter((c) => c.body.startsWith(MARKER));
    assert.equal(ours.length, 1);
    assert.equal(ours[0].id, 1120);
    assert.deepEqual(github.requests.map((r) => `${r.method} ${r.url}`), [
      'GET /repos/acme/crm/issues/7/comments?per_page=100',
      'GET /repos/acme/crm/issues/7/comments?per_page=100&page=2',
      'PATCH /repos/acme/crm/issues/comments/1120',
    ]);
    assert.equal(again.outputs['comment-url'], ours[0].html_url);
  });

  it('on a push with a passing assessment: exit code 0, no SARIF when turned off, no diff and no comment', async () => {
    github.requests = [];
    const push = await runAction(event('push', { paths: 'examples/kundeservice-chatbot', sarif: 'false' }));
    assert.ok(!push.failed, push.steps.map((s) => s.stdout + s.stderr).join('\n'));
    assert.deepEqual(
      { exitCode: push.outputs['exit-code'], files: push.outputs.files, findings: push.outputs.findings, sarif: push.outputs['sarif-file'], comment: push.outputs['comment-url'] },
      { exitCode: '0', files: '1', findings: '0', sarif: '', comment: '' },
    );
    assert.equal(stepNamed(push, /^Check the assessments/).stdout, '', 'no annotations');
    for (const skipped of [/^Upload SARIF/, /^What this pull request changes/, /^Comment the diff/]) assert.equal(stepNamed(push, skipped).ran, false, String(skipped));
    assert.deepEqual(github.requests, []);
  });

  it('takes a config file, strict and max-warnings as dpia check does', async () => {
    // A config that makes every rule the failing assessment breaks a warning.
    const log = JSON.parse(readFileSync(first.outputs['sarif-file'], 'utf8'));
    const areas = [...new Set(log.runs[0].results.map((r: { ruleId: string }) => r.ruleId.replace(/\/.*/, '/*')))] as string[];
    writeFileSync(join(workspace, 'warn.yaml'), `rules:\n${areas.map((area) => `  "${area}": warn\n`).join('')}`);
    const inputs = { paths: 'examples/churn-prediction', config: 'warn.yaml', sarif: 'false' };
    const warned = await runAction(event('push', inputs));
    assert.equal(warned.outputs['exit-code'], '0', 'warnings alone pass');
    assert.equal(warned.outputs.errors, '0');
    assert.ok(Number(warned.outputs.warnings) > 10);
    assert.ok(!warned.failed);
    const strict = await runAction(event('push', { ...inputs, strict: 'true' }));
    assert.equal(strict.outputs['exit-code'], '1');
    assert.ok(strict.failed);
    const limit = Number(warned.outputs.warnings);
    assert.equal((await runAction(event('push', { ...inputs, 'max-warnings': String(limit) }))).outputs['exit-code'], '0');
    assert.equal((await runAction(event('push', { ...inputs, 'max-warnings': String(limit - 1) }))).outputs['exit-code'], '1');
    const refused = await runAction(event('push', { ...inputs, 'max-warnings': 'x' }));
    assert.equal(refused.outputs['exit-code'], '2', 'a max-warnings that is not a number is an input error');
    assert.ok(refused.failed);
  });

  it('warns, and does not fail, when the token may not comment (a pull request from a fork)', async () => {
    github.readOnly = true;
    github.comments = github.comments.filter((c) => !c.body.startsWith(MARKER));
    const fork = await runAction(event('pull_request', { paths: 'examples/kundeservice-chatbot' }));
    github.readOnly = false;
    const comment = stepNamed(fork, /^Comment the diff/);
    assert.equal(comment.code, 0);
    assert.match(comment.stdout, /^::warning::dpia: POST .*: 403 Resource not accessible by integration$/m);
    assert.ok(!fork.failed);
    assert.equal(fork.outputs['exit-code'], '0');
  });

  it('uses each action at its current major version', () => {
    const uses = action.runs.steps.filter((s) => s.uses).map((s) => s.uses!);
    assert.deepEqual(uses.map((u) => u.replace(/@.*/, '')).sort(), Object.keys(CURRENT_MAJOR).sort());
    for (const use of uses) {
      const [, name, major] = /^([^@]+)@v(\d+)$/.exec(use) ?? [];
      assert.equal(Number(major), CURRENT_MAJOR[name], use);
    }
    assert.equal(action.runs.using, 'composite');
    assert.equal(action.inputs['node-version'].default, '24', 'the active LTS');
  });
});
