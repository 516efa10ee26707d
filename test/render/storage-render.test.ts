// Where the data lives, device access, the national identity number and electronic
// marketing in the documents: the report shows what is recorded ("not stated" for a
// missing answer inside a table it shows), the notice says "kept only on your device"
// only from the customer-facing field or the explicit facts (device true, controller
// false, an explicit empty list of processors).
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { catalogue, message } from '../../src/i18n/catalogue.ts';
import { runMain, tempDir } from '../helpers/cli.ts';

const { dir, cleanup } = tempDir();
after(cleanup);

const BASE = `schemaVersion: 1
id: app-suggestions
title: Suggestions in the app
recipients:
  - id: cloud
    name: Cloud Host AB
    role: processor
    country: SE
purposes:
  - id: suggest
    name: Suggestions
    legalBasis: consent
  - id: offers
    name: Offers by e-mail
    legalBasis: consent
    kinds: [direct-marketing]
    marketing:
      channels: [e-mail, sms]
      toNaturalPersons: true
      basis: existing-customer
      existingCustomer:
        relationship: Customers with an active subscription
        addressFromSale: true
        ownSimilarProducts: true
        optOutAtCollection: true
        optOutEachMessage: true
dataCategories:
  - id: listening
    name: Listening history
    purposes: [suggest]
    storage:
      device: true
      controller: false
      processors: []
      details: The app's local database
    deviceAccess:
      stores: true
      reads: true
      technologies: [sdk, local-storage]
      strictlyNecessary: false
  - id: account
    name: Account details
    types: [national-id]
    storage:
      controller: true
      processors: [cloud]
      notice: We keep your account details in our customer system, hosted in Sweden.
    nationalIdNeed:
      identification: Invoices on credit need the right person
      necessity: Name and address do not single out one person
  # Device and controller answered, processors not: never "only on your device".
  - id: drafts
    name: Drafts
    storage:
      device: true
      controller: false
`;

async function render(yaml: string, doc: 'report' | 'notice', lang: 'en' | 'nb'): Promise<string> {
  const file = join(dir, `${doc}-${lang}-${Math.random().toString(36).slice(2)}.dpia.yaml`);
  writeFileSync(file, yaml);
  const result = await runMain(['render', file, '--doc', doc, '--lang', lang, '--draft', '--today', '2026-11-30']);
  assert.equal(result.code, 0, result.stderr);
  return result.stdout;
}
/** The words of a catalogue entry before its first argument. */
const word = (lang: string, key: string) => catalogue(lang, 'documents')[key].replace(/\s*\{.*$/, '');

describe('storage in the report', () => {
  for (const lang of ['en', 'nb'] as const) {
    it(`shows storage, device access, the national-id need and marketing (${lang})`, async () => {
      const out = await render(BASE, 'report', lang);
      for (const key of ['storage.where-kept', 'storage.device-access', 'storage.national-id', 'marketing.electronic-marketing']) {
        assert.ok(out.includes(word(lang, key)), `${key} missing`);
      }
      assert.match(out, /Cloud Host AB \((Sweden|Sverige)\)/);
      assert.ok(out.includes("The app's local database"));
      assert.ok(out.includes('Name and address do not single out one person'));
      assert.ok(out.includes('Customers with an active subscription'));
      // Device-only storage is a minimisation measure in the by-design part, for the category that says so in full.
      const measure = out.split('\n').find((line) => line.includes(word(lang, 'storage.by-design-device-only').replace(/\*\*/g, '').trim().slice(0, 20)));
      assert.ok(measure, 'no device-only line');
      assert.ok(measure.includes('Listening history') && !measure.includes('Drafts'), measure);
      // The drafts' processors are not stated: said so, not "none".
      const storageTable = out.slice(out.indexOf(word(lang, 'storage.where-kept')));
      const drafts = storageTable.split('\n').find((line) => line.startsWith('| Drafts |'))!;
      assert.ok(drafts.includes(message(lang, 'documents', 'storage.not-stated')), drafts);
    });
  }

  it('shows no storage section when the file records nothing of it', async () => {
    const out = await render('schemaVersion: 1\nid: x\ntitle: X\ndataCategories:\n  - id: c\n    name: Contact\n', 'report', 'en');
    assert.ok(!out.includes(word('en', 'storage.where-kept')));
    assert.ok(!out.includes(word('en', 'storage.device-access')));
  });
});

describe('storage in the notice', () => {
  for (const lang of ['en', 'nb'] as const) {
    it(`says "kept only on your device" only where the file says so in full (${lang})`, async () => {
      const out = await render(BASE, 'notice', lang);
      const deviceOnly = message(lang, 'documents', 'notice-storage.device-only', { categories: 'Listening history' });
      assert.ok(out.includes(deviceOnly), `missing: ${deviceOnly}`);
      assert.ok(!out.includes(message(lang, 'documents', 'notice-storage.device-only', { categories: 'Drafts' })));
      assert.ok(out.includes('We keep your account details in our customer system, hosted in Sweden.'));
      // The internal facts stay internal.
      assert.ok(!out.includes("The app's local database"));
      assert.ok(!out.includes('Name and address do not single out one person'));
    });
  }

  it('says nothing of storage when the file records none', async () => {
    const out = await render('schemaVersion: 1\nid: x\ntitle: X\ndataCategories:\n  - id: c\n    name: Contact\n    storage:\n      device: true\n', 'notice', 'en');
    assert.ok(!out.includes(word('en', 'notice-storage.where-kept')));
    assert.ok(!out.includes('only on your device'));
  });
});
