// Each section with scripted answers through the Prompter interface (no terminal), the
// friendly input parsers, the screening verdict and the generated README table.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parse, parseDocument } from 'yaml';
import { answersPrompter, checkIds, flattenAnswers, type Answers } from '../../src/interview/answers.ts';
import type { Prompter, PromptRequest } from '../../src/interview/ask.ts';
import { allQuestions, SECTIONS } from '../../src/interview/catalogue.ts';
import { parseDate, parseDuration, slugify } from '../../src/interview/input.ts';
import { questionTable, TABLE_END, TABLE_START } from '../../src/interview/question-table.ts';
import { Interview } from '../../src/interview/runner.ts';
import { screeningVerdict } from '../../src/interview/screening-verdict.ts';
import type { Lang } from '../../src/rules/types.ts';
import { FIXTURES, ROOT } from '../helpers/cli.ts';

const TODAY = '2026-03-01';
const complete = flattenAnswers(parse(readFileSync(join(FIXTURES, 'interview', 'answers.en.yaml'), 'utf8')));

/** Records every request, answers from the map. */
function recording(answers: Answers): Prompter & { requests: PromptRequest[] } {
  const inner = answersPrompter(answers);
  const requests: PromptRequest[] = [];
  return { requests, ask: (r) => { requests.push(r); return inner.ask(r); } };
}

async function interview(start: string, names: string[], answers: Answers, options: { mode?: 'new' | 'edit'; lang?: Lang; verbose?: boolean } = {}) {
  const doc = parseDocument(start);
  const prompter = recording(answers);
  let out = '';
  const run = new Interview({ doc, lang: options.lang ?? 'en', today: TODAY, config: { root: '.' }, prompter, mode: options.mode ?? 'new', verbose: options.verbose ?? false, colour: false, out: (t) => { out += t; } });
  await run.run(SECTIONS.filter((s) => names.includes(s.name)));
  return { data: doc.toJS() as Record<string, any>, requests: prompter.requests, out, text: doc.toString() };
}

