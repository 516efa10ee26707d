// The fields of data definitions in YAML and JSON (OpenAPI, JSON Schema, dbt) and GraphQL
// SDL, each at the line and column of its name.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { documentKind, extractDocument } from '../../src/scan/extract/documents.ts';
import { extractGraphql } from '../../src/scan/extract/graphql.ts';
import type { Extracted } from '../../src/scan/field.ts';
import { FIXTURES } from '../helpers/cli.ts';

const dir = join(FIXTURES, 'scan', 'formats');
const read = (name: string) => readFileSync(join(dir, name), 'utf8');
const listed = (extracted: Extracted) => extracted.fields.map((f) => `${f.line}:${f.column} ${[...f.container, f.name].join('.')}${f.type ? ` ${f.type}` : ''}${f.comment ? ` | ${f.comment}` : ''}`);

function document(name: string): Extracted {
  const text = read(name);
  const kind = documentKind(text, name);
  assert.ok(kind, `${name} is not taken for a data definition`);
  return extractDocument(text, name, kind);
}

describe('data definitions in YAML and JSON', () => {
  it('OpenAPI: schemas, nested objects, composed schemas and parameters', () => {
    assert.deepEqual(listed(document('openapi.yaml')), [
      "9:13 parameters.query.email email | The customer's e-mail address",
      '19:9 Customer.id uuid',
      '22:9 Customer.fullName string | Given and family name',
      '25:9 Customer.birthDate date',
      '28:9 Customer.address object',
      '31:13 Customer.address.postalCode string',
      '38:13 Lead.score number | Propensity to buy, from the lead-scoring model',
    ]);
  });
  it('JSON Schema: properties under the title, array items, $defs', () => {
    assert.deepEqual(listed(document('customer.schema.json')), [
      '6:5 Kunde.fodselsnummer string | Fødselsnummer (11 siffer)',
      '7:5 Kunde.epost email',
      '8:5 Kunde.samtykker array',
      '10:52 Kunde.samtykker.formaal string',
      '14:52 Adresse.postnummer string',
    ]);
  });
  it("dbt: models' and sources' columns", () => {
    assert.deepEqual(listed(document('schema.yml')), [
      '6:15 dim_customers.customer_id',
      '8:15 dim_customers.email | Primary e-mail address',
      '10:15 dim_customers.date_of_birth date',
      '17:19 crm.tickets.body | Free text the customer wrote',
    ]);
  });
  it('YAML of other kinds is not a data definition', () => {
    assert.equal(documentKind('name: CI\non:\n  push: {}\njobs: {}\n', '.github/workflows/ci.yml'), undefined);
    assert.equal(documentKind('{"name": "crm", "version": "1.0.0"}', 'manifest.json'), undefined);
  });
  it('a document that does not parse is one error with its line and column, and no fields', () => {
    const broken = extractDocument('openapi: 3.1.0\ncomponents:\n  schemas: [\n', 'broken.yaml', 'openapi');
    assert.deepEqual(broken.fields, []);
    assert.equal(broken.errors.length, 1);
    assert.equal(broken.errors[0]!.file, 'broken.yaml');
    assert.equal(typeof broken.errors[0]!.line, 'number');
  });
});

describe('GraphQL SDL', () => {
  it('object, input and interface types and their extensions, with descriptions', () => {
    assert.deepEqual(listed(extractGraphql(read('schema.graphql'), 'schema.graphql')), [
      '3:3 Customer.id ID!',
      '5:3 Customer.phone String | Mobile number, E.164',
      '6:3 Customer.healthNotes String',
      '7:3 Customer.orders [Order!]!',
      '11:3 CustomerInput.email String!',
      '15:3 Customer.loyaltyTier String',
      '19:3 Order.total Float',
    ]);
  });
  it('a schema that does not parse is one error at its place', () => {
    const broken = extractGraphql('type Customer {\n  email: \n}\n', 'broken.graphql');
    assert.deepEqual(broken.fields, []);
    assert.deepEqual({ line: broken.errors[0]!.line, column: broken.errors[0]!.column }, { line: 3, column: 1 });
  });
});
