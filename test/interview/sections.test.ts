// Each section with scripted answers through the Prompter interface (no terminal), the
// friendly input parsers, the screening verdict and the generated README table.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parse, parseDocument } from 'yaml';
import { answersPrompter, checkIds, flattenAnswers, type Answers } from '../../src/interview/answers.ts';
import type { Prompter, PromptRequest } from '../../src/interview/ask.ts';
import { allQuestions, SECTION_NAMES, SECTIONS } from '../../src/interview/catalogue.ts';
import { parseDate, parseDuration, slugify } from '../../src/interview/input.ts';
import { noticeFields, reachesNotice, writtenField } from '../../src/interview/notice-fields.ts';
import { questionTable, TABLE_END, TABLE_START } from '../../src/interview/question-table.ts';
import { Interview } from '../../src/interview/runner.ts';
import { screeningVerdict } from '../../src/interview/screening-verdict.ts';
import { questionText } from '../../src/interview/text.ts';
import type { Config } from '../../src/config.ts';
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

async function interview(start: string, names: string[], answers: Answers, options: { mode?: 'new' | 'edit'; lang?: Lang; verbose?: boolean; config?: Config } = {}) {
  const doc = parseDocument(start);
  const prompter = recording(answers);
  let out = '';
  const run = new Interview({ doc, lang: options.lang ?? 'en', today: TODAY, config: options.config ?? { root: '.' }, prompter, mode: options.mode ?? 'new', verbose: options.verbose ?? false, colour: false, out: (t) => { out += t; } });
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
    const { data, requests } = await interview('{}', ['screening'], { 'screening.art35_3': [], 'screening.criteria': ['large-scale'], 'screening.nationalList': [], 'screening.carryOut': false, 'screening.dpoView': 'Not needed: one criterion.' });
    assert.equal(data.screening.required, false);
    assert.equal(data.screening.carryOut, false);
    assert.equal(data.screening.dpoView, 'Not needed: one criterion.');
    const ids = requests.map((r) => r.id);
    assert.ok(ids.indexOf('screening.carryOut') < ids.indexOf('screening.dpoView'));
  });

  it('screening: the DPO view is asked only after deciding against a recommended DPIA', async () => {
    const carry = await interview('{}', ['screening'], { 'screening.art35_3': [], 'screening.criteria': ['large-scale'], 'screening.nationalList': [], 'screening.carryOut': true });
    assert.equal(carry.data.screening.carryOut, true);
    assert.ok(!carry.requests.some((r) => r.id === 'screening.dpoView'));
    const required = await interview('{}', ['screening'], { 'screening.art35_3': [], 'screening.criteria': ['large-scale', 'evaluation-scoring'], 'screening.nationalList': [] });
    assert.deepEqual(required.requests.map((r) => r.id).filter((id) => id === 'screening.carryOut' || id === 'screening.dpoView'), []);
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
    const some = await interview('purposes: [{id: a, legalBasis: consent}]\n', ['consent'], { consents: [{ name: 'Offers', records: 'Consent log', 'withdrawal.asEasyAsGiving': 'ja' }] });
    assert.equal(some.data.consents[0].records, 'Consent log');
    assert.equal(some.data.consents[0].withdrawal.asEasyAsGiving, true);
    assert.deepEqual(some.data.consents[0].purposes, ['a'], 'the purposes on consent are ticked');
    assert.ok(!some.requests.some((r) => r.id === 'consents.explicit'));
  });

  it('consent: one consent per purpose group; a second consent starts with the purposes no consent covers yet', async () => {
    const start = 'purposes: [{id: offers, legalBasis: consent}, {id: training, legalBasis: consent}, {id: billing, legalBasis: contract}]\n';
    const { data, requests } = await interview(start, ['consent'], {
      consents: [
        { name: 'Personal offers', purposes: ['offers'], mechanism: 'A switch in the app', 'withdrawal.how': 'The same switch' },
        { name: 'Model training', mechanism: 'A separate switch', 'withdrawal.how': 'The same switch' },
      ],
    });
    assert.deepEqual(data.consents.map((c: { id: string; purposes: string[] }) => [c.id, c.purposes]), [['personal-offers', ['offers']], ['model-training', ['training']]]);
    const ticks = requests.filter((r) => r.id === 'consents.purposes');
    assert.equal(ticks.length, 2);
    assert.deepEqual(ticks[1].choices?.map((c) => c.value), ['offers', 'training'], 'only purposes on consent are offered');
    assert.deepEqual(ticks[1].choices?.filter((c) => c.checked).map((c) => c.value), ['training'], 'ticked: the purposes no other consent covers');
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

/** The list indexes at which question `id` was asked (undefined for a top-level question). */
const askedAt = (requests: PromptRequest[], id: string) => requests.filter((r) => r.id === id).map((r) => r.list?.index);
const asked = (requests: PromptRequest[], id: string) => requests.some((r) => r.id === id);

describe('the questions behind the legal judgements (issue 8)', () => {
  it('basics: the kind of controller; why there is no DPO only when none is designated', async () => {
    const none = await interview('{}', ['basics'], { title: 'X', 'controller.type': 'public-authority', 'controller.noDpoReason': 'We are not required to.' });
    assert.equal(none.data.controller.type, 'public-authority');
    assert.equal(none.data.controller.noDpoReason, 'We are not required to.');
    const named = await interview('{}', ['basics'], { 'controller.dpo.name': 'Ola Hansen', 'controller.noDpoReason': 'x' });
    assert.equal(named.data.controller.noDpoReason, undefined);
    const configured = await interview('{}', ['basics'], {}, { config: { root: '.', controller: { type: 'private', dpo: { email: 'dpo@example.no' } } } });
    assert.ok(!asked(configured.requests, 'controller.noDpoReason'));
    assert.ok(!asked(configured.requests, 'controller.type'));
  });

  it('system: decision support with AI; the law for 22(2)(b); the categories of a significant decision', async () => {
    const support = await interview('{}', ['system'], {
      'system.ai.used': true, 'system.ai.decisionSupport.exists': true, 'system.ai.decisionSupport.significantEffect': true,
      'system.ai.decisionSupport.decidedBy': 'Caseworker', 'system.ai.decisionSupport.understanding': 'Reason codes', 'system.ai.decisionSupport.departure': 'Often',
    });
    assert.deepEqual(support.data.system.ai.decisionSupport, { exists: true, significantEffect: true, decidedBy: 'Caseworker', understanding: 'Reason codes', departure: 'Often' });
    assert.ok(!asked(support.requests, 'system.ai.automatedDecision.law'));
    const noSupport = await interview('{}', ['system'], { 'system.ai.used': true });
    assert.deepEqual(noSupport.requests.filter((r) => r.id.startsWith('system.ai.decisionSupport.')).map((r) => r.id), ['system.ai.decisionSupport.exists']);

    const start = 'dataCategories: [{id: income, name: Income}, {id: health, special: true}]\n';
    const law = await interview(start, ['system'], {
      'system.ai.used': true, 'system.ai.automatedDecision.exists': true, 'system.ai.automatedDecision.significantEffect': true,
      'system.ai.automatedDecision.exception': 'law', 'system.ai.automatedDecision.law': 'Act X § 5', 'system.ai.automatedDecision.categories': ['income'],
    });
    assert.equal(law.data.system.ai.automatedDecision.law, 'Act X § 5');
    assert.deepEqual(law.data.system.ai.automatedDecision.categories, ['income']);
    assert.deepEqual(law.requests.find((r) => r.id === 'system.ai.automatedDecision.categories')?.choices?.map((c) => c.value), ['income', 'health']);
    const contract = await interview(start, ['system'], { 'system.ai.used': true, 'system.ai.automatedDecision.exists': true, 'system.ai.automatedDecision.significantEffect': true, 'system.ai.automatedDecision.exception': 'contract' });
    assert.ok(!asked(contract.requests, 'system.ai.automatedDecision.law'));
    assert.ok(asked(contract.requests, 'system.ai.automatedDecision.categories'));
    const minor = await interview(start, ['system'], { 'system.ai.used': true, 'system.ai.automatedDecision.exists': true, 'system.ai.automatedDecision.significantEffect': false });
    assert.ok(!asked(minor.requests, 'system.ai.automatedDecision.categories'));
  });

  it('a new interview asks for the categories of a significant decision right after listing them', async () => {
    const answers = {
      'system.ai.used': true, 'system.ai.automatedDecision.exists': true, 'system.ai.automatedDecision.significantEffect': true, 'system.ai.automatedDecision.exception': 'contract',
      dataCategories: [{ name: 'Income' }, { name: 'Payment history' }], 'system.ai.automatedDecision.categories': ['payment-history'],
    };
    const { data, requests } = await interview('{}', ['system', 'data'], answers);
    assert.deepEqual(data.system.ai.automatedDecision.categories, ['payment-history']);
    const ids = requests.map((r) => r.id);
    assert.equal(ids.filter((id) => id === 'system.ai.automatedDecision.categories').length, 1);
    assert.ok(ids.lastIndexOf('dataCategories') < ids.indexOf('system.ai.automatedDecision.categories'));
    // Editing asks it once, in the system section.
    const start = 'system: {ai: {used: true, automatedDecision: {exists: true, significantEffect: true, exception: contract, categories: [income]}}}\ndataCategories: [{id: income}]\n';
    const edited = await interview(start, ['system', 'data'], {}, { mode: 'edit' });
    assert.equal(edited.requests.filter((r) => r.id === 'system.ai.automatedDecision.categories').length, 1);
    assert.deepEqual(edited.data.system.ai.automatedDecision.categories, ['income']);
  });

  it('purposes: the kinds are chosen right after the description, in the catalogue order', async () => {
    const { data, requests } = await interview('{}', ['purposes'], { purposes: [{ name: 'Score leads', description: 'Rank leads.', kinds: ['direct-marketing', 'profiling'] }] });
    assert.deepEqual(data.purposes[0].kinds, ['profiling', 'direct-marketing']);
    const ids = requests.filter((r) => r.list?.index === 0).map((r) => r.id);
    assert.equal(ids[ids.indexOf('purposes.description') + 1], 'purposes.kinds');
  });

  it('legal basis: status, Art. 9 law, the Art. 6(4) test and the Art. 21 objection, each only where it applies', async () => {
    const start = [
      'purposes:',
      '  - {id: score, kinds: [profiling, direct-marketing]}',
      '  - {id: train, kinds: [model-training]}',
      '  - {id: deliver, kinds: [service-delivery]}',
      '  - {id: register, kinds: [legal-compliance]}',
      '  - {id: offers, kinds: [direct-marketing]}',
      '',
    ].join('\n');
    const { data, requests } = await interview(start, ['legal-basis'], {
      purposes: [
        { legalBasis: 'legitimate-interests', legalBasisStatus: 'uncertain', 'objection.how': 'E-mail us', 'objection.effect': 'We stop' },
        { legalBasis: 'legitimate-interests', 'compatibility.link': 'Same sales', 'compatibility.compatible': true },
        { legalBasis: 'contract', furtherProcessing: true },
        { legalBasis: 'public-task', legalBasisDetails: 'Act Y § 1', furtherProcessing: true, specialCategoryCondition: 'substantial-public-interest', specialCategoryLaw: 'Act Y § 2' },
        { legalBasis: 'consent', furtherProcessing: true, specialCategoryCondition: 'explicit-consent' },
      ],
    });
    assert.deepEqual(askedAt(requests, 'purposes.legalBasisStatus'), [0, 1, 2, 3, 4]);
    assert.equal(data.purposes[0].legalBasisStatus, 'uncertain');
    assert.deepEqual(askedAt(requests, 'purposes.specialCategoryLaw'), [3]);
    assert.equal(data.purposes[3].specialCategoryLaw, 'Act Y § 2');
    // Model training defaults to further processing; consent or a named law needs no compatibility test.
    assert.deepEqual(data.purposes.map((p: any) => p.furtherProcessing), [false, true, true, true, true]);
    assert.deepEqual(askedAt(requests, 'purposes.compatibility.link'), [1, 2]);
    assert.deepEqual(askedAt(requests, 'purposes.compatibility.compatible'), [1, 2]);
    assert.deepEqual(data.purposes[1].compatibility, { link: 'Same sales', compatible: true });
    // Objection for (e) and (f), and for direct marketing on any basis, where it is absolute.
    assert.deepEqual(askedAt(requests, 'purposes.objection.how'), [0, 1, 3, 4]);
    assert.deepEqual(askedAt(requests, 'purposes.objection.alwaysStops'), [0, 4]);
    assert.deepEqual(data.purposes[0].objection, { how: 'E-mail us', effect: 'We stop', alwaysStops: true });
    assert.ok(!asked(requests, 'purposes.legitimateInterest.children'));
  });

  it('children among the data subjects bring their questions into a new interview', async () => {
    const answers = {
      purposes: [{ name: 'Offers', description: 'Offers in the app.', kinds: ['direct-marketing'], legalBasis: 'legitimate-interests', 'legitimateInterest.children': 'Weighed' },
        { name: 'Newsletter', description: 'A newsletter.', legalBasis: 'consent' }],
      dataSubjects: [{ name: 'Young customers', children: true }],
      consents: [{ name: 'Newsletter', minimumAge: 13, parentalConsent: 'A parent confirms by BankID.' }], 'transparency.notice.children': 'A cartoon version.',
    };
    const { data, requests } = await interview('{}', SECTION_NAMES as string[], answers);
    assert.ok(SECTION_NAMES.indexOf('data') < SECTION_NAMES.indexOf('legal-basis') && SECTION_NAMES.indexOf('data') < SECTION_NAMES.indexOf('consent'));
    assert.deepEqual(askedAt(requests, 'purposes.legitimateInterest.children'), [0]);
    assert.equal(data.purposes[0].legitimateInterest.children, 'Weighed');
    assert.equal(data.consents[0].minimumAge, 13);
    assert.equal(data.consents[0].parentalConsent, 'A parent confirms by BankID.');
    assert.equal(data.transparency.notice.children, 'A cartoon version.');
    const adults = await interview('{}', SECTION_NAMES as string[], { ...answers, dataSubjects: [{ name: 'Customers', children: false }] });
    for (const id of ['purposes.legitimateInterest.children', 'consents.minimumAge', 'consents.parentalConsent', 'transparency.notice.children']) assert.ok(!asked(adults.requests, id), id);
  });

  it('data: the kinds of data; special categories free text can reveal, only for free text not marked special', async () => {
    const { data, requests } = await interview('{}', ['data'], {
      dataCategories: [
        { name: 'Chat logs', types: ['communications', 'contact'], 'incidentalSpecial.possible': true, 'incidentalSpecial.condition': 'explicit-consent', 'incidentalSpecial.handling': 'Filtered weekly' },
        { name: 'Call notes', types: ['free-text'], 'incidentalSpecial.possible': false },
        { name: 'Health notes', types: ['free-text'], special: true },
        { name: 'Contact details', types: ['contact'] },
        { name: 'Lead score', types: [] },
      ],
    });
    assert.deepEqual(data.dataCategories[0].types, ['contact', 'communications']);
    assert.deepEqual(data.dataCategories[0].incidentalSpecial, { possible: true, condition: 'explicit-consent', handling: 'Filtered weekly' });
    assert.deepEqual(data.dataCategories[4].types, []);
    assert.deepEqual(askedAt(requests, 'dataCategories.incidentalSpecial.possible'), [0, 1]);
    assert.deepEqual(askedAt(requests, 'dataCategories.incidentalSpecial.handling'), [0]);
    assert.equal(data.dataCategories[1].incidentalSpecial.possible, false);
  });

  it('recipients: DPF certification for adequacy in the US, a TIA for Art. 46-47 tools, the essence of a joint arrangement', async () => {
    const { data, requests } = await interview('{}', ['recipients'], {
      recipients: [
        { name: 'US cloud', role: 'processor', country: 'US', 'transfer.mechanism': 'adequacy', 'transfer.dpfCertified': true },
        { name: 'UK host', role: 'processor', country: 'GB', 'transfer.mechanism': 'adequacy' },
        { name: 'US AI', role: 'processor', country: 'US', 'transfer.mechanism': 'scc', 'transfer.tia.date': '2026-01-15', 'transfer.tia.outcome': 'Encryption suffices' },
        { name: 'Group company', role: 'joint-controller', country: 'SE', arrangementEssence: 'Summarised in the notice' },
      ],
    });
    assert.deepEqual(askedAt(requests, 'recipients.transfer.dpfCertified'), [0]);
    assert.equal(data.recipients[0].transfer.dpfCertified, true);
    assert.deepEqual(askedAt(requests, 'recipients.transfer.tia.date'), [2]);
    assert.deepEqual(data.recipients[2].transfer.tia, { date: '2026-01-15', outcome: 'Encryption suffices' });
    assert.deepEqual(askedAt(requests, 'recipients.arrangementEssence'), [3]);
    assert.equal(data.recipients[3].arrangementEssence, 'Summarised in the notice');
  });

  it('security: data protection by design and by default after the measures', async () => {
    const { data, requests } = await interview('{}', ['security'], { 'security.measures.seeds': [], 'byDesign.design': 'Pseudonymised inputs', 'byDesign.defaults': 'Scores seen by sales only' });
    assert.deepEqual(data.byDesign, { design: 'Pseudonymised inputs', defaults: 'Scores seen by sales only' });
    assert.ok(requests.findIndex((r) => r.id === 'security.measures') < requests.findIndex((r) => r.id === 'byDesign.design'));
  });

  it('consultation: the DPO only where designated; whether the decision follows the views sought; the authority\'s written advice', async () => {
    const noDpo = await interview('{}', ['consultation'], {
      'consultation.dataSubjects.consulted': true, 'consultation.dataSubjects.followed': false, 'consultation.dataSubjects.departure': 'Security outweighs it',
      'consultation.authority.required': true, 'consultation.authority.outcome': 'Proceed with logging', 'consultation.authority.adviceDate': '2026-02-20',
    });
    assert.equal(noDpo.requests.filter((r) => r.id.startsWith('consultation.dpo.')).length, 0);
    assert.equal(noDpo.data.consultation.dpo, undefined);
    assert.deepEqual(noDpo.data.consultation.dataSubjects, { consulted: true, followed: false, departure: 'Security outweighs it' });
    assert.equal(noDpo.data.consultation.authority.adviceDate, '2026-02-20');
    assert.equal(noDpo.data.consultation.authority.outcome, 'Proceed with logging');
    const withDpo = await interview('controller: {dpo: {name: Ola Hansen}}\n', ['consultation'], { 'consultation.dataSubjects.consulted': true, 'consultation.authority.required': false });
    assert.equal(withDpo.data.consultation.dpo.name, 'Ola Hansen');
    assert.equal(withDpo.data.consultation.dataSubjects.followed, true);
    for (const id of ['consultation.dataSubjects.departure', 'consultation.authority.adviceDate', 'consultation.authority.outcome']) assert.ok(!asked(withDpo.requests, id), id);
  });

  it('every field added for the legal judgements is written by a question', () => {
    const written = new Set(allQuestions().map(({ question, list }) => (list ? `${list.path}[].${question.path}` : question.path)));
    const fields = [
      'controller.type', 'controller.noDpoReason', 'system.ai.automatedDecision.law', 'system.ai.automatedDecision.categories',
      ...['exists', 'significantEffect', 'decidedBy', 'understanding', 'departure'].map((k) => `system.ai.decisionSupport.${k}`),
      ...['kinds', 'legalBasisStatus', 'specialCategoryLaw', 'furtherProcessing', 'legitimateInterest.children',
        ...['link', 'context', 'nature', 'consequences', 'safeguards', 'compatible'].map((k) => `compatibility.${k}`),
        ...['how', 'effect', 'alwaysStops'].map((k) => `objection.${k}`)].map((k) => `purposes[].${k}`),
      ...['types', 'incidentalSpecial.possible', 'incidentalSpecial.condition', 'incidentalSpecial.handling'].map((k) => `dataCategories[].${k}`),
      'consents[].parentalConsent',
      ...['transfer.dpfCertified', 'transfer.tia.date', 'transfer.tia.outcome', 'arrangementEssence'].map((k) => `recipients[].${k}`),
      'transparency.notice.children', 'consultation.dataSubjects.followed', 'consultation.dataSubjects.departure', 'consultation.authority.adviceDate',
      'byDesign.design', 'byDesign.defaults',
    ];
    assert.deepEqual(fields.filter((f) => !written.has(f)), []);
  });
});

describe('durations and dates in words; answers that reach the privacy notice', () => {
  it('"kvartalsvis" is written P3M; defaults and the answer once given are shown in words, not P1Y or 2027-03-01', async () => {
    const { data, requests, text } = await interview('{}', ['review'], { 'review.cadence': 'kvartalsvis' }, { lang: 'nb' });
    assert.equal(data.review.cadence, 'P3M');
    assert.match(text, /cadence: P3M\b/);
    const cadence = requests.find((r) => r.id === 'review.cadence')!;
    assert.equal(cadence.default, '1 år');
    assert.equal(cadence.shown?.('kvartalsvis'), '3 måneder');
    // The next review is three months on, offered as a date in words, and Enter writes it as a date.
    const next = requests.find((r) => r.id === 'review.next')!;
    assert.equal(next.default, '1. juni 2026');
    assert.equal(data.review.next, '2026-06-01');
    const en = await interview('{}', ['transparency'], {}, { lang: 'en' });
    assert.equal(en.requests.find((r) => r.id === 'transparency.rights.responseTime')?.default, '1 month');
    assert.equal(en.data.transparency.rights.responseTime, 'P1M');
    // Editing a file that holds words: shown in words, Enter writes the ISO form.
    const edit = await interview('review:\n  cadence: 2 years\n', ['review'], {}, { mode: 'edit' });
    assert.equal(edit.requests.find((r) => r.id === 'review.cadence')?.default, '2 years');
    assert.equal(edit.data.review.cadence, 'P2Y');
    for (const r of [...requests, ...en.requests, ...edit.requests]) assert.doesNotMatch(String(r.default ?? ''), /^P\d|^\d{4}-\d\d-\d\d$/, r.id);
  });

  it('questions whose answers go into the notice say so, and their help says how to write to the people', async () => {
    const en = await interview('{}', ['transparency'], {}, { verbose: true });
    const contact = en.requests.find((r) => r.id === 'transparency.rights.contact')!;
    assert.match(contact.message, / \(shown in the privacy notice\)$/);
    assert.doesNotMatch(en.requests.find((r) => r.id === 'transparency.rights.process')!.message, /privacy notice\)/, 'an internal answer is not marked');
    // The guidance comes with the question's help, shown on demand (`?`).
    assert.match(contact.help ?? '', /Shown to the people concerned in the privacy notice: write to them[\s\S]*Art\. 12\(1\)/);
    const nb = await interview('{}', ['transparency'], {}, { lang: 'nb', verbose: true });
    const summary = nb.requests.find((r) => r.id === 'transparency.notice.summary')!;
    assert.match(summary.message, /\(vises i personvernerklæringen\)$/);
    assert.match(summary.help ?? '', /skriv til dem, ikke til kolleger/);
  });

  it('every field the schema says is shown in the notice is asked by a marked question', () => {
    const marked = new Set(allQuestions().filter(({ question, list }) => reachesNotice(question, list)).map(({ question, list }) => writtenField(question, list)));
    for (const field of noticeFields()) assert.ok(marked.has(field), field);
    for (const field of ['purposes[].notice.text', 'dataCategories[].notice.retention', 'consents[].notice.text', 'transparency.notice.summary', 'transparency.logicExplanation', 'dataCategories[].retention']) assert.ok(marked.has(field), field);
    assert.match(questionTable(), /`transparency\.rights\.contact`[^\n]*\(shown in the privacy notice\) \|/);
  });
});

describe('friendly input', () => {
  it('reads durations in English and bokmål', () => {
    const cases: Array<[string, string | undefined]> = [
      ['2 years', 'P2Y'], ['24 måneder', 'P24M'], ['18 months', 'P18M'], ['30 dager', 'P30D'], ['1 år og 6 måneder', 'P1Y6M'],
      ['6 uker', 'P6W'], ['P2Y', 'P2Y'], ['p18m', 'P18M'], ['30d', 'P30D'], ['soon', undefined], ['2', undefined], ['', undefined],
      ['quarterly', 'P3M'], ['kvartalsvis', 'P3M'], ['hvert år', 'P1Y'],
    ];
    for (const [input, expected] of cases) assert.equal(parseDuration(input), expected, input);
  });

  it('reads dates and refuses impossible ones', () => {
    assert.equal(parseDate('2027-06-01'), '2027-06-01');
    assert.equal(parseDate('1.6.2027'), '2027-06-01');
    assert.equal(parseDate('1 June 2027'), '2027-06-01');
    assert.equal(parseDate('1. juni 2027'), '2027-06-01');
    assert.equal(parseDate('31. juni 2027'), undefined);
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
        assert.ok(questionText(lang, question, 'message').trim(), `${question.id} message ${lang}`);
        assert.ok(questionText(lang, question, 'help').trim(), `${question.id} help ${lang}`);
      }
      assert.match(question.article, /GDPR|AI Act|WP248|Datatilsynet|personopplysningsloven|ekomloven|markedsføringsloven/, question.id);
      assert.ok(question.principle, question.id);
    }
  });

  it('prompt texts are unique per language (a terminal prompt names one question)', () => {
    for (const lang of ['en', 'nb'] as const) {
      const seen = new Map<string, string>();
      for (const { question, list } of allQuestions()) {
        if (question.kind === 'list-of-items' && question.fixed) continue;
        const text = questionText(lang, question, 'message');
        const key = `${list ? 'item:' : ''}${text}`;
        assert.ok(!seen.has(key), `${question.id} and ${seen.get(key)} share "${text}"`);
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