describe('sections with scripted answers', () => {
  it('screening: criteria and the national list make a DPIA required, with reasons', async () => {
    const { data } = await interview('{}', ['screening'], { 'screening.art35_3': [], 'screening.criteria': ['evaluation-scoring'], 'screening.nationalList': ['commercial-prediction'] });
    assert.equal(data.screening.required, true);
    assert.equal(data.screening.date, TODAY);
    assert.match(data.screening.rationale, /commercial-prediction/);
  });

  it('screening: one criterion is recommended and asks for the DPO view', async () => {
    const { data, requests } = await interview('{}', ['screening'], { 'screening.art35_3': [], 'screening.criteria': ['large-scale'], 'screening.nationalList': [], 'screening.dpoView': 'Do it anyway.' });
    assert.equal(data.screening.required, false);
    assert.equal(data.screening.dpoView, 'Do it anyway.');
    assert.ok(requests.some((r) => r.id === 'screening.dpoView'));
  });

  it('system: AI questions only when AI is used; Art. 22 exception only for significant decisions', async () => {
    const off = await interview('{}', ['system'], { 'system.name': 'X', 'system.ai.used': false });
    assert.deepEqual(off.requests.map((r) => r.id).filter((id) => id.startsWith('system.ai.') && id !== 'system.ai.used'), []);
    const on = await interview('{}', ['system'], { 'system.ai.used': true, 'system.ai.automatedDecision.exists': true, 'system.ai.automatedDecision.significantEffect': true, 'system.ai.automatedDecision.exception': 'contract' });
    assert.equal(on.data.system.ai.automatedDecision.exception, 'contract');
  });

  it('purposes and legal basis: the legitimate-interest test for (f), details for (b)', async () => {
    const { data, requests } = await interview('{}', ['purposes', 'legal-basis'], {
      purposes: [
        { name: 'Prioritise leads', description: 'Rank leads.', legalBasis: 'legitimate-interests', 'legitimateInterest.interest': 'Sales', legitimateInterest: { balancing: 'Low impact' } },
        { name: 'Deliver orders', legalBasis: 'contract', legalBasisDetails: 'Terms of sale' },
      ],
    });
    assert.deepEqual(data.purposes.map((p: any) => p.id), ['prioritise-leads', 'deliver-orders']);
    assert.deepEqual(Object.keys(data.purposes[0])[0], 'id');
    assert.equal(data.purposes[0].legitimateInterest.interest, 'Sales');
    assert.equal(data.purposes[0].legitimateInterest.balancing, 'Low impact');
    assert.equal(data.purposes[1].legalBasisDetails, 'Terms of sale');
    assert.ok(!requests.some((r) => r.id === 'purposes.legitimateInterest.interest' && r.list?.index === 1));
  });

  it('consent: asked only when a purpose relies on it', async () => {
    const none = await interview('purposes: [{id: a, legalBasis: contract}]\n', ['consent'], {});
    assert.equal(none.requests.length, 0);
    const some = await interview('purposes: [{id: a, legalBasis: consent}]\n', ['consent'], { 'consent.records': 'Consent log', 'consent.withdrawal.asEasyAsGiving': 'ja' });
    assert.equal(some.data.consent.records, 'Consent log');
    assert.equal(some.data.consent.withdrawal.asEasyAsGiving, true);
    assert.ok(!some.requests.some((r) => r.id === 'consent.explicit'));
  });

  it('data: references are picked from existing ids; friendly retention', async () => {
    const { data, requests } = await interview('purposes: [{id: p1}]\ndataSubjects: [{id: s1, name: Leads}]\n', ['data'], {
      dataCategories: [{ name: 'Contact details', subjects: ['s1'], purposes: ['p1'], retention: '24 måneder' }],
    });
    assert.equal(data.dataCategories[0].retention, 'P24M');
    const refs = requests.find((r) => r.id === 'dataCategories.purposes');
    assert.deepEqual(refs?.choices?.map((c) => c.value), ['p1']);
  });

  it('recipients: transfer questions only outside the EEA', async () => {
    const { data, requests } = await interview('{}', ['recipients'], {
      recipients: [{ name: 'Nordic host', role: 'processor', country: 'SE' }, { name: 'US AI', role: 'processor', country: 'US', 'transfer.mechanism': 'scc' }],
    });
    assert.equal(data.recipients[1].transfer.mechanism, 'scc');
    assert.deepEqual(requests.filter((r) => r.id === 'recipients.transfer.mechanism').map((r) => r.list?.index), [1]);
  });

  it('security: the seed list, with status, owner and due date for planned measures', async () => {
    const { data } = await interview('{}', ['security'], {
      'security.measures.seeds': ['encryption', 'backup'], 'security.measures': [{ status: 'implemented', owner: 'IT' }, { status: 'planned', owner: 'IT', due: '1.6.2027' }],
    });
    assert.deepEqual(data.security.measures.map((m: any) => [m.id, m.type, m.status, m.due]), [['encryption', 'encryption', 'implemented', undefined], ['backup', 'backup', 'planned', '2027-06-01']]);
  });

  it('transparency and fairness: AI questions only with AI; proxies split into a list', async () => {
    const { data } = await interview('system: {ai: {used: true}}\n', ['transparency', 'fairness'], { 'transparency.aiDisclosure': 'In the notice', 'fairness.proxies': 'postcode, first name', 'fairness.tests': [{ metric: 'parity', threshold: '0,1', frequency: '3 months' }] });
    assert.equal(data.transparency.rights.responseTime, 'P1M');
    assert.deepEqual(data.fairness.proxies, ['postcode', 'first name']);
    assert.deepEqual([data.fairness.tests[0].threshold, data.fairness.tests[0].frequency], [0.1, 'P3M']);
    const noAi = await interview('system: {ai: {used: false}}\n', ['fairness'], {});
    assert.equal(noAi.requests.length, 0);
  });

  it('risks: classic and AI seeds, measures picked by id, residual levels', async () => {
    const { data, requests } = await interview('system: {ai: {used: true}}\nsecurity: {measures: [{id: encryption}]}\n', ['risks'], {
      'risks.seeds': ['illegitimate-access', 'training-data-leakage'],
      risks: [{ likelihood: 3, severity: 3, measures: ['encryption'], 'residual.likelihood': 1, 'residual.severity': 3 }],
    });
    const seeds = requests.find((r) => r.id === 'risks.seeds');
    assert.deepEqual(seeds?.choices?.map((c) => c.value), ['illegitimate-access', 'unwanted-modification', 'disappearance', 'discrimination', 'wrong-inference', 'function-creep', 'training-data-leakage']);
    assert.deepEqual(data.risks[0].measures, ['encryption']);
    assert.deepEqual(data.risks[0].residual, { likelihood: 1, severity: 3 });
    assert.equal(data.risks[1].event, 'training-data-leakage');
  });

  it('consultation and review: the authority defaults to required when residual risk stays high', async () => {
    const { data } = await interview('risks: [{id: r, residual: {likelihood: 3, severity: 4}}]\n', ['consultation', 'review'], { 'review.cadence': '6 months' });
    assert.equal(data.consultation.authority.required, true);
    assert.equal(data.review.cadence, 'P6M');
    assert.equal(data.review.next, '2026-09-01');
  });

  it('shows the finding of a rule at the question it concerns, with its hint', async () => {
    const { out } = await interview('{}', ['purposes'], { purposes: [{ name: 'Vague', description: '' }] }, { verbose: true });
    assert.match(out, /purpose\/missing/);
  });

  it('edit asks with the current values as defaults and changes nothing on Enter', async () => {
    const start = readFileSync(join(FIXTURES, 'interview', 'commented.dpia.yaml'), 'utf8');
    const { requests, data } = await interview(start, ['system'], {}, { mode: 'edit' });
    assert.equal(requests.find((r) => r.id === 'system.name')?.default, 'Lead scoring');
    assert.equal(data.system.name, 'Lead scoring');
  });
});

