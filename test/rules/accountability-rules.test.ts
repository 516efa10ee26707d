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
    const combined = screening('  nationalList: [innovative-technology]\n  criteria: [innovative-technology, evaluation-scoring]\n  required: false\n  dpoView: Agrees\n');
    assert.deepEqual(ruleHits(combined, 'accountability/screening'), ['screening.required']);
  });

  it('accountability/dpo fires once at consultation.dpo when no advice is recorded', () => {
    assert.deepEqual(ruleHits('schemaVersion: 1\nid: x\n', 'accountability/dpo'), ['consultation.dpo']);
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

  it('accountability/review-overdue fires at review.next when no review is planned', () => {
    assert.deepEqual(ruleHits('schemaVersion: 1\nid: x\n', 'accountability/review-overdue'), ['review.next']);
    assert.deepEqual(ruleHits('schemaVersion: 1\nid: x\nreview: {cadence: P1Y}\n', 'accountability/review-overdue'), ['review.next']);
  });
});
