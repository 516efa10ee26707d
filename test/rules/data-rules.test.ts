// Cases of the data/* rules that one fail fixture per rule cannot hold.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { ruleHits } from '../helpers/rules.ts';

describe('data rules', () => {
  it('data/minimisation fires once at dataCategories when no data is listed', () => {
    assert.deepEqual(ruleHits('schemaVersion: 1\nid: x\n', 'data/minimisation'), ['dataCategories']);
    assert.deepEqual(ruleHits('schemaVersion: 1\nid: x\ndataCategories: []\n', 'data/minimisation'), ['dataCategories']);
  });

  it('data/retention leaves a malformed period to schema/invalid', () => {
    const yaml = 'schemaVersion: 1\nid: x\ndataCategories:\n  - id: contact\n    retention: 2 years\n';
    assert.deepEqual(ruleHits(yaml, 'data/retention'), []);
    assert.deepEqual(ruleHits(yaml, 'schema/invalid'), ['dataCategories.0.retention']);
  });
});
