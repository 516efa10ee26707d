// The report says only what the file says (issue 10): a negative sentence ("no one outside
// the controller receives the data") needs the explicit answer in the file; a missing
// answer is "not stated". No fragment of an empty value survives ("version  (draft)",
// "()", a bold label with nothing after it, a table with only its header). An approved
// report with zero findings never says "not stated".
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { parse } from 'yaml';
import { message } from '../../src/i18n/catalogue.ts';
import { label } from '../../src/i18n/labels.ts';
import { EXAMPLES, FIXTURES, runMain, tempDir } from '../helpers/cli.ts';

const RENDER = join(FIXTURES, 'render');
const SPARSE = join(RENDER, 'sparse.dpia.yaml');
const EXPLICIT = join(RENDER, 'explicit-none.dpia.yaml');
// A real published assessment transcribed with only the facts it states (Datatilsynet's AI sandbox, Ruter).
const REAL = join(RENDER, 'real-case-ruter.dpia.yaml');
const APPROVED = [join(EXAMPLES, 'lead-scoring', 'lead-scoring.dpia.yaml'), join(EXAMPLES, 'kundeservice-chatbot', 'kundeservice-chatbot.dpia.yaml'), join(EXAMPLES, 'personlige-tilbud', 'personlige-tilbud.dpia.yaml')];
const INPUTS = [
  ...readdirSync(EXAMPLES, { withFileTypes: true }).filter((e) => e.isDirectory()).flatMap((e) =>
    readdirSync(join(EXAMPLES, e.name)).filter((f) => f.endsWith('.dpia.yaml')).map((f) => join(EXAMPLES, e.name, f))),
  join(RENDER, 'complete.dpia.yaml'), SPARSE, EXPLICIT, REAL,
];
const LANGS = ['en', 'nb'] as const;
const TODAY = '2026-11-30';

async function report(file: string, lang: string, format: 'md' | 'html'): Promise<string> {
  const draft = !/status: approved/.test(readFileSync(file, 'utf8'));
  const result = await runMain(['render', file, '--doc', 'report', '--format', format, '--lang', lang, '--today', TODAY, ...(draft ? ['--draft'] : [])]);
  assert.equal(result.code, 0, result.stderr);
  return result.stdout;
}

/** The visible text of the HTML, line by line: no styles, scripts or tags, entities decoded. */
function htmlText(html: string): string {
  return html
    .replace(/<(style|script)[\s\S]*?<\/\1>/g, '')
    .replace(/<svg[\s\S]*?<\/svg>/g, '')
    .replace(/<\/(p|li|tr|h\d|div|th|td|caption|dt|dd)>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'");
}

/** Every fragment an empty value leaves behind, as line-numbered messages. */
function fragments(text: string, format: 'md' | 'html'): string[] {
  const problems: string[] = [];
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    const where = `line ${i + 1}: ${line.trim().slice(0, 120)}`;
    const body = line.replace(/^\s+/, '').replace(/\s+$/, '');
    if (/\S {2,}\S/.test(body)) problems.push(`double space, ${where}`);
    if (/\(\s*\)/.test(body)) problems.push(`empty parentheses, ${where}`);
    if (/\s,/.test(body)) problems.push(`space before a comma, ${where}`);
    if (/:\s*\./.test(body)) problems.push(`": ." ${where}`);
    if (/\*\*[^*]*[^*\s]\*\*\s*$/.test(body) && /:\*\*\s*$/.test(body)) problems.push(`bold label with nothing after it, ${where}`);
    if (format === 'md' && /^\|[-|]+\|$/.test(body)) {
      const next = lines[i + 1] ?? '';
      if (!next.trim().startsWith('|')) problems.push(`table with only its header, ${where}`);
    }
  });
  return problems;
}

for (const file of INPUTS) {
  for (const lang of LANGS) {
    for (const format of ['md', 'html'] as const) {
      test(`report of ${file.slice(file.lastIndexOf('/') + 1)} (${lang}, ${format}) has no empty fragment`, async () => {
        const out = await report(file, lang, format);
        const text = format === 'html' ? htmlText(out) : out;
        assert.deepEqual(fragments(text, format), []);
      });
    }
  }
}