describe('friendly input', () => {
  it('reads durations in English and bokmål', () => {
    const cases: Array<[string, string | undefined]> = [
      ['2 years', 'P2Y'], ['24 måneder', 'P24M'], ['18 months', 'P18M'], ['30 dager', 'P30D'], ['1 år og 6 måneder', 'P1Y6M'],
      ['6 uker', 'P6W'], ['P2Y', 'P2Y'], ['p18m', 'P18M'], ['30d', 'P30D'], ['soon', undefined], ['2', undefined], ['', undefined],
    ];
    for (const [input, expected] of cases) assert.equal(parseDuration(input), expected, input);
  });

  it('reads dates and refuses impossible ones', () => {
    assert.equal(parseDate('2027-06-01'), '2027-06-01');
    assert.equal(parseDate('1.6.2027'), '2027-06-01');
    assert.equal(parseDate('2027-02-30'), undefined);
    assert.equal(parseDate('next week'), undefined);
  });

  it('makes ids from names', () => {
    assert.equal(slugify('Prioritere leads for salg'), 'prioritere-leads-for-salg');
    assert.equal(slugify('Kjøpshistorikk & åpne e-poster'), 'kjopshistorikk-apne-e-poster');
  });
});

describe('screening verdict', () => {
  it('Art. 35(3) alone requires a DPIA', () => assert.equal(screeningVerdict({ art35_3: ['special-categories-large-scale'] }, 'en').conclusion, 'required'));
  it('two WP248 criteria require one', () => assert.equal(screeningVerdict({ criteria: ['large-scale', 'matching-datasets'] }, 'en').conclusion, 'required'));
  it('one criterion recommends one', () => assert.equal(screeningVerdict({ criteria: ['large-scale'] }, 'nb').conclusion, 'recommended'));
  it('none: not required', () => assert.equal(screeningVerdict({ criteria: [], nationalList: [], art35_3: [] }, 'en').conclusion, 'not-required'));
  it('a national list item without "+1" requires one on its own', () => assert.equal(screeningVerdict({ nationalList: ['employee-monitoring'] }, 'en').required, true));
  it('a "+1" item needs another WP248 criterion', () => {
    assert.equal(screeningVerdict({ nationalList: ['location'] }, 'en').conclusion, 'recommended');
    assert.equal(screeningVerdict({ nationalList: ['location'], criteria: ['systematic-monitoring'] }, 'en').required, true);
    assert.equal(screeningVerdict({ nationalList: ['innovative-technology'], criteria: ['innovative-technology'] }, 'en').required, false);
  });
});

describe('catalogues', () => {
  it('every question has en and nb text and help naming a principle and an article', () => {
    for (const { question } of allQuestions()) {
      for (const lang of ['en', 'nb'] as const) {
        assert.ok(question.message[lang].trim(), `${question.id} message ${lang}`);
        assert.ok(question.help[lang].trim(), `${question.id} help ${lang}`);
      }
      assert.match(question.article, /GDPR|AI Act|WP248|Datatilsynet|personopplysningsloven/, question.id);
      assert.ok(question.principle, question.id);
    }
  });

  it('prompt texts are unique per language (a terminal prompt names one question)', () => {
    for (const lang of ['en', 'nb'] as const) {
      const seen = new Map<string, string>();
      for (const { question, list } of allQuestions()) {
        if (question.kind === 'list-of-items' && question.fixed) continue;
        const key = `${list ? 'item:' : ''}${question.message[lang]}`;
        assert.ok(!seen.has(key), `${question.id} and ${seen.get(key)} share "${question.message[lang]}"`);
        seen.set(key, question.id);
      }
    }
  });

  it('the complete answers fixture uses only known ids', () => {
    assert.ok(Object.keys(complete).length > 50);
    for (const lang of ['en', 'nb']) checkIds(flattenAnswers(parse(readFileSync(join(FIXTURES, 'interview', `answers.${lang}.yaml`), 'utf8'))), lang);
    assert.throws(() => checkIds({ 'system.nmae': 'x' }, 'a.yaml'), /unknown question id/);
  });

  it('the README question table is current', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const start = readme.indexOf(TABLE_START);
    const end = readme.indexOf(TABLE_END);
    assert.ok(start !== -1 && end !== -1, 'README.md has the question table markers');
    assert.equal(readme.slice(start, end + TABLE_END.length), questionTable(), 'run: node --import tsx scripts/question-table.ts');
  });
});
