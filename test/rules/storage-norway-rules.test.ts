// Where the data lives (dataCategories[].storage) and the Norwegian rules around a CRM
// (norway/*): the chains between rules that the per-rule fixtures do not show.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { FIXTURES } from '../helpers/cli.ts';
import { findingsOf, ruleHits } from '../helpers/rules.ts';

const fixture = (name: string) => readFileSync(join(FIXTURES, 'rules', 'norway', `${name}.fail.dpia.yaml`), 'utf8');
const NORWAY = ['norway/device-access', 'norway/electronic-marketing', 'norway/national-id'];
const norwayHits = (yaml: string, config = {}) => findingsOf(yaml, { config }).filter((f) => NORWAY.includes(f.rule));

describe('storage at a processor', () => {
  it('ref/unknown names a processor id that is no recipient', () => {
    const yaml = 'schemaVersion: 1\nid: x\nrecipients:\n  - id: crm-host\n    role: processor\n    country: NO\ndataCategories:\n  - id: contact\n    storage:\n      processors: [crm-hots]\n';
    assert.deepEqual(ruleHits(yaml, 'ref/unknown'), ['dataCategories.0.storage.processors.0']);
    const finding = findingsOf(yaml).find((f) => f.rule === 'ref/unknown')!;
    assert.equal(finding.args.suggestion, 'crm-host');
    assert.equal(finding.args.list, 'recipients');
  });

  it('a processor keeping data with no country is seen by transparency/transfer', () => {
    const yaml = 'schemaVersion: 1\nid: x\nrecipients:\n  - id: cloud\n    name: Cloud host\n    role: processor\ndataCategories:\n  - id: contact\n    storage:\n      controller: false\n      processors: [cloud]\n';
    assert.deepEqual(ruleHits(yaml, 'transparency/transfer'), ['recipients.0.country']);
    assert.deepEqual(ruleHits(yaml, 'data/storage-processor'), []);
  });

  it('a processor keeping data outside the EEA needs a transfer mechanism', () => {
    const yaml = 'schemaVersion: 1\nid: x\nrecipients:\n  - id: cloud\n    name: Cloud host\n    role: processor\n    country: US\ndataCategories:\n  - id: contact\n    storage:\n      processors: [cloud]\n';
    assert.deepEqual(ruleHits(yaml, 'transparency/transfer'), ['recipients.0.transfer.mechanism']);
  });
});

describe('norway/* and the controller\'s country', () => {
  for (const name of ['device-access', 'electronic-marketing', 'national-id']) {
    it(`norway/${name} speaks when no country is recorded or it is NO, and is silent for another country`, () => {
      const yaml = fixture(name);
      assert.ok(norwayHits(yaml).length > 0);
      assert.ok(norwayHits(`${yaml}controller:\n  country: NO\n`).length > 0);
      assert.deepEqual(norwayHits(`${yaml}controller:\n  country: SE\n`), []);
      // The shared config's controller counts too; the file's own value wins.
      assert.deepEqual(norwayHits(yaml, { controller: { country: 'DK' } }), []);
      assert.ok(norwayHits(`${yaml}controller:\n  country: NO\n`, { controller: { country: 'DK' } }).length > 0);
    });
  }

  it('the config turns the whole group off', () => {
    const hits = findingsOf(fixture('national-id'), { config: { rules: { 'norway/*': 'off' } } }).filter((f) => f.rule.startsWith('norway/'));
    assert.deepEqual(hits, []);
  });
});

describe('norway/device-access', () => {
  it('asks for deviceAccess when the app keeps the data on the device', () => {
    const yaml = 'schemaVersion: 1\nid: x\ndataCategories:\n  - id: history\n    storage:\n      device: true\n';
    assert.deepEqual(ruleHits(yaml, 'norway/device-access'), ['dataCategories.0.deviceAccess']);
  });

  it('says nothing of a purpose whose legal basis is not stated (legal-basis/missing does)', () => {
    const yaml = 'schemaVersion: 1\nid: x\npurposes:\n  - id: p\ndataCategories:\n  - id: c\n    purposes: [p]\n    deviceAccess:\n      stores: true\n';
    assert.deepEqual(ruleHits(yaml, 'norway/device-access'), []);
  });
});

describe('the interview asks what the rules read', () => {
  it('asks device access for data from the device, the reason only when strictly necessary, the national-id need only for the number', async () => {
    const { dataSection } = await import('../../src/interview/sections/data.ts');
    const { purposesSection } = await import('../../src/interview/sections/purposes.ts');
    const items = dataSection.questions.find((q) => q.id === 'dataCategories')!.item!;
    const q = (id: string) => items.find((x) => x.id === `dataCategories.${id}`)!;
    const scope = (item: Record<string, unknown>, data = {}) => ({ data, item, today: '2026-11-30', config: { root: '.' }, lang: 'en' });
    assert.equal(q('deviceAccess.stores').when!(scope({ types: ['contact'] })), false);
    assert.equal(q('deviceAccess.stores').when!(scope({ storage: { device: true } })), true);
    assert.equal(q('deviceAccess.stores').when!(scope({ origin: 'observed' })), true);
    assert.equal(q('deviceAccess.reason').when!(scope({ deviceAccess: { stores: true, strictlyNecessary: false } })), false);
    assert.equal(q('deviceAccess.reason').when!(scope({ deviceAccess: { reads: true, strictlyNecessary: true } })), true);
    assert.equal(q('nationalIdNeed.identification').when!(scope({ types: ['national-id'] })), true);
    assert.equal(q('nationalIdNeed.identification').when!(scope({ types: ['contact'] })), false);
    // Processors to pick from are the recipients with the role processor.
    const data = { recipients: [{ id: 'crm', role: 'processor' }, { id: 'partner', role: 'controller' }] };
    const choices = q('storage.processors').choices as (s: unknown) => { value: string }[];
    assert.deepEqual(choices(scope({}, data)).map((c) => c.value), ['crm']);
    const marketing = purposesSection.questions[0].item!;
    const m = (id: string) => marketing.find((x) => x.id === `purposes.${id}`)!;
    assert.equal(m('marketing.channels').when!(scope({ kinds: ['direct-marketing'] })), true);
    assert.equal(m('marketing.channels').when!(scope({ kinds: ['analytics'] })), false);
    assert.equal(m('marketing.existingCustomer.optOutEachMessage').when!(scope({ marketing: { channels: ['sms'], basis: 'existing-customer' } })), true);
    assert.equal(m('marketing.existingCustomer.optOutEachMessage').when!(scope({ marketing: { channels: ['sms'], basis: 'consent' } })), false);
  });
});
