// Cases of the transparency/* rules that one fail fixture per rule cannot hold.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { findingsOf, ruleHits } from '../helpers/rules.ts';

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

  it('transparency/transfer and the transfer/* rules never report the same recipient twice', () => {
    const rules = ['transparency/transfer', 'transfer/adequacy', 'transfer/derogation', 'transfer/impact-assessment', 'transfer/inside-eea'];
    const roles = ['processor', 'controller'];
    const countries = [undefined, 'NO', 'EU', 'US', 'GB', 'IN'];
    const transfers = [undefined, '{details: see DPA}', ...['adequacy', 'scc', 'bcr', 'derogation'].map((m) => `{mechanism: ${m}}`), '{mechanism: adequacy, dpfCertified: false}'];
    for (const role of roles) for (const country of countries) for (const transfer of transfers) {
      const yaml = `schemaVersion: 1\nid: x\nrecipients:\n  - id: r\n    role: ${role}\n${country ? `    country: ${country}\n` : ''}${transfer ? `    transfer: ${transfer}\n` : ''}`;
      const hits = findingsOf(yaml).filter((f) => rules.includes(f.rule));
      assert.ok(hits.length <= 1, `${role} ${country} ${transfer}: ${hits.map((f) => f.rule).join(', ')}`);
    }
  });

  it('transfer/adequacy: a country on the list passes; the US needs DPF certification; others fail', () => {
    const adequacy = (country: string, extra = '') =>
      `schemaVersion: 1\nid: x\nrecipients:\n  - id: r\n    role: processor\n    country: ${country}\n    transfer: {mechanism: adequacy${extra}}\n`;
    for (const country of ['CH', 'GB', 'JP', 'KR', 'CA', 'BR', 'UY']) assert.deepEqual(ruleHits(adequacy(country), 'transfer/adequacy'), [], country);
    for (const country of ['IN', 'CN', 'AU', 'SG']) assert.deepEqual(ruleHits(adequacy(country), 'transfer/adequacy'), ['recipients.0.transfer.mechanism'], country);
    assert.deepEqual(ruleHits(adequacy('US'), 'transfer/adequacy'), ['recipients.0.transfer.dpfCertified']);
    assert.deepEqual(ruleHits(adequacy('US', ', dpfCertified: true'), 'transfer/adequacy'), []);
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