// Each negative sentence, with the file fixture that gives its explicit answer. The sparse
// fixture lacks every answer, so none of them may appear in its report.
const NEGATIVES: Array<{ what: string; text: (lang: string) => string }> = [
  { what: 'no recipients', text: (l) => message(l, 'documents', 'recipients.no-one-outside-controller') },
  { what: 'no transfers', text: (l) => message(l, 'documents', 'recipients.no-data-transferred-outside') },
  { what: 'no AI', text: (l) => message(l, 'documents', 'processing.feature-does-not-use') },
  { what: 'no prior consultation', text: (l) => message(l, 'documents', 'consultation.prior-consultation-not-required', { noHigh: 'true' }) },
  { what: 'views not sought', text: (l) => message(l, 'documents', 'consultation.their-views-were-not') },
  { what: 'no data categories', text: (l) => message(l, 'documents', 'data.no-categories') },
  { what: 'no fairness tests', text: (l) => message(l, 'documents', 'fairness.no-fairness-tests-recorded') },
  { what: 'no planned measures', text: (l) => message(l, 'documents', 'action-plan.none-planned') },
  { what: 'no DPO designated', text: (l) => message(l, 'documents', 'header.no-dpo', { reason: '' }).split('—')[0].split('–')[0].trim() },
  { what: 'no decision to proceed', text: (l) => `${message(l, 'documents', 'decision.proceed')} ${message(l, 'documents', 'decision.no')}\n` },
  { what: 'residual risk not accepted', text: (l) => `${message(l, 'documents', 'decision.residual-risks')} ${message(l, 'documents', 'decision.not-accepted')}\n` },
  { what: 'no version history', text: (l) => message(l, 'documents', 'signoffs.no-history') },
];

// Summary lines whose answer is a negative only with the explicit answer: the label, then the answer.
const SUMMARY = [
  { key: 'summary.prior-consultation-supervisory-authority', explicit: 'summary.not-required' },
  { key: 'summary.automated-decisions-legal-similarly', explicit: 'summary.no' },
  { key: 'summary.decision', explicit: 'summary.not-proceed' },
];

/** What a summary line says after its bold label. */
function summaryAnswer(report: string, lang: string, key: string): string | undefined {
  const labelText = message(lang, 'documents', key, { article_22: 'ART', article_36: 'ART' }).split('ART')[0];
  const line = report.split('\n').find((l) => l.startsWith(`- ${labelText}`));
  return line?.slice(line.indexOf(':**') + 3).trim();
}

