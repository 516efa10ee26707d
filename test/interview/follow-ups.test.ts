// Issue 13, points 2, 5, 8 and 9 with scripted answers: follow-ups name their item, a resumed
// draft does not ask its "none" answers again, closing hints fit how dpia was started, quieter screens.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parse, parseDocument } from 'yaml';
import { answersPrompter, type Answers } from '../../src/interview/answers.ts';
import type { Prompter, PromptRequest } from '../../src/interview/ask.ts';
import { SECTIONS } from '../../src/interview/catalogue.ts';
import { slugify } from '../../src/interview/input.ts';
import { dpiaCommand } from '../../src/interview/invocation.ts';
import { Interview } from '../../src/interview/runner.ts';
import type { Lang } from '../../src/rules/types.ts';
import { runMain, tempDir } from '../helpers/cli.ts';

function recording(answers: Answers): Prompter & { requests: PromptRequest[] } {
  const inner = answersPrompter(answers);
  const requests: PromptRequest[] = [];
  return { requests, ask: (r) => { requests.push(r); return inner.ask(r); } };
}

async function interview(start: string, names: string[], answers: Answers, options: { mode?: 'new' | 'edit'; lang?: Lang } = {}) {
  const doc = parseDocument(start);
  const prompter = recording(answers);
  let out = '';
  const run = new Interview({ doc, lang: options.lang ?? 'en', today: '2026-03-01', config: { root: '.' }, prompter, mode: options.mode ?? 'new', verbose: true, colour: false, out: (t) => { out += t; } });
  await run.run(SECTIONS.filter((s) => names.includes(s.name)));
  return { data: doc.toJS() as Record<string, any>, requests: prompter.requests, out };
}

describe('follow-up questions name their item', () => {
  it('by id, in quotes of the language; by number only while the item has neither name nor id', async () => {
    const start = 'security:\n  measures:\n    - id: pseudonymisation\n      type: pseudonymisation\n';
    const en = await interview(start, ['security'], {});
    const status = en.requests.find((r) => r.id === 'security.measures.status');
    assert.match(status!.message, /^Measure 'pseudonymisation': /);
    assert.ok(!en.requests.some((r) => /Measure 1\b/.test(r.message)));
    const nb = await interview(start, ['security'], {}, { lang: 'nb' });
    assert.match(nb.requests.find((r) => r.id === 'security.measures.status')!.message, /^Tiltak «pseudonymisation»: /);
    const fresh = await interview('{}', ['purposes'], { purposes: [{ name: 'Next best offer', id: 'nbo-offers', description: 'Offers' }] });
    const asked = fresh.requests.filter((r) => r.list?.id === 'purposes');
    assert.match(asked.find((r) => r.id === 'purposes.name')!.message, /^Purpose 1: /);
    assert.match(asked.find((r) => r.id === 'purposes.description')!.message, /^Purpose 'nbo-offers': /);
  });

  it('legal basis per purpose names the purpose', async () => {
    const { requests } = await interview('purposes:\n  - id: nbo-offers\n    name: Next best offer\n', ['legal-basis'], {});
    assert.match(requests.find((r) => r.id === 'purposes.legalBasis')!.message, /^Purpose 'nbo-offers': /);
  });
});

describe('resuming a draft', () => {
  it('a list answered "none" is written as [] and not asked again; nor is false', async () => {
    const first = await interview('{}', ['recipients'], { recipients: [] });
    assert.deepEqual(first.data.recipients, []);
    const text = parseDocument(first.data ? JSON.stringify(first.data) : '{}').toString();
    const again = await interview(text, ['recipients'], {});
    assert.deepEqual(again.requests, []);
    const ai = await interview('system:\n  name: X\n  ai:\n    used: false\n', ['system'], {});
    assert.ok(!ai.requests.some((r) => r.id === 'system.ai.used'));
  });

  it('a section with nothing left to ask shows no header', async () => {
    const done = await interview('recipients: []\n', ['recipients'], {});
    assert.doesNotMatch(done.out, /──/);
    const open = await interview('{}', ['recipients'], {});
    assert.match(open.out, /── .* ──/);
  });

  it('dpia new FILE without --lang on a bokmål draft asks in bokmål', async () => {
    const { dir, cleanup } = tempDir();
    try {
      writeFileSync(join(dir, 'd.dpia.yaml'), 'schemaVersion: 1\nid: d\nlanguage: nb\ntitle: Neste beste tilbud\n');
      writeFileSync(join(dir, 'a.yaml'), 'system.name: CRM\n');
      const result = await runMain(['new', 'd.dpia.yaml', '--answers', 'a.yaml', '--today', '2026-03-01'], { cwd: dir });
      assert.equal(result.code, 0, result.stderr);
      assert.match(result.stdout, /Gjenstående funn|Ingen funn/);
    } finally {
      cleanup();
    }
  });
});

