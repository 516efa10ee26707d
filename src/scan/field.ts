// A field of the CRM's data model as a schema or migration defines it: where (file, line,
// column of its definition, so CI annotates that line), what holds it and what it is.
export const FIELD_FORMATS = ['sql', 'prisma', 'graphql', 'openapi', 'json-schema', 'dbt', 'salesforce'] as const;
export type FieldFormat = (typeof FIELD_FORMATS)[number];

export interface Field {
  /** The file that defines it, as found (relative to the working directory where possible). */
  file: string;
  line: number;
  column: number;
  format: FieldFormat;
  /** What holds it, outermost first: schema and table, a model, an object, a nested property. */
  container: string[];
  name: string;
  /** The declared type as written (varchar(11), String?, Date, Email). */
  type?: string;
  /** A comment or description written for it. */
  comment?: string;
}

/** `crm.customers.email`, `Customer.email`, `Lead.Birthdate__c`: what a declaration's pattern is matched against. */
export function qualifiedName(field: Pick<Field, 'container' | 'name'>): string {
  return [...field.container, field.name].join('.');
}

/** A definition the extractor could not read: the file is reported with it, never skipped in silence. */
export interface ExtractError {
  file: string;
  line?: number;
  column?: number;
  message: string;
}

export interface Extracted {
  fields: Field[];
  errors: ExtractError[];
}