for (const lang of LANGS) {
  test(`a sparse file's report (${lang}) states no negative fact, and says "not stated"`, async () => {
    const out = await report(SPARSE, lang, 'md');
    for (const line of SUMMARY) assert.equal(summaryAnswer(out, lang, line.key), message(lang, 'documents', 'summary.not-stated'), line.key);
    for (const negative of NEGATIVES) {
      assert.ok(!out.includes(negative.text(lang)), `the sparse report says "${negative.text(lang)}" (${negative.what})`);
    }
    assert.ok(out.includes(label(lang, 'yesNo', 'unknown')));
  });

  test(`a transcribed real case (${lang}) states none of the negatives the file does not hold`, async () => {
    const out = await report(REAL, lang, 'md');
    for (const line of SUMMARY) assert.equal(summaryAnswer(out, lang, line.key), message(lang, 'documents', 'summary.not-stated'), line.key);
    for (const negative of NEGATIVES) {
      assert.ok(!out.includes(negative.text(lang)), `the real case's report says "${negative.text(lang)}" (${negative.what})`);
    }
  });

  // Issue 12's "done when": the facts of the published case that the old format had no
  // place for are shown in the report, each where it belongs.
  test(`a transcribed real case (${lang}) shows its phases, consents, storage on the device, sandbox dialogue and source`, async () => {
    const out = await report(REAL, lang, 'md');
    const data = parse(readFileSync(REAL, 'utf8')) as Record<string, any>;
    const yes = label(lang, 'yesNo', 'true');
    const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();
    // Both lifecycle phases, each under its own heading with what happens in it.
    assert.deepEqual(data.phases.map((p: any) => p.stage), ['development', 'deployment']);
    for (const phase of data.phases) {
      const at = out.indexOf(`#### ${phase.name}\n`);
      assert.ok(at >= 0, `phase ${phase.id} has a heading`);
      assert.ok(out.slice(at).includes(oneLine(phase.description)), `phase ${phase.id} is described`);
    }
    // Each consent with the purposes it covers; the one whose mechanism the report states shows it.
    for (const consent of data.consents) {
      const at = out.indexOf(`: ${consent.name}\n`);
      assert.ok(at >= 0, `consent ${consent.id} has a heading`);
      const names = consent.purposes.map((id: string) => data.purposes.find((p: any) => p.id === id).name);
      const covers = out.slice(at).split('\n').find((l) => names.every((n: string) => l.includes(n)));
      assert.ok(covers, `consent ${consent.id} names the purposes it covers`);
    }
    assert.ok(out.includes(oneLine(data.consents[0].mechanism)));
    // Kept on the device and at Ruter: a row of the storage table, with where.
    for (const category of data.dataCategories) {
      const row = `| ${category.name} | ${yes} | ${yes} | ${label(lang, 'yesNo', 'unknown')} | ${oneLine(category.storage.details)} |`;
      assert.ok(out.includes(row), `storage of ${category.id}: ${row}`);
    }
    // The sandbox, with what was discussed and the positions taken, and the report it rests on.
    const dialogue = data.consultation.authority.dialogue[0];
    assert.equal(dialogue.kind, 'sandbox');
    for (const text of [dialogue.summary, dialogue.authorityPosition, dialogue.ourPosition]) assert.ok(out.includes(oneLine(text)), text.slice(0, 40));
    const source = data.references.find((r: any) => r.id === 'sluttrapport');
    const appendix = out.slice(out.indexOf(`## ${message(lang, 'documents', 'references.title')}`));
    assert.ok(appendix.split('\n').some((l) => l.includes(source.title) && l.includes(source.url)), 'the exit report is in the appendix with its address');
    // The controller as the report describes it: publicly owned, by whom, and its public role; the stage of the system.
    const header = out.split('\n## ')[0];
    assert.ok(header.includes(`${label(lang, 'controllerType', 'publicly-owned')}, `) && data.controller.owners.every((o: string) => header.includes(o)), 'owners in the header');
    assert.ok(header.includes(oneLine(data.controller.publicRole).replace(/\.$/, '')), 'the public role in the header');
    assert.ok(out.includes(`| ${message(lang, 'documents', 'processing.stage')} | ${label(lang, 'systemStage', 'concept')} |`));
    // When the training consent is asked, measured against the storage on the device; no duration is stated.
    assert.ok(out.includes(`| ${message(lang, 'documents', 'consent.asked-when')} | ${oneLine(data.consents[0].askedWhen)} |`));
    assert.ok(out.includes(`| ${message(lang, 'documents', 'consent.validity')} | – |`));
    // The uses Ruter will only explore are shown as possible, never as decided or planned.
    for (const purpose of data.purposes.filter((p: any) => p.status === 'possible')) {
      const heading = out.split('\n').find((l) => /^### \d+\.\d+ /.test(l) && l.endsWith(` ${purpose.name}`));
      assert.ok(heading, `${purpose.id} has a heading`);
      const section = out.slice(out.indexOf(`${heading}\n`) + heading.length).split('\n### ')[0];
      assert.ok(section.includes(label(lang, 'purposeStatus', 'possible')), `${purpose.id} is shown as possible`);
      for (const other of ['decided', 'planned'] as const) assert.ok(!section.includes(`: ${label(lang, 'purposeStatus', other)}\n`), `${purpose.id} is shown as ${other}`);
    }
  });

  test(`an explicit "none" in the file (${lang}) is stated as none`, async () => {
    const out = await report(EXPLICIT, lang, 'md');
    for (const line of SUMMARY) assert.equal(summaryAnswer(out, lang, line.key), message(lang, 'documents', line.explicit), line.key);
    for (const negative of NEGATIVES) {
      assert.ok(out.includes(negative.text(lang)), `the explicit report lacks "${negative.text(lang)}" (${negative.what})`);
    }
  });

  test(`approved reports with zero findings (${lang}) never say "not stated"`, async () => {
    const notStated = label(lang, 'yesNo', 'unknown');
    for (const file of APPROVED) {
      const check = await runMain(['check', file, '--strict', '--today', TODAY]);
      assert.equal(check.code, 0, check.stdout);
      for (const format of ['md', 'html'] as const) {
        const out = await report(file, lang, format);
        assert.ok(!out.toLowerCase().includes(notStated.toLowerCase()), `${file} (${format}) says "${notStated}"`);
      }
    }
  });
}

test('the decision section shows a stale sign-off as stale, never as approval', async () => {
  const { dir, cleanup } = tempDir();
  try {
    const changed = join(dir, 'changed.dpia.yaml');
    writeFileSync(changed, readFileSync(APPROVED[0], 'utf8').replace(/^title: .*$/m, 'title: A changed title'));
    const out = await report(changed, 'en', 'md');
    const section = out.slice(out.indexOf(`## ${message('en', 'documents', 'decision.decision')}`));
    const valid = message('en', 'documents', 'decision.signed-valid', { name: 'X', date: 'Y' }).split('Y')[1];
    assert.ok(!section.includes(valid), 'a sign-off on other content is shown as valid');
    assert.match(section, /stale, not an approval of this content/);
    const fresh = await report(APPROVED[0], 'en', 'md');
    assert.ok(fresh.includes(valid));
  } finally {
    cleanup();
  }
});
