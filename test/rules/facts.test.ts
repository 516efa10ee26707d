// Unit tests for the shared predicates in src/rules/facts.ts that the rules lean on.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { obtainedElsewhere } from '../../src/rules/facts.ts';

describe('obtainedElsewhere', () => {
  it('is true for data from a third party or public sources (Art. 14)', () => {
    assert.equal(obtainedElsewhere({ origin: 'third-party' }), true);
    assert.equal(obtainedElsewhere({ origin: 'public' }), true);
  });

  it('is false for data given by, observed from or derived about the person (Art. 13)', () => {
    assert.equal(obtainedElsewhere({ origin: 'data-subject' }), false);
    assert.equal(obtainedElsewhere({ origin: 'observed' }), false);
    assert.equal(obtainedElsewhere({ origin: 'derived' }), false);
  });

  it('is undefined when the origin is not given', () => {
    assert.equal(obtainedElsewhere({}), undefined);
    assert.equal(obtainedElsewhere({ source: 'Lead lists bought from Acme AS' }), undefined);
  });
});
