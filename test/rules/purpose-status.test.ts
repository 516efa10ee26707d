// Purposes by status (issue 12 point 4): a possible purpose is not counted as decided, and a
// purpose without a status is read as decided, the reading that carries every duty.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { ruleHits } from '../helpers/rules.ts';

const file = (purpose: string, rest = '') => `schemaVersion: 1\nid: t\npurposes:\n  - id: p\n${purpose}${rest}`;

describe('purpose status in the rules', () => {
  it('legal-basis/missing and purpose/compatibility wait for a possible purpose to be decided', () => {
    const possible = file('    status: possible\n    kinds: [model-training]\n');
    assert.deepEqual(ruleHits(possible, 'legal-basis/missing'), []);
    assert.deepEqual(ruleHits(possible, 'purpose/compatibility'), []);
    for (const status of ['decided', 'planned']) {
      assert.deepEqual(ruleHits(file(`    status: ${status}\n`), 'legal-basis/missing'), ['purposes.0.legalBasis'], status);
    }
  });

  it('a purpose without a status is read as decided: collecting for it needs a basis and a notice', () => {
    const yaml = file('    kinds: [analytics]\n', 'phases:\n  - id: c\n    steps: [collection]\n    purposes: [p]\n');
    assert.deepEqual(ruleHits(yaml, 'purpose/collection-before-basis'), ['phases.0.purposes.0', 'phases.0.purposes.0']);
  });

  it('a possible profiling purpose implies no screening criterion; a decided one does', () => {
    const screening = 'screening:\n  criteria: []\n  required: false\n  rationale: Not needed\n';
    assert.deepEqual(ruleHits(file('    status: possible\n    kinds: [profiling]\n', screening), 'accountability/screening-facts'), []);
    assert.ok(ruleHits(file('    kinds: [profiling]\n', screening), 'accountability/screening-facts').length > 0);
  });

  it('a possible purpose is no training for ai/lifecycle-phases; a decided one is', () => {
    assert.deepEqual(ruleHits(file('    status: possible\n    kinds: [model-training]\n'), 'ai/lifecycle-phases'), []);
    assert.deepEqual(ruleHits(file('    kinds: [model-training]\n'), 'ai/lifecycle-phases'), ['purposes.0.kinds']);
    assert.deepEqual(ruleHits(file('    kinds: [model-training]\n', 'phases: []\n'), 'ai/lifecycle-phases'), ['phases']);
  });

  it('ref/unknown checks the ids a phase names', () => {
    const yaml = file('', 'dataCategories:\n  - id: c\nphases:\n  - id: x\n    purposes: [q]\n    dataCategories: [c, d]\n');
    assert.deepEqual(ruleHits(yaml, 'ref/unknown'), ['phases.0.dataCategories.1', 'phases.0.purposes.0']);
  });

  it('ref/duplicate-id covers phases', () => {
    assert.deepEqual(ruleHits('schemaVersion: 1\nid: t\nphases:\n  - id: a\n  - id: a\n', 'ref/duplicate-id'), ['phases.1.id']);
  });
});
