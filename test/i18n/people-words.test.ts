// The words of dpia speak of "the people concerned" / "de registrerte", or of the groups the
// file names, not of customers (issue 12, point 5). A catalogue value says "customer" or
// "kunde" only where the law or the file does: listed here with the reason.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { catalogue } from '../../src/i18n/catalogue.ts';
import { AssessmentSchema } from '../../src/model/schema.ts';

// "kundeemne" is bokmål for a lead: a group, not the customers; "sekund" is a second.
const CUSTOMER = /customer|(?<!se)kunde(?!emne)/i;

/** Keys whose words may name customers, and why. */
const ALLOWED: Record<string, string> = {
  // Quotes the vague phrase the rule flags ("improve customer experience").
  'rules:purpose/vague.why': 'quotes a flagged phrase',
  // The word for the purpose kind `customer-service`, a value the file chooses.
  'labels:purposeKind.customer-service': 'an enumeration value of the file',
  // markedsføringsloven § 15 third paragraph: its exception is for existing customers.
  'documents:marketing.relationship': 'the law\'s own word',
  'labels:marketingBasis.existing-customer': 'the law\'s own word',
  // Field patterns as a CRM's schema names its tables (`customers.email`, `schema.prisma:Customer.email`).
  'rules:data/undeclared-field.hint': 'a table name in an example pattern',
  'rules:data/category-without-fields.hint': 'a table name in an example pattern',
};
/** Key prefixes whose words quote or follow markedsføringsloven § 15, which speaks of customers. */
const ALLOWED_PREFIXES = ['interview:purposes.marketing.', 'rules:norway/electronic-marketing.'];

describe('catalogue words name the people neutrally', () => {
  for (const area of ['documents', 'interview', 'rules', 'labels', 'cli'] as const) {
    for (const lang of ['en', 'nb']) {
      it(`${lang}/${area}.json says "customer" only where listed`, () => {
        const found = Object.entries(catalogue(lang, area))
          .filter(([key, value]) => CUSTOMER.test(value) && !(`${area}:${key}` in ALLOWED) && !ALLOWED_PREFIXES.some((p) => `${area}:${key}`.startsWith(p)) && !key.startsWith('migrate.personal-data-for-training.'))
          .map(([key, value]) => `${key}: ${value}`);
        assert.deepEqual(found, []);
      });
    }
  }

  it('the file format describes the notice fields as shown to the people concerned', () => {
    const text = JSON.stringify(AssessmentSchema);
    assert.doesNotMatch(text, /shown to customers/i);
    assert.match(text, /shown to the people concerned in the privacy notice/);
  });
});
