// The fields of SQL migrations (PostgreSQL, MySQL, SQL Server), Prisma schemas and
// Salesforce metadata, each at the line and column of its name, against hand-written
// expectations: [table, field, line, the text that starts the field on that line].
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { extractFile } from '../../src/scan/extract/index.ts';
import { loadPrismaParser } from '../../src/scan/extract/prisma.ts';
import { extractSql, guessDialect, loadSqlParser } from '../../src/scan/extract/sql.ts';
import type { Extracted } from '../../src/scan/field.ts';
import { FIXTURES } from '../helpers/cli.ts';

const dir = join(FIXTURES, 'scan');
const read = (name: string) => readFileSync(join(dir, name), 'utf8');

const EXPECTED: Record<string, [table: string, field: string, line: number, text: string][]> = {
  'sql/postgres/001_customers.sql': [
    ['crm.customers', 'id', 8, 'id'],
    ['crm.customers', 'Fødselsnummer', 9, '"Fødselsnummer"'],
    ['crm.customers', 'email', 10, 'email'],
    ['crm.customers', 'full_name', 11, 'full_name'],
    ['crm.customers', 'date_of_birth', 12, 'date_of_birth'],
    ['crm.customers', 'phone_number', 13, 'phone_number'],
    ['crm.customers', 'créé_le', 14, 'créé_le'],
    ['crm.customers', 'tags', 15, 'tags'],
    ['crm.customers', 'Adresse', 16, '"Adresse"'],
    ['crm.customers', 'Postnummer', 16, '"Postnummer"'],
    ['crm.customers', 'ip_address', 35, 'ip_address'],
    ['crm.customers', 'marketing_opt_in', 37, 'marketing_opt_in'],
    ['crm.customers', 'gender', 38, 'gender'],
    ['public.orders', 'order_id', 41, 'order_id'],
    ['public.orders', 'customer_id', 42, 'customer_id'],
    ['public.orders', 'total', 43, 'total'],
    ['public.orders', 'shipping_address', 44, 'shipping_address'],
    ['public.orders', 'placed_at', 45, 'placed_at'],
  ],
  'sql/mysql/001_customers.sql': [
    ['crm.customers', 'id', 6, '`id`'],
    ['crm.customers', 'email', 7, '`email`'],
    ['crm.customers', 'fødselsdato', 8, '`fødselsdato`'],
    ['crm.customers', 'full_name', 9, 'full_name'],
    ['crm.customers', 'phone', 10, 'phone'],
    ['crm.customers', 'status', 11, '`status`'],
    ['crm.customers', 'created_at', 12, '`created_at`'],
    ['crm.customers', 'updated_at', 12, '`updated_at`'],
    ['crm.customers', 'national_id', 19, '`national_id`'],
    ['crm.customers', 'ip_address', 20, 'ip_address'],
    ['customers', 'gender', 21, 'gender'],
    ['orders', 'order_id', 28, 'order_id'],
    ['orders', 'customer_id', 29, 'customer_id'],
    ['orders', 'total', 30, 'total'],
    ['orders', 'shipping_address', 31, 'shipping_address'],
  ],
  'sql/mysql/002_delimiter.sql': [
    ['audit_log', 'id', 2, 'id'],
    ['audit_log', 'actor_email', 3, 'actor_email'],
    ['audit_log', 'ip', 14, 'ip'],
  ],
  'sql/tsql/001_customers.sql': [
    ['crm.Customers', 'CustomerId', 9, '[CustomerId]'],
    ['crm.Customers', 'Email', 10, '[Email]'],
    ['crm.Customers', 'Fødselsnummer', 11, '[Fødselsnummer]'],
    ['crm.Customers', 'FullName', 12, 'FullName'],
    ['crm.Customers', 'DateOfBirth', 13, 'DateOfBirth'],
    ['crm.Customers', 'Phone Number', 14, '[Phone Number]'],
    ['crm.Customers', 'CreatedAt', 15, 'CreatedAt'],
    ['crm.Customers', 'IpAddress', 26, '[IpAddress]'],
    ['crm.Customers', 'Gender', 28, 'Gender'],
    ['crm.Customers', 'MarketingOptIn', 28, 'MarketingOptIn'],
    ['dbo.Orders', 'OrderId', 44, 'OrderId'],
    ['dbo.Orders', 'CustomerId', 45, 'CustomerId'],
    ['dbo.Orders', 'Total', 46, 'Total'],
    ['dbo.Orders', 'ShippingAddress', 47, 'ShippingAddress'],
  ],
  'prisma/schema.prisma': [
    ['Customer', 'id', 16, 'id'], ['Customer', 'nationalId', 18, 'nationalId'], ['Customer', 'email', 19, 'email'],
    ['Customer', 'fullName', 20, 'fullName'], ['Customer', 'dateOfBirth', 21, 'dateOfBirth'], ['Customer', 'phone', 22, 'phone'],
    ['Customer', 'tags', 23, 'tags'], ['Customer', 'gender', 24, 'gender'], ['Customer', 'createdAt', 26, 'createdAt'],
    ['Order', 'id', 42, 'id'], ['Order', 'customerId', 44, 'customerId'], ['Order', 'total', 45, 'total'],
    ['Order', 'shippingAddress', 47, 'shippingAddress'], ['Order', 'placedAt', 48, 'placedAt'],
    ['CustomerEmail', 'id', 54, 'id'], ['CustomerEmail', 'email', 55, 'email'],
    ['Address', 'street', 61, 'street'], ['Address', 'zip', 62, 'zip'],
  ],
  'salesforce/force-app/main/default/objects/Customer__c/fields/National_Id__c.field-meta.xml': [['Customer__c', 'National_Id__c', 4, '<fullName>']],
  'salesforce/force-app/main/default/objects/Customer__c/fields/Email__c.field-meta.xml': [['Customer__c', 'Email__c', 3, '<fullName>']],
  'salesforce/force-app/main/default/objects/Customer__c/fields/Birthdate__c.field-meta.xml': [['Customer__c', 'Birthdate__c', 2, '<fullName>']],
  'salesforce/mdapi/objects/Contact.object': [['Contact', 'Fodselsnummer__c', 4, '<fullName>'], ['Contact', 'Health_Notes__c', 11, '<fullName>']],
};

