// The documents speak of the people concerned as the file names them (issue 12, point 5):
// a file about patients, employees or leads yields a report and a notice in which no
// catalogue word says "customer" / "kunde", and in which the file's own group names
// appear where the documents name the people. The training flag reads under its new
// name and, for schemaVersion 1 files, under the old one.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { parse, stringify } from 'yaml';
import { message } from '../../src/i18n/catalogue.ts';
import { FIXTURES, runMain, tempDir } from '../helpers/cli.ts';

type Data = Record<string, any>;
const TODAY = '2026-12-01';
const CUSTOMER = /customer|kunde(?!emne)/i;

/** The complete fixture, its free text made neutral, about the groups `subjects`. */
function about(subjects: string[], training: Record<string, boolean> = { usesPersonalDataForTraining: true }): Data {
  const neutral = (value: unknown): unknown => {
    if (typeof value === 'string') return value.replace(/customers?|kunde\p{L}*/giu, 'person');
    if (Array.isArray(value)) return value.map(neutral);
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, neutral(v)]));
    return value;
  };
  const data = neutral(parse(readFileSync(join(FIXTURES, 'render', 'complete.dpia.yaml'), 'utf8'))) as Data;
  data.dataSubjects = subjects.map((name, i) => ({ id: `group-${i + 1}`, name, vulnerable: true }));
  for (const category of data.dataCategories) category.subjects = data.dataSubjects.map((s: Data) => s.id);
  delete data.system.ai.usesCustomerDataForTraining;
  delete data.system.ai.usesPersonalDataForTraining;
  Object.assign(data.system.ai, training);
  return data;
}

const tmp = tempDir('dpia-people-');
after(() => tmp.cleanup());
let n = 0;
function write(data: Data): string {
  const file = join(tmp.dir, `case-${++n}.dpia.yaml`);
  writeFileSync(file, stringify(data));
  return file;
}

async function render(file: string, doc: 'report' | 'notice', lang: string, format: 'md' | 'html'): Promise<string> {
  const result = await runMain(['render', file, '--doc', doc, '--lang', lang, '--format', format, '--today', TODAY, '--draft']);
  assert.equal(result.code, 0, result.stderr);
  return result.stdout;
}

const CASES = [
  { what: 'patients', subjects: { en: ['Patients'], nb: ['Pasienter'] } },
  { what: 'employees', subjects: { en: ['Employees'], nb: ['Ansatte'] } },
  { what: 'leads', subjects: { en: ['Inbound leads', 'Contact persons at companies'], nb: ['Innkommende leads', 'Kontaktpersoner hos bedrifter'] } },
] as const;

describe('the documents name the people as the file does', () => {
  for (const { what, subjects } of CASES) {
    for (const lang of ['en', 'nb'] as const) {
      it(`${what} (${lang}): no "customer" in report or notice, md or html, and the groups are named`, async () => {
        const file = write(about([...subjects[lang]]));
        const names = message(lang, 'labels', 'format.list', { head: subjects[lang].slice(0, -1).join(', '), last: subjects[lang].at(-1) });
        const joined = subjects[lang].length > 1 ? names : subjects[lang][0];
        for (const format of ['md', 'html'] as const) {
          for (const doc of ['report', 'notice'] as const) {
            const text = await render(file, doc, lang, format);
            const line = text.split('\n').find((l) => CUSTOMER.test(l));
            assert.equal(line, undefined, `${doc}.${lang}.${format} says customer: ${line}`);
          }
          const report = await render(file, 'report', lang, format);
          // The report names the groups; the training row names whose data trains the model.
          assert.ok(report.includes(joined), `report ${format} names ${joined}`);
          assert.ok(report.includes(message(lang, 'documents', 'processing.personal-data-used-training', { people: joined })), `training row names ${joined}`);
          const notice = await render(file, 'notice', lang, format);
          assert.ok(notice.includes(joined), `notice ${format} names ${joined}`);
        }
        const md = await render(file, 'report', lang, 'md');
        assert.ok(md.includes(`- ${message(lang, 'documents', 'summary.people-concerned')} ${joined}\n`), 'summary bullet');
      });
    }
  }

  it('with no group named, the report says the people concerned are not stated, never "none"', async () => {
    const data = about([]);
    delete data.dataSubjects;
    const md = await render(write(data), 'report', 'en', 'md');
    assert.ok(md.includes(`- ${message('en', 'documents', 'summary.people-concerned')} ${message('en', 'documents', 'summary.not-stated')}\n`));
    assert.ok(md.includes(`| ${message('en', 'documents', 'processing.personal-data-used-training', {})} | yes |`));
  });
});

describe('the training flag under its new and its old name', () => {
  const sentence = (lang: string, key: string) => message(lang, 'documents', key);
  const cases: Array<{ training: Record<string, boolean>; says: string | undefined; row: string }> = [
    { training: { usesPersonalDataForTraining: true }, says: 'notice-ai.use-data-train', row: 'yes' },
    { training: { usesPersonalDataForTraining: false }, says: 'notice-ai.do-not-use-data', row: 'no' },
    { training: { usesCustomerDataForTraining: true }, says: 'notice-ai.use-data-train', row: 'yes' },
    { training: { usesCustomerDataForTraining: false }, says: 'notice-ai.do-not-use-data', row: 'no' },
    // The new name wins where a file has both (as `dpia migrate` keeps it).
    { training: { usesPersonalDataForTraining: false, usesCustomerDataForTraining: true }, says: 'notice-ai.do-not-use-data', row: 'no' },
    // Neither: the notice says nothing of training and the report "not stated".
    { training: {}, says: undefined, row: 'not stated' },
  ];
  for (const { training, says, row } of cases) {
    it(`${JSON.stringify(training)}: ${says ?? 'no sentence'}`, async () => {
      const file = write(about(['Patients'], training));
      const notice = await render(file, 'notice', 'en', 'md');
      for (const key of ['notice-ai.use-data-train', 'notice-ai.do-not-use-data']) {
        assert.equal(notice.includes(sentence('en', key)), key === says, key);
      }
      const report = await render(file, 'report', 'en', 'md');
      assert.ok(report.includes(`| ${message('en', 'documents', 'processing.personal-data-used-training', { people: 'Patients' })} | ${row} |`), row);
    });
  }
});
