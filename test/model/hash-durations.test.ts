// A sign-off binds what the assessment says, not how a duration is written: "2 years" and
// P2Y hash the same, so `dpia edit` or `dpia migrate` writing the ISO form leaves the
// sign-off valid; a value already in ISO form hashes as written; a real change does not.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { contentHash } from '../../src/model/hash.ts';

const file = (retention: string, cadence = 'P1Y') => parse(`schemaVersion: 2\nid: x\ndataCategories:\n  - id: contact\n    retention: ${retention}\nreview:\n  cadence: ${cadence}\n`) as Record<string, unknown>;

describe('the signed content and durations', () => {
  it('a duration in words hashes as its ISO form, in English and bokmål', () => {
    assert.equal(contentHash(file('2 years')), contentHash(file('P2Y')));
    assert.equal(contentHash(file('2 år')), contentHash(file('P2Y')));
    assert.equal(contentHash(file('P2Y', 'kvartalsvis')), contentHash(file('P2Y', 'P3M')));
  });

  it('an ISO value is hashed as written, and a different period is a change', () => {
    assert.notEqual(contentHash(file('P24M')), contentHash(file('P2Y')), 'existing sign-offs on P24M stay as they are');
    assert.notEqual(contentHash(file('3 years')), contentHash(file('P2Y')));
    assert.notEqual(contentHash(file('a while')), contentHash(file('P2Y')));
  });
});