/** `table.field@line:column`, the column where the text starts on its line (1-based, UTF-16 as JavaScript counts). */
function expected(file: string): string[] {
  const lines = read(file).split('\n');
  return EXPECTED[file]!.map(([table, field, line, text]) => {
    const column = lines[line - 1]!.indexOf(text);
    assert.ok(column >= 0, `${text} is not on line ${line} of ${file}`);
    return `${table}.${field}@${line}:${column + 1}`;
  }).sort();
}
const found = (extracted: Extracted | undefined) => {
  assert.ok(extracted, 'not read as a data definition');
  assert.deepEqual(extracted.errors, []);
  return extracted.fields.map((f) => `${f.container.join('.')}.${f.name}@${f.line}:${f.column}`).sort();
};

before(async () => {
  await loadSqlParser();
  await loadPrismaParser();
});

describe('SQL migrations', () => {
  for (const file of Object.keys(EXPECTED).filter((name) => name.startsWith('sql/') && !name.startsWith('sql/tsql/'))) {
    it(`${file}: every column at its name`, () => {
      assert.deepEqual(found(extractFile(read(file), file)), expected(file));
    });
  }
  // sqlparser-rs reads SQL Server batch by batch; `ALTER TABLE … ADD a …, b …` gets an ADD
  // before each column (positions counted back); a procedure with bare parameters (SSMS's
  // way) it does not read: that batch is an error with its place, every other batch's
  // columns are there.
  it('sql/tsql/001_customers.sql: every column at its name; the procedure batch it cannot read is an error', () => {
    const file = 'sql/tsql/001_customers.sql';
    const result = extractFile(read(file), file)!;
    assert.deepEqual(result.fields.map((f) => `${f.container.join('.')}.${f.name}@${f.line}:${f.column}`).sort(), expected(file));
    assert.deepEqual(result.errors.map((e) => `${e.line}:${e.column}`), ['35:38']);
    assert.match(result.errors[0]!.message, /SQL dialect mssql/);
  });
  it('SQL Server: several columns after one ADD keep their places and their comments', () => {
    const sql = 'ALTER TABLE dbo.Kunder ADD Epost NVARCHAR(200) NULL, Fodselsnummer CHAR(11) NULL, Notat NVARCHAR(MAX) NULL -- fritekst\nGO\n';
    const fields = extractSql(sql, 'm.sql', 'mssql').fields.map((f) => `${f.name}@${f.line}:${f.column}${f.comment ? ` ${f.comment}` : ''}`);
    assert.deepEqual(fields, ['Epost@1:28', 'Fodselsnummer@1:54', 'Notat@1:83 fritekst']);
  });
  it('tells the dialect from what only one writes', () => {
    assert.equal(guessDialect(read('sql/postgres/001_customers.sql')), 'postgresql');
    assert.equal(guessDialect(read('sql/mysql/001_customers.sql')), 'mysql');
    assert.equal(guessDialect(read('sql/tsql/001_customers.sql')), 'mssql');
  });
  it("keeps each column's comment: --, /* */, COMMENT '…', COMMENT ON COLUMN, MS_Description", () => {
    const comments = (file: string) => Object.fromEntries((extractFile(read(file), file)!.fields).map((f) => [f.name, f.comment ?? '']));
    const pg = comments('sql/postgres/001_customers.sql');
    assert.match(pg['Fødselsnummer']!, /fødselsnummer|national/i);
    assert.notEqual(pg.email, '');
    const my = comments('sql/mysql/001_customers.sql');
    assert.ok(Object.values(my).some((c) => c.includes("It's")), 'MySQL COMMENT with an escaped quote');
    const ts = comments('sql/tsql/001_customers.sql');
    assert.ok(Object.values(ts).some((c) => c !== ''), 'a T-SQL column with its description');
  });
  it('ignores what a function body holds: the ALTER TABLE in $$ … $$ is not a column', () => {
    const names = extractFile(read('sql/postgres/001_customers.sql'), 'x.sql')!.fields.map((f) => f.name);
    assert.equal(new Set(names).size, names.length);
  });
  it('a file that does not parse is one error at its place, in the dialect named', () => {
    for (const [file, line, column] of [['sql/postgres/002_syntax_error.sql', 4, 39], ['sql/mysql/003_syntax_error.sql', 4, 37]] as const) {
      const result = extractFile(read(file), file)!;
      assert.deepEqual(result.fields, []);
      assert.deepEqual([result.errors[0]!.line, result.errors[0]!.column], [line, column], file);
    }
  });
  it('returns the drops and renames a migration makes, in order', () => {
    const result = extractSql('ALTER TABLE crm.customers DROP COLUMN fax;\nALTER TABLE crm.customers RENAME COLUMN tlf TO phone;\nDROP TABLE old_leads;\nALTER TABLE leads RENAME TO prospects;\n', 'm.sql', 'postgresql');
    assert.deepEqual(result.changes.map((c) => c.change), [
      { kind: 'drop-column', table: ['crm', 'customers'], column: 'fax' },
      { kind: 'rename-column', table: ['crm', 'customers'], column: 'tlf', to: 'phone' },
      { kind: 'drop-table', table: ['old_leads'] },
      { kind: 'rename-table', table: ['leads'], to: ['prospects'] },
    ]);
  });
});

