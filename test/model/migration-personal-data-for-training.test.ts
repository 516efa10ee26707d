// The migration step that renames system.ai.usesCustomerDataForTraining: it moves the
// node (comments and order kept), keeps the new answer where both exist, and is idempotent.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseDocument } from 'yaml';
import { catalogue } from '../../src/i18n/catalogue.ts';
import { step } from '../../src/model/migrations/personal-data-for-training.ts';

const OLD = `schemaVersion: 1
id: scoring
system:
  ai:
    used: true
    # Only the CRM's own history; no data from other sources.
    usesCustomerDataForTraining: true # decided in the steering group
    humanOversight: Sales managers
`;

describe('migration personal-data-for-training', () => {
  it('renames the key in place, keeping its comments and its place', () => {
    const doc = parseDocument(OLD);
    const notes = step.apply(doc);
    assert.deepEqual(notes.map((n) => n.key), ['migrate.personal-data-for-training.renamed']);
    assert.equal(doc.toString(), OLD.replace('usesCustomerDataForTraining', 'usesPersonalDataForTraining'));
    assert.equal(doc.getIn(['system', 'ai', 'usesPersonalDataForTraining']), true);
  });

  it('is idempotent: a second apply changes nothing and says nothing', () => {
    const doc = parseDocument(OLD);
    step.apply(doc);
    const once = doc.toString();
    assert.deepEqual(step.apply(doc), []);
    assert.equal(doc.toString(), once);
  });

  it('keeps the new answer where a file has both, and carries the old comment over', () => {
    const doc = parseDocument('schemaVersion: 1\nsystem:\n  ai:\n    # old\n    usesCustomerDataForTraining: true\n    usesPersonalDataForTraining: false\n');
    const notes = step.apply(doc);
    assert.deepEqual(notes, [{ key: 'migrate.personal-data-for-training.dropped', args: { path: 'system.ai', from: 'usesCustomerDataForTraining', to: 'usesPersonalDataForTraining', dropped: 'true', kept: 'false' } }]);
    assert.equal(doc.toString(), 'schemaVersion: 1\nsystem:\n  ai:\n    # old\n    usesPersonalDataForTraining: false\n');
    assert.deepEqual(step.apply(doc), []);
  });

  it('works on a flow map and leaves files without the key alone', () => {
    const flow = parseDocument('system:\n  ai: {used: true, usesCustomerDataForTraining: false}\n');
    step.apply(flow);
    assert.equal(flow.toString(), 'system:\n  ai: { used: true, usesPersonalDataForTraining: false }\n');
    for (const text of ['id: x\n', 'system: {}\n', 'system:\n  ai: yes\n', 'system:\n  ai:\n    used: false\n']) {
      const doc = parseDocument(text);
      assert.deepEqual(step.apply(doc), []);
      assert.equal(doc.toString(), parseDocument(text).toString());
    }
  });

  it('its notes are catalogue keys in every language, with the arguments they pass', () => {
    for (const lang of ['en', 'nb']) {
      const words = catalogue(lang, 'cli');
      assert.match(words['migrate.personal-data-for-training.renamed'], /\{to\}/, lang);
      assert.match(words['migrate.personal-data-for-training.dropped'], /\{kept\}/, lang);
    }
  });
});
