// What dpia scan tells the data/*-field rules about one assessment: the fields of the
// CRM's schemas in its scope, each with what the classifier took it for and which of the
// assessment's declarations name it. Worked out by src/scan/run.ts; the rules only read it.
import type { Field } from './field.ts';

/** A personal-data type the classifier found a field to hold (src/scan/catalogue.json). */
export interface FieldKind {
  type: string;
  group: string;
  special: boolean;
  criminal: boolean;
  nationalId: boolean;
  confidence: number;
  /** The words that matched: a name, an abbreviation, a word of the comment. */
  term: string;
}

export interface ScannedField extends Field {
  /** `crm.customers.email`: what patterns are matched against. */
  qualified: string;
  /** The file from the repository's top (forward slashes), for patterns with a file. */
  fromRoot: string;
  /** The classifier's types at or above the configured confidence, best first; empty: not personal by its words. */
  kinds: FieldKind[];
  /** Indexes of this assessment's categories whose `fields` name it. */
  categories: number[];
  /** Judged not personal by this assessment (dataModel.notPersonal). */
  notPersonal: boolean;
  /** Declared by another assessment of the same run (in a category or as not personal). */
  declaredElsewhere: boolean;
}

export interface ScanFacts {
  /** The fields in the assessment's scope (dataModel.paths, else the config's scan.paths). */
  fields: ScannedField[];
  /** How many fields each pattern matched: `dataCategories.2.fields.0` → 3. */
  patternHits: Map<string, number>;
  /** Every schema in scope was found and read (else a pattern that matches nothing proves nothing). */
  complete: boolean;
}

/** Where a finding about a field is: its definition in a schema or migration. */
export interface FieldLocation {
  file: string;
  line: number;
  column: number;
}