describe('finishing with the next step', () => {
  it('suggested ids are cut at a word boundary', () => {
    const long = slugify('Prioritise leads for the enterprise sales organisation in Norway');
    assert.equal(long, 'prioritise-leads-for-the-enterprise');
    assert.ok(long.length <= 40);
    assert.equal(slugify('a'.repeat(50)), 'a'.repeat(40));
    assert.equal(slugify('Prioritere leads for salg'), 'prioritere-leads-for-salg');
  });

  it('the command is npx dpia through npx or a project\'s node_modules, dpia otherwise', () => {
    const { dir, cleanup } = tempDir();
    try {
      const pkg = join(dir, 'node_modules', 'dpia', 'bin');
      mkdirSync(pkg, { recursive: true });
      mkdirSync(join(dir, 'node_modules', '.bin'));
      writeFileSync(join(pkg, 'dpia.js'), '');
      symlinkSync(join(pkg, 'dpia.js'), join(dir, 'node_modules', '.bin', 'dpia'));
      mkdirSync(join(dir, 'src'));
      assert.equal(dpiaCommand({ env: { npm_command: 'exec' }, cwd: dir }, '/usr/local/bin/dpia'), 'npx dpia');
      assert.equal(dpiaCommand({ env: {}, cwd: dir }, join(dir, 'node_modules', '.bin', 'dpia')), 'npx dpia');
      assert.equal(dpiaCommand({ env: {}, cwd: join(dir, 'src') }, join(pkg, 'dpia.js')), 'npx dpia');
      // A global install: its node_modules is not above the working directory.
      assert.equal(dpiaCommand({ env: {}, cwd: '/' }, join(pkg, 'dpia.js')), 'dpia');
      assert.equal(dpiaCommand({ env: {}, cwd: dir }, '/nonexistent/bin/dpia'), 'dpia');
    } finally {
      cleanup();
    }
  });

  it('dpia screen without FILE prints the verdict, says nothing was saved and how to save it', async () => {
    const { dir, cleanup } = tempDir();
    try {
      writeFileSync(join(dir, 'a.yaml'), 'screening.art35_3: []\nscreening.criteria: [large-scale, evaluation-scoring]\nscreening.nationalList: []\n');
      const result = await runMain(['screen', '--answers', 'a.yaml', '--today', '2026-03-01'], { cwd: dir });
      assert.equal(result.code, 0, result.stderr);
      assert.equal(result.stdout.match(/2 WP248 criteria are met/g)?.length, 1);
      assert.match(result.stdout, /Nothing was saved\. To keep the screening in a file, run: (npx )?dpia screen FILE/);
      const nb = await runMain(['screen', '--answers', 'a.yaml', '--lang', 'nb', '--today', '2026-03-01'], { cwd: dir });
      assert.match(nb.stdout, /Ingenting er lagret/);
    } finally {
      cleanup();
    }
  });

  it('dpia screen FILE suggests the next command', async () => {
    const { dir, cleanup } = tempDir();
    try {
      writeFileSync(join(dir, 'a.yaml'), 'screening.art35_3: []\nscreening.criteria: [large-scale, evaluation-scoring]\nscreening.nationalList: []\n');
      const result = await runMain(['screen', 'f.dpia.yaml', '--answers', 'a.yaml', '--today', '2026-03-01'], { cwd: dir });
      assert.match(result.stdout, /Next: (npx )?dpia new f\.dpia\.yaml/);
      assert.equal(parse(readFileSync(join(dir, 'f.dpia.yaml'), 'utf8')).screening.required, true);
    } finally {
      cleanup();
    }
  });
});

describe('quieter screens', () => {
  it('choices carry short labels for the confirmation line', async () => {
    const { requests } = await interview('{}', ['screening'], { 'screening.art35_3': [], 'screening.criteria': [], 'screening.nationalList': [] });
    const criteria = requests.find((r) => r.id === 'screening.criteria')!;
    const scoring = criteria.choices!.find((c) => c.value === 'evaluation-scoring')!;
    assert.equal(scoring.short, 'Scoring or prediction');
    assert.ok(scoring.name.length > scoring.short!.length);
    const basis = await interview('purposes:\n  - id: p\n', ['legal-basis'], {});
    const consent = basis.requests.find((r) => r.id === 'purposes.legalBasis')!.choices!.find((c) => c.value === 'consent')!;
    assert.equal(consent.short, '(a) consent');
  });

  it('help is in the request, for the ? key, and not printed', async () => {
    const { requests, out } = await interview('{}', ['screening'], { 'screening.art35_3': [], 'screening.criteria': [], 'screening.nationalList': [] });
    const criteria = requests.find((r) => r.id === 'screening.criteria')!;
    assert.match(criteria.help!, /Two or more criteria normally mean a DPIA is required/);
    assert.doesNotMatch(out, /Two or more criteria/);
  });
});
