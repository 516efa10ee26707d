// The shape of dpia.config.yaml, as data: scripts/build.mjs evaluates this module at build
// time and bundles the result, so no command builds it with TypeBox at start-up (see
// src/model/lazy-typebox.ts). Only data may be exported here.
import { Type as T } from '@sinclair/typebox';
import { ControllerSchema } from './model/schema.ts';

export const AuthoritySchema = T.Object({
  name: T.Optional(T.String()),
  address: T.Optional(T.String()),
  website: T.Optional(T.String()),
  phone: T.Optional(T.String()),
  email: T.Optional(T.String()),
});

/** A personal-data type of the scan's catalogue (src/scan/catalogue.json), as a team adds or extends one. */
export const ScanTypeSchema = T.Object({
  id: T.String({ minLength: 1, description: 'A bundled type to add words to (contact.email), or a new one (crm.loyalty-tier)' }),
  group: T.Optional(T.String({ description: 'For a new type: contact, identifier, national-id, birth-date, demographic, professional, location, device-online, financial, behaviour, consent, communications, special, criminal, or one of your own' })),
  label: T.Optional(T.Record(T.String(), T.String(), { description: 'For a new type: its name in each language (en, nb)' })),
  special: T.Optional(T.Boolean({ description: 'For a new type: a special category (GDPR Art. 9(1))' })),
  criminal: T.Optional(T.Boolean({ description: 'For a new type: criminal convictions and offences (GDPR Art. 10)' })),
  nationalId: T.Optional(T.Boolean({ description: 'For a new type: a national identification number (GDPR Art. 87; personopplysningsloven § 12)' })),
  names: T.Optional(T.Array(T.String(), { description: 'Words and phrases of field names' })),
  abbreviations: T.Optional(T.Array(T.String(), { description: 'Abbreviations used as field names' })),
  weak: T.Optional(T.Array(T.String(), { description: "Words that mean the type only in a person's table or one of `contexts`" })),
  contextual: T.Optional(T.Array(T.String(), { description: 'Words that mean the type only next to one of `contexts`' })),
  contexts: T.Optional(T.Array(T.String(), { description: 'Words of the table or the field name that make weak and contextual words count' })),
  comments: T.Optional(T.Array(T.String(), { description: 'Words in comments and descriptions' })),
  types: T.Optional(T.Array(T.String(), { description: 'Declared data types that agree with it (char(11), date)' })),
  not: T.Optional(T.Array(T.String(), { description: 'Field names that look like this type but are not' })),
}, { additionalProperties: false });

export const ConfigSchema = T.Object({
  assessments: T.Optional(T.String({ description: 'Folder (or glob) where assessments live' })),
  ignore: T.Optional(T.Array(T.String(), { description: 'Files and folders that check, status and export pass over when they search folders and globs, as gitignore patterns relative to this file (.gitignore files are honoured too)' })),
  language: T.Optional(T.String({ description: 'Language of the output: the code of a message catalogue (i18n/<code>/)' })),
  controller: T.Optional(ControllerSchema),
  authority: T.Optional(AuthoritySchema),
  rules: T.Optional(T.Record(T.String(), T.Union([T.Literal('off'), T.Literal('warn'), T.Literal('error')]))),
  templates: T.Optional(T.String({ description: 'Folder of template overrides' })),
  requiredSignoffs: T.Optional(T.Array(T.String(), { description: 'Roles that must sign before an assessment is approved (default: dpo, risk-owner)' })),
  roles: T.Optional(T.Array(T.String(), { description: 'Further roles that may sign, e.g. ciso, legal (dpia approve refuses a role it does not know)' })),
  scan: T.Optional(T.Object({
    paths: T.Optional(T.Array(T.String(), { description: "Where the CRM defines its data: files, folders or globs relative to this file (default: this file's folder)" })),
    check: T.Optional(T.Boolean({ description: 'dpia check also holds the schemas against the assessments (the data/*-field rules), so one gate covers both' })),
    dialect: T.Optional(T.Union([T.Literal('postgresql'), T.Literal('mysql'), T.Literal('mssql')], { description: "The SQL dialect of the migrations: postgresql, mysql or mssql (SQL Server); by default each file's is told from what only one dialect writes (backticks, GO, [brackets])" })),
    minConfidence: T.Optional(T.Number({ minimum: 0, maximum: 1, description: 'How sure the classifier must be before a field counts as personal data (0 to 1, default 0.5)' })),
    catalogue: T.Optional(T.Array(ScanTypeSchema, { description: "The team's own personal-data types, or more words for a bundled type (by its id); see the catalogue in docs/scan-catalogue.md" })),
  }, { additionalProperties: false, description: 'dpia scan: the CRM schemas and migrations held against the assessments' })),
});

