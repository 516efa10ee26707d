// Cases of the accountability/* rules that one fail fixture per rule cannot hold.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { parseAssessment } from '../../src/model/parse.ts';
import { contentHash } from '../../src/model/hash.ts';
import { findingsOf, ruleHits } from '../helpers/rules.ts';

const screening = (body: string) => `schemaVersion: 1\nid: x\nscreening:\n  rationale: Because\n${body}`;

describe('accountability rules', () => {
  it('accountability/screening fires once at screening when there is none', () => {
    assert.deepEqual(ruleHits('schemaVersion: 1\nid: x\n', 'accountability/screening'), ['screening']);
  });

  it('accountability/screening: one WP248 criterion and required false is a judgement call, two need the DPO', () => {
    assert.deepEqual(ruleHits(screening('  criteria: [large-scale]\n  required: false\n'), 'accountability/screening'), []);
    assert.deepEqual(ruleHits(screening('  criteria: [large-scale, matching-datasets]\n  required: false\n'), 'accountability/screening'), ['screening.dpoView']);
    assert.deepEqual(ruleHits(screening('  criteria: [large-scale, matching-datasets]\n  required: false\n  dpoView: Agrees\n'), 'accountability/screening'), []);
    assert.deepEqual(ruleHits(screening('  criteria: [large-scale, matching-datasets]\n  required: true\n'), 'accountability/screening'), []);
  });

  it('accountability/screening: a national-list item that applies on its own makes required false wrong even with the DPO\'s view', () => {
    const yaml = screening('  nationalList: [employee-monitoring]\n  required: false\n  dpoView: Agrees\n');
    assert.deepEqual(ruleHits(yaml, 'accountability/screening'), ['screening.required']);
  });

  it('accountability/screening: a "+1" list item counts only with another WP248 criterion', () => {
    const alone = screening('  nationalList: [innovative-technology]\n  criteria: [innovative-technology]\n  required: false\n');
    assert.deepEqual(ruleHits(alone, 'accountability/screening'), ['screening.dpoView']);
    // Carrying out the recommended DPIA needs no DPO view on deciding against it.
    const carried = screening('  nationalList: [innovative-technology]\n  criteria: [innovative-technology]\n  required: false\n  carryOut: true\n');
    assert.deepEqual(ruleHits(carried, 'accountability/screening'), []);
    const combined = screening('  nationalList: [innovative-technology]\n  criteria: [innovative-technology, evaluation-scoring]\n  required: false\n  dpoView: Agrees\n');
    assert.deepEqual(ruleHits(combined, 'accountability/screening'), ['screening.required']);
  });

  it('accountability/screening: a "+1" item is not satisfied by the criterion it implies itself', () => {
    // Biometric, genetic and location data are already sensitive data (WP248 criterion 4).
    for (const item of ['biometric', 'genetic', 'location']) {
      const alone = screening(`  nationalList: [${item}]\n  criteria: [sensitive-data]\n  required: false\n`);
      assert.deepEqual(ruleHits(alone, 'accountability/screening'), ['screening.dpoView'], item);
      const combined = screening(`  nationalList: [${item}]\n  criteria: [sensitive-data, large-scale]\n  required: false\n  dpoView: Agrees\n`);
      assert.deepEqual(ruleHits(combined, 'accountability/screening'), ['screening.required'], item);
    }
    // Third-party data is not itself a WP248 criterion: matching datasets is its "+1".
    const thirdParty = screening('  nationalList: [third-party-data]\n  criteria: [matching-datasets]\n  required: false\n  dpoView: Agrees\n');
    assert.deepEqual(ruleHits(thirdParty, 'accountability/screening'), ['screening.required']);
  });

  it('accountability/dpo fires once at consultation.dpo when a DPO is designated and no advice is recorded', () => {
    assert.deepEqual(ruleHits('schemaVersion: 1\nid: x\ncontroller:\n  dpo: {name: Kari}\n', 'accountability/dpo'), ['consultation.dpo']);
    assert.deepEqual(ruleHits('schemaVersion: 1\nid: x\n', 'accountability/dpo'), []);
  });

  it('accountability/signoff does not ask for a DPO sign-off by default where no DPO is designated', () => {
    const yaml = 'schemaVersion: 1\nid: x\nversion: "1.0"\nstatus: approved\ncontroller:\n  noDpoReason: Not a core activity\nsignoffs:\n  - {role: risk-owner, name: Ola, version: "1.0"}\n';
    assert.deepEqual(ruleHits(yaml, 'accountability/signoff'), []);
    assert.deepEqual(ruleHits(yaml.replace('  noDpoReason: Not a core activity\n', '  dpo: {name: Kari}\n'), 'accountability/signoff'), ['status']);
  });

  it('accountability/signoff uses requiredSignoffs from the config and ignores drafts', () => {
    const yaml = 'schemaVersion: 1\nid: x\nversion: "1.0"\nstatus: approved\nsignoffs:\n  - {role: dpo, name: Kari, version: "1.0"}\n';
    assert.deepEqual(ruleHits(yaml, 'accountability/signoff'), ['status']);
    assert.deepEqual(ruleHits(yaml, 'accountability/signoff', { config: { requiredSignoffs: ['dpo'] } }), []);
    const [finding] = findingsOf(yaml, { config: { requiredSignoffs: ['dpo', 'ciso', 'owner'] } }).filter((f) => f.rule === 'accountability/signoff');
    assert.equal(finding.args.roles, 'ciso, owner');
    assert.deepEqual(ruleHits(yaml.replace('approved', 'draft'), 'accountability/signoff'), []);
  });

  it('accountability/signoff-stale passes a fresh sign-off and fires after any content change, but not after a status change', () => {
    const body = 'schemaVersion: 1\nid: x\nversion: "1.0"\nstatus: in-review\ntitle: Scoring\n';
    const hash = contentHash(parseAssessment(body, 'x').data);
    const signed = `${body}signoffs:\n  - {role: dpo, name: Kari, date: 2026-01-01, version: "1.0", contentHash: "${hash}"}\n`;
    assert.deepEqual(ruleHits(signed, 'accountability/signoff-stale'), []);
    assert.deepEqual(ruleHits(signed.replace('in-review', 'approved'), 'accountability/signoff-stale'), []);
    assert.deepEqual(ruleHits(signed.replace('title: Scoring', 'title: Scoring v2'), 'accountability/signoff-stale'), ['signoffs.0']);
    const [finding] = findingsOf(signed.replace('title: Scoring', 'title: Other')).filter((f) => f.rule === 'accountability/signoff-stale');
    assert.deepEqual({ role: finding.args.role, name: finding.args.name, date: finding.args.date }, { role: 'dpo', name: 'Kari', date: '2026-01-01' });
  });

  it('accountability/screening-facts names each implied item once, in its list', () => {
    const yaml = 'schemaVersion: 1\nid: x\nsystem:\n  ai:\n    used: true\n    automatedDecision: {exists: true, significantEffect: true, exception: contract}\n'
      + 'dataSubjects:\n  - {id: pupils, children: true}\n  - {id: staff, vulnerable: true}\ndataCategories:\n  - {id: records, criminal: true}\n'
      + 'screening:\n  criteria: [innovative-technology]\n  required: true\n  rationale: Because\n';
    const findings = findingsOf(yaml).filter((f) => f.rule === 'accountability/screening-facts');
    assert.deepEqual(findings.map((f) => [f.path.join('.'), f.args.item, Object.keys(f.args).find((k) => ['automated', 'criminal', 'children'].includes(k))]), [
      ['screening.criteria', 'automated-decision', 'automated'],
      ['screening.criteria', 'sensitive-data', 'criminal'],
      ['screening.criteria', 'vulnerable-subjects', 'children'],
      ['screening.art35_3', 'automated-decision-significant', 'automated'],
    ]);
  });

  it('accountability/screening-facts: decision support with significant effects based on an evaluation is Art. 35(3)(a)', () => {
    const file = (criteria: string) => 'schemaVersion: 1\nid: x\nsystem:\n  ai:\n    used: true\n    automatedDecision: {exists: false}\n'
      + `    decisionSupport: {exists: true, significantEffect: true}\nscreening:\n  criteria: [${criteria}]\n  required: true\n  rationale: Because\n`;
    assert.deepEqual(ruleHits(file('innovative-technology, evaluation-scoring'), 'accountability/screening-facts'), ['screening.art35_3']);
    assert.deepEqual(ruleHits(file('innovative-technology, evaluation-scoring') + '  art35_3: [automated-decision-significant]\n', 'accountability/screening-facts'), []);
    // Without an evaluation of people the decision is not one Art. 35(3)(a) describes.
    assert.deepEqual(ruleHits(file('innovative-technology'), 'accountability/screening-facts'), []);
  });

  it('accountability/screening-facts warns about "not required" only where the recorded criteria alone do not', () => {
    const file = (screeningBody: string) => `schemaVersion: 1\nid: x\nsystem:\n  ai: {used: true}\nscreening:\n  rationale: Because\n${screeningBody}`;
    // One recorded criterion plus AI (criterion 8) make two: the DPO's view is needed.
    assert.deepEqual(ruleHits(file('  criteria: [large-scale]\n  required: false\n'), 'accountability/screening-facts'), ['screening.criteria', 'screening.dpoView']);
    assert.deepEqual(ruleHits(file('  criteria: [large-scale]\n  required: false\n  dpoView: Agrees\n'), 'accountability/screening-facts'), ['screening.criteria']);
    // Two recorded criteria: accountability/screening reports it, so this rule does not again.
    const two = file('  criteria: [large-scale, matching-datasets]\n  required: false\n');
    assert.deepEqual(ruleHits(two, 'accountability/screening'), ['screening.dpoView']);
    assert.deepEqual(ruleHits(two, 'accountability/screening-facts'), ['screening.criteria']);
    // No screening at all is accountability/screening's finding alone.
    assert.deepEqual(ruleHits('schemaVersion: 1\nid: x\nsystem:\n  ai: {used: true}\n', 'accountability/screening-facts'), []);
  });

  it('accountability/screening-facts stays quiet for a file without the facts', () => {
    assert.deepEqual(ruleHits(screening('  criteria: []\n  required: false\n'), 'accountability/screening-facts'), []);
  });

  it('accountability/review-overdue fires at review.next when no review is planned', () => {
    assert.deepEqual(ruleHits('schemaVersion: 1\nid: x\n', 'accountability/review-overdue'), ['review.next']);
    assert.deepEqual(ruleHits('schemaVersion: 1\nid: x\nreview: {cadence: P1Y}\n', 'accountability/review-overdue'), ['review.next']);
  });

  it('accountability/go-live: from the planned start on, the file must record an approved assessment and the answer to a required prior consultation', () => {
    const body = 'schemaVersion: 1\nid: x\nversion: "1.0"\nstatus: approved\ncontroller:\n  noDpoReason: Not a core activity\nsystem:\n  goLive: 2026-09-01\n';
    const hash = contentHash(parseAssessment(body, 'x').data);
    const signed = `${body}signoffs:\n  - {role: risk-owner, name: Ola, date: 2026-08-20, version: "1.0", contentHash: "${hash}"}\n`;
    const rule = 'accountability/go-live';
    assert.deepEqual(ruleHits(signed, rule, { today: '2026-09-01' }), [], 'approved and signed on the current content');
    assert.deepEqual(ruleHits(body, rule, { today: '2026-08-31' }), [], 'before the planned start');
    assert.deepEqual(ruleHits(body, rule, { today: '2026-09-01' }), ['system.goLive'], 'marked approved, but nobody signed');
    const stale = signed.replace('goLive: 2026-09-01', 'goLive: 2026-09-02');
    const [finding] = findingsOf(stale, { today: '2026-09-15' }).filter((f) => f.rule === rule);
    assert.deepEqual(finding.args, { goLive: '2026-09-02', unsigned: 'risk-owner' }, 'a stale sign-off does not count');
    assert.deepEqual(ruleHits(signed.replace('status: approved', 'status: in-review'), rule, { today: '2026-09-15' }), ['system.goLive']);
    const consulted = signed.replace('system:', 'consultation:\n  authority: {required: true, date: 2026-06-01}\nsystem:');
    assert.deepEqual(ruleHits(consulted, rule, { today: '2026-09-15' }), ['system.goLive', 'system.goLive'], 'the answer is not recorded, and the content changed after the sign-off');
    assert.equal(findingsOf(consulted, { today: '2026-09-15' }).filter((f) => f.rule === rule && f.args.consultation === 'outcome, adviceDate').length, 1);
    assert.deepEqual(ruleHits(signed.replace('goLive: 2026-09-01\n', ''), rule, { today: '2030-01-01' }), [], 'no planned start, nothing to judge');
  });
});
