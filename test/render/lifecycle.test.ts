// Lifecycle phases and purposes by status in the documents and the record of processing
// (issue 12 points 1 and 4): the report shows every phase and every purpose's status, with
// "not stated" for what the file leaves out; the notice explains the phases and never
// presents a possible purpose as decided; the ROPA has no row for a possible purpose.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { message } from '../../src/i18n/catalogue.ts';
import { FIXTURES, runMain, tempDir } from '../helpers/cli.ts';

const FILE = join(FIXTURES, 'render', 'lifecycle.dpia.yaml');
const TODAY = '2026-12-01';
const words = (lang: string, key: string) => message(lang, 'documents', key);

async function render(file: string, doc: 'report' | 'notice', lang: string): Promise<string> {
  const result = await runMain(['render', file, '--doc', doc, '--lang', lang, '--format', 'md', '--today', TODAY, '--draft']);
  assert.equal(result.code, 0, result.stderr);
  return result.stdout;
}

/** The text of a section: from its heading to the next heading of the same or a higher level. */
function section(md: string, heading: string): string {
  const lines = md.split('\n');
  const start = lines.findIndex((l) => /^#+ /.test(l) && l.includes(heading));
  assert.ok(start >= 0, `no heading "${heading}"`);
  const level = lines[start].match(/^#+/)![0].length;
  const end = lines.findIndex((l, i) => i > start && /^#+ /.test(l) && l.match(/^#+/)![0].length <= level);
  return lines.slice(start, end < 0 ? undefined : end).join('\n');
}

describe('lifecycle phases and purpose status', () => {
  const { dir, cleanup } = tempDir('dpia-lifecycle-');
  after(cleanup);

  for (const lang of ['en', 'nb']) {
    it(`report (${lang}): each phase with stage, steps, purposes and their bases, data, flows and notice; status per purpose`, async () => {
      const report = await render(FILE, 'report', lang);
      const lifecycle = section(report, words(lang, 'lifecycle.heading'));
      const use = section(lifecycle, 'Suggestions in the app');
      assert.match(use, new RegExp(message(lang, 'labels', 'phaseStage.deployment')));
      assert.match(use, new RegExp(`${message(lang, 'labels', 'phaseStep.collection')}, ${message(lang, 'labels', 'phaseStep.use')}`));
      assert.ok(use.includes(`Suggest programmes: ${message(lang, 'labels', 'legalBasis.contract')}, ${message(lang, 'labels', 'purposeStatus.decided')}\n`), use);
      assert.match(use, /Viewing history/);
      assert.match(use, /servers in Norway/);
      assert.match(use, /when you sign up/);
      // The training phase records no start, flows or notice text: "not stated", never "none".
      const train = section(lifecycle, 'Training on the device');
      assert.equal(train.split(`:** ${words(lang, 'lifecycle.not-stated')}\n`).length - 1, 3, train);
      assert.ok(train.includes(`Offers from partner channels: ${words(lang, 'lifecycle.basis-not-stated')}, ${message(lang, 'labels', 'purposeStatus.possible')}\n`), train);
      // Each recorded status; a purpose without one is read as decided and shows none (a file
      // that passes check has no "not stated" in its report: report-truth.test.ts).
      const purposes = section(report, words(lang, 'purposes.purposes-necessity-proportionality'));
      const status = words(lang, 'purposes.status');
      assert.ok(section(purposes, 'Train the suggestion model').includes(`${status} ${message(lang, 'labels', 'purposeStatus.planned')} ${words(lang, 'purposes.starts-on').replace('{date}', '')}`));
      assert.ok(!section(purposes, 'Viewing statistics').includes(status));
    });

    it(`notice (${lang}): a possible purpose only in its own block, a planned one with its start, each phase explained`, async () => {
      const notice = await render(FILE, 'notice', lang);
      const uses = section(notice, words(lang, 'notice-purposes.what-use-data-why'));
      assert.doesNotMatch(uses, /partner channels/);
      assert.match(section(uses, 'Train the suggestion model'), new RegExp(lang === 'en' ? 'We plan to do this from 1 March 2027\\.' : 'Dette planlegger vi å gjøre fra 1\\. mars 2027\\.'));
      assert.doesNotMatch(section(uses, 'Suggest programmes'), /plan/);
      const possible = section(notice, words(lang, 'notice-possible-purposes.heading'));
      assert.match(possible, /Offers from partner channels: We may want to show you offers from partner channels/);
      // Nowhere else: not in the first layer, not in a phase.
      assert.equal(notice.split('partner channels').length - 1, 2, 'the possible purpose appears outside its own block');
      const phases = section(notice, words(lang, 'notice-phases.heading'));
      assert.match(phases, /The app tells you when you sign up that what you watch is used for suggestions\./);
      assert.match(section(phases, 'Training on the device'), /Train the suggestion model/);
    });
  }

  it('notice: a possible purpose with a basis, an objection and a consent of its own is still told only in its block', async () => {
    const file = join(dir, 'possible-with-basis.dpia.yaml');
    const text = readFileSync(FILE, 'utf8')
      .replace('    status: possible\n', `    status: possible
    legalBasis: legitimate-interests
    kinds: [direct-marketing]
    objection:
      how: Untick partner channels in the app
`)
      .replace('dataCategories:\n', `consents:
  - id: partner-consent
    name: Consent to partner channels
    purposes: [partner-offers]
    withdrawal:
      how: Untick partner channels in the app
dataCategories:
`);
    writeFileSync(file, text);
    const notice = await render(file, 'notice', 'en');
    assert.equal(notice.split('partner channels').length - 1, 2, 'the possible purpose appears outside its own block');
    assert.doesNotMatch(notice, /Consent to partner channels/);
    assert.doesNotMatch(notice, /direct marketing/i, 'no Art. 21(2) box for a purpose not decided');
    // The report shows everything the file records, the possible purpose's consent included.
    const report = await render(file, 'report', 'en');
    assert.match(report, /Consent to partner channels/);
  });

  it('report: no lifecycle section without phases; an empty list is "none recorded"', async () => {
    const absent = join(dir, 'absent.dpia.yaml');
    const empty = join(dir, 'empty.dpia.yaml');
    writeFileSync(absent, 'schemaVersion: 1\nid: a\nlanguage: en\n');
    writeFileSync(empty, 'schemaVersion: 1\nid: b\nlanguage: en\nphases: []\n');
    assert.doesNotMatch(await render(absent, 'report', 'en'), new RegExp(words('en', 'lifecycle.heading')));
    assert.match(await render(empty, 'report', 'en'), /No lifecycle phases are recorded\./);
    assert.doesNotMatch(await render(absent, 'notice', 'en'), new RegExp(words('en', 'notice-phases.heading')));
  });

  it('export --ropa: no row for a possible purpose; a planned one says so, with its start', async () => {
    const result = await runMain(['export', '--ropa', FILE, '--lang', 'en', '--today', TODAY, '--format', 'json'], { cwd: dir });
    assert.equal(result.code, 0, result.stderr);
    const rows = (JSON.parse(result.stdout).records as { purposeId: string; purpose: string }[]);
    assert.deepEqual(rows.map((r) => r.purposeId), ['suggestions', 'training', 'statistics']);
    assert.match(rows[1].purpose, /\(planned, from 2027-03-01\)$/);
  });
});
