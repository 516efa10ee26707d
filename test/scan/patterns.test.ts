// Field patterns as an assessment declares them: dotted parts matched at the end of a
// field's qualified name, without regard to case, `*` within a part, `**` for any parts,
// a file before a colon.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import type { Field } from '../../src/scan/field.ts';
import { matchesField, parsePattern } from '../../src/scan/patterns.ts';

function field(container: string[], name: string, file = 'db/migrations/001_init.sql'): Field {
  return { file, line: 1, column: 1, format: 'sql', container, name };
}

const matches = (pattern: string, f: Field, fromRoot = f.file) => matchesField(parsePattern(pattern), f, fromRoot);

describe('field patterns', () => {
  const email = field(['crm', 'customers'], 'email');
  it('match the whole name or its end, so a table in the default schema needs no schema', () => {
    assert.equal(matches('crm.customers.email', email), true);
    assert.equal(matches('customers.email', email), true);
    assert.equal(matches('email', email), true);
    assert.equal(matches('leads.email', email), false);
    assert.equal(matches('other.customers.email', email), false);
    assert.equal(matches('crm.customers', email), false, 'a table is not its fields');
  });
  it('ignore case, as SQL folds unquoted names and Salesforce API names do', () => {
    assert.equal(matches('CRM.Customers.EMAIL', email), true);
    assert.equal(matches('lead.email', field(['Lead'], 'Email')), true);
    assert.equal(matches('kunder.fødselsnummer', field(['KUNDER'], 'FØDSELSNUMMER')), true);
  });
  it('take * for any characters of a part and ** for any parts', () => {
    assert.equal(matches('customers.*', email), true);
    assert.equal(matches('*.e*l', email), true);
    assert.equal(matches('crm.**.email', email), true);
    assert.equal(matches('crm.**', email), true);
    assert.equal(matches('**.email', email), true);
    assert.equal(matches('customers.*_id', email), false);
    const nested = field(['Customer', 'address', 'postal'], 'code');
    assert.equal(matches('Customer.**.code', nested), true);
    assert.equal(matches('Customer.*.code', nested), false, '* is one part');
  });
  it('read quoted parts whole, dots and all', () => {
    assert.equal(matches('"first.name"', field(['people'], 'first.name')), true);
    assert.equal(matches('people."first.name"', field(['people'], 'first.name')), true);
    assert.equal(matches('[dbo].[Customers].[Email]', field(['dbo', 'Customers'], 'Email')), true);
  });
  it('hold a file before the colon: its name, or a path from the repository top with a slash', () => {
    const prisma = field(['Customer'], 'email', 'prisma/schema.prisma');
    assert.equal(matches('schema.prisma:Customer.*', prisma), true);
    assert.equal(matches('other.prisma:Customer.*', prisma), false);
    assert.equal(matches('prisma/*.prisma:Customer.email', prisma), true);
    assert.equal(matches('**/schema.prisma:Customer.email', prisma), true);
    assert.equal(matches('db/*.prisma:Customer.email', prisma), false);
    assert.equal(matches('**/schema.prisma:Customer.email', field(['Customer'], 'email', 'schema.prisma')), true);
    assert.equal(matches('**/schema.prisma:Customer.email', field(['Customer'], 'email', 'myschema.prisma')), false);
  });
});
