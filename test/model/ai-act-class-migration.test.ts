// The migration step of the AI Act classes: limited and minimal become not-high, in place,
// with the comment beside the value kept; a second run changes nothing.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { parseDocument } from 'yaml';
import { step } from '../../src/model/migrations/ai-act-class.ts';

describe('migration ai-act-class', () => {
  it('rewrites minimal to not-high, keeps the comment and is idempotent', () => {
    const doc = parseDocument('schemaVersion: 1\nsystem:\n  ai:\n    used: true\n    aiActRisk: minimal # checked with legal\n    aiActRationale: x\n');
    assert.deepEqual(step.apply(doc), [{ key: 'migrate.ai-act-class.renamed', args: { from: 'minimal' } }]);
    assert.equal(doc.toString(), 'schemaVersion: 1\nsystem:\n  ai:\n    used: true\n    aiActRisk: not-high # checked with legal\n    aiActRationale: x\n');
    assert.deepEqual(step.apply(doc), []);
  });
  it('rewrites limited, and leaves the Act\'s own classes and files without a class alone', () => {
    const limited = parseDocument('system:\n  ai: {used: true, aiActRisk: limited, interactsWithPeople: true}\n');
    assert.deepEqual(step.apply(limited), [{ key: 'migrate.ai-act-class.renamed', args: { from: 'limited' } }]);
    assert.equal(limited.getIn(['system', 'ai', 'aiActRisk']), 'not-high');
    assert.equal(limited.getIn(['system', 'ai', 'interactsWithPeople']), true);
    for (const text of ['system:\n  ai: {aiActRisk: high}\n', 'system:\n  ai: {used: false}\n', 'title: x\n', 'system: plain\n']) {
      const doc = parseDocument(text);
      assert.deepEqual(step.apply(doc), []);
      assert.equal(doc.toString(), parseDocument(text).toString());
    }
  });
});
