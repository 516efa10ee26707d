// Every required element of a privacy notice (Art. 13/14, AI Act Art. 50): removing it
// makes `render --doc notice` refuse, naming the element and its article; --draft
// renders and marks the gap.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { parse, stringify } from 'yaml';
import { hasMessage } from '../../src/i18n/catalogue.ts';
import { elementArticles, elementLabel, NOTICE_ELEMENTS } from '../../src/render/notice-elements.ts';
import type { Assessment } from '../../src/model/schema.ts';
import { FIXTURES, runMain, tempDir } from '../helpers/cli.ts';

type Data = Record<string, any>;
const COMPLETE = readFileSync(join(FIXTURES, 'render', 'complete.dpia.yaml'), 'utf8');

/** For each element: make it apply (where it does not already) and take it away. */
const REMOVE: Record<string, { data?: (d: Data) => void; config?: string }> = {
  controller: { data: (d) => { delete d.controller.email; delete d.controller.address; } },
  // A DPO is designated (named) but cannot be reached; without a DPO the element does not apply.
  dpo: { data: (d) => { delete d.controller.dpo.email; delete d.controller.dpo.phone; } },
  purposes: { data: (d) => { delete d.purposes[0].notice.text; } },
  'settled-basis': { data: (d) => { d.purposes[0].legalBasisStatus = 'uncertain'; } },
  categories: { data: (d) => { delete d.dataCategories[2].name; } },
  'legitimate-interests': { data: (d) => { delete d.purposes[0].notice.interest; } },
  recipients: { data: (d) => { delete d.recipients; } },
  transfers: { data: (d) => { delete d.recipients[0].transfer; } },
  retention: { data: (d) => { delete d.dataCategories[1].retention; } },
  objection: { data: (d) => { delete d.purposes[0].objection?.how; } },
  rights: { data: (d) => { delete d.transparency.rights; delete d.controller.email; } },
  'withdraw-consent': { data: (d) => { d.purposes[0].legalBasis = 'consent'; delete d.purposes[0].legitimateInterest; delete d.purposes[0].notice.interest; } },
  complaint: { config: 'authority:\n  name: Some Authority\n' },
  requirement: { data: (d) => { delete d.dataCategories[0].required; } },
  source: { data: (d) => { delete d.dataCategories[2].source; } },
  'automated-decision': {
    data: (d) => {
      Object.assign(d.system.ai.automatedDecision, { exists: true, significantEffect: true, exception: 'contract' });
      delete d.system.ai.automatedDecision.safeguards;
    },
  },
  'ai-disclosure': { data: (d) => { d.system.ai.interactsWithPeople = true; delete d.transparency.notice.ai; } },
  'automated-decision-stated': { data: (d) => { delete d.system.ai.automatedDecision.exists; } },
};

test('the complete fixture renders a notice with no gaps', async () => {
  const result = await runMain(['render', join(FIXTURES, 'render', 'complete.dpia.yaml'), '--doc', 'notice']);
  assert.equal(result.code, 0, result.stderr);
  assert.doesNotMatch(result.stdout, /MISSING/);
});

test('every notice element has a removal case here', () => {
  assert.deepEqual(Object.keys(REMOVE).sort(), NOTICE_ELEMENTS.map((e) => e.id).sort());
  for (const element of NOTICE_ELEMENTS) {
    assert.ok(hasMessage('en', 'documents', `notice-element.${element.id}`) && hasMessage('nb', 'documents', `notice-element.${element.id}`), `${element.id} has labels in en and nb`);
    assert.ok(Object.keys(element.articles).length > 0, `${element.id} names its article`);
  }
});

for (const element of NOTICE_ELEMENTS) {
  test(`a notice without "${element.id}" is refused, and --draft marks it`, async () => {
    const { dir, cleanup } = tempDir();
    try {
      const data = parse(COMPLETE) as Data;
      REMOVE[element.id].data?.(data);
      const file = join(dir, 'a.dpia.yaml');
      writeFileSync(file, stringify(data));
      if (REMOVE[element.id].config) writeFileSync(join(dir, 'dpia.config.yaml'), REMOVE[element.id].config!);
      for (const lang of ['en', 'nb'] as const) {
        const refused = await runMain(['render', file, '--doc', 'notice', '--lang', lang], { cwd: dir });
        assert.equal(refused.code, 1, refused.stderr);
        assert.equal(refused.stdout, '');
        const articles = elementArticles(element, data as Assessment, lang);
        assert.ok(refused.stderr.includes(`${elementLabel(element, lang)} (${articles}) [${element.id}]`), `${lang}: stderr names ${element.id}:\n${refused.stderr}`);
        // The element alone is missing, so the refusal names exactly one.
        assert.equal(refused.stderr.split('\n').filter((l) => l.startsWith('  - ')).length, 1, refused.stderr);

        for (const format of ['md', 'html']) {
          const draft = await runMain(['render', file, '--doc', 'notice', '--lang', lang, '--format', format, '--draft'], { cwd: dir });
          assert.equal(draft.code, 0, draft.stderr);
          const marker = lang === 'nb' ? 'MANGLER' : 'MISSING';
          const text = format === 'html' ? draft.stdout.replace(/&#x27;|&#39;/g, "'") : draft.stdout;
          assert.ok(text.includes(`${marker}: ${elementLabel(element, lang)}`), `${lang} ${format}: the gap is marked in place`);
          assert.ok(text.includes(elementLabel(element, lang)) && text.includes('⚠'), `${lang} ${format}: the gap is listed at the top`);
        }
      }
    } finally {
      cleanup();
    }
  });
}

test('articles follow where the data comes from: Art. 13 and, for data from elsewhere, Art. 14', () => {
  const dpo = NOTICE_ELEMENTS.find((e) => e.id === 'dpo')!;
  const own: Assessment = { dataCategories: [{ id: 'a', origin: 'data-subject' }] };
  const both: Assessment = { dataCategories: [{ id: 'a', origin: 'data-subject' }, { id: 'b', origin: 'third-party' }] };
  assert.equal(elementArticles(dpo, own, 'en'), 'GDPR Art. 13(1)(b)');
  assert.equal(elementArticles(dpo, both, 'en'), 'GDPR Art. 13(1)(b) / Art. 14(1)(b)');
  assert.equal(elementArticles(NOTICE_ELEMENTS.find((e) => e.id === 'source')!, both, 'nb'), 'personvernforordningen art. 14 nr. 2 bokstav f');
});
