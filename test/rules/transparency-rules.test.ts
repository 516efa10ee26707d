// Cases of the transparency/* rules that one fail fixture per rule cannot hold.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { ruleHits } from '../helpers/rules.ts';

describe('transparency rules', () => {
  it('transparency/rights: one month is the limit, whatever unit it is written in', () => {
    const rights = (time: string) => `schemaVersion: 1\nid: x\ntransparency:\n  rights:\n    contact: a@b.no\n    process: Privacy team\n    responseTime: ${time}\n`;
    for (const ok of ['P1M', 'P30D', 'P31D', 'P4W', 'P2W3D', 'PT72H']) assert.deepEqual(ruleHits(rights(ok), 'transparency/rights'), [], ok);
    for (const late of ['P2M', 'P1M1D', 'P32D', 'P5W', 'P1Y', 'P1MT1H']) {
      assert.deepEqual(ruleHits(rights(late), 'transparency/rights'), ['transparency.rights.responseTime'], late);
    }
  });

  it('transparency/rights fires once at transparency.rights when neither contact nor process is given', () => {
    assert.deepEqual(ruleHits('schemaVersion: 1\nid: x\n', 'transparency/rights'), ['transparency.rights']);
  });

  it('transparency/transfer: EEA countries need no mechanism; only processors must name a country', () => {
    const recipient = (role: string, country?: string) =>
      `schemaVersion: 1\nid: x\nrecipients:\n  - id: r\n    role: ${role}\n${country ? `    country: ${country}\n` : ''}`;
    for (const country of ['NO', 'SE', 'IS', 'LI', 'DE']) assert.deepEqual(ruleHits(recipient('processor', country), 'transparency/transfer'), [], country);
    for (const country of ['US', 'GB', 'CH', 'IN']) {
      assert.deepEqual(ruleHits(recipient('controller', country), 'transparency/transfer'), ['recipients.0.transfer.mechanism'], country);
    }
    assert.deepEqual(ruleHits(recipient('processor'), 'transparency/transfer'), ['recipients.0.country']);
    assert.deepEqual(ruleHits(recipient('authority'), 'transparency/transfer'), []);
  });

  it('transparency/logic and ai-disclosure stay silent without AI or without a significant automated decision', () => {
    const profiling = 'schemaVersion: 1\nid: x\nsystem:\n  ai:\n    used: false\n    automatedDecision: {exists: true, significantEffect: false}\n';
    assert.deepEqual(ruleHits(profiling, 'transparency/logic'), []);
    assert.deepEqual(ruleHits(profiling, 'transparency/ai-disclosure'), []);
  });

  it('transparency/notice asks for Art. 14 timing only where data comes from elsewhere', () => {
    const notice = (origin: string) =>
      `schemaVersion: 1\nid: x\ndataCategories:\n  - id: c\n    origin: ${origin}\ntransparency:\n  notice: {url: https://example.com/privacy}\n`;
    assert.deepEqual(ruleHits(notice('data-subject'), 'transparency/notice'), []);
    assert.deepEqual(ruleHits(notice('observed'), 'transparency/notice'), []);
    assert.deepEqual(ruleHits(notice('public'), 'transparency/notice'), ['transparency.notice.timing']);
  });
});