describe('Prisma and Salesforce', () => {
  for (const file of Object.keys(EXPECTED).filter((name) => !name.startsWith('sql/'))) {
    it(`${file}: every field at its name`, () => {
      assert.deepEqual(found(extractFile(read(file), file)), expected(file));
    });
  }
  it('Prisma: a relation (a field whose type is a model) is no column of its own', () => {
    const names = extractFile(read('prisma/schema.prisma'), 'schema.prisma')!.fields.map((f) => `${f.container[0]}.${f.name}`);
    assert.ok(!names.includes('Customer.orders') && !names.includes('Order.customer'));
    assert.ok(names.includes('Order.customerId'));
  });
  it("Prisma: /// documentation, a trailing comment and @map make the comment", () => {
    const fields = extractFile(read('prisma/schema.prisma'), 'schema.prisma')!.fields;
    const national = fields.find((f) => f.name === 'nationalId')!;
    assert.match(national.comment!, /fødselsnummer/);
    assert.match(national.type!, /^String @db.Char\(11\)$/);
  });
  it('a Salesforce file that is not well-formed is one error at its place', () => {
    const result = extractFile(read('salesforce/broken.field-meta.xml'), 'objects/Customer__c/fields/broken.field-meta.xml')!;
    assert.deepEqual(result.fields, []);
    assert.equal(result.errors[0]!.line, 5);
  });
});
