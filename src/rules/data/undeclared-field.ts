import type { FieldKind, ScannedField } from '../../scan/facts.ts';
import type { Rule, RuleContext } from '../types.ts';
import { kindWords } from './field-words.ts';

const isSensitive = (kind: FieldKind) => kind.special || kind.criminal || kind.nationalId;

/**
 * The type a finding names: the first sensitive one the classifier is sure enough of
 * (Art. 9(1), Art. 10, a national identity number), else its best. `health_notes` is
 * notes first, and health data all the same.
 */
export function leadingKind(field: ScannedField): FieldKind | undefined {
  return field.kinds.find(isSensitive) ?? field.kinds[0];
}

export function sensitive(field: ScannedField): boolean {
  return field.kinds.some(isSensitive);
}

/** The personal fields in scope that no assessment of the run declares, sensitive or not. */
export function undeclared(ctx: RuleContext, wantSensitive: boolean): ScannedField[] {
  return (ctx.scan?.fields ?? []).filter((field) => field.kinds.length > 0 && field.categories.length === 0 && !field.notPersonal
    && !field.declaredElsewhere && sensitive(field) === wantSensitive);
}

export function fieldArgs(field: ScannedField): { field: string; file: string; kind: string; term: string } {
  const kind = leadingKind(field)!;
  return { field: field.qualified, file: field.fromRoot, kind: kind.type, term: kind.term };
}

export const rule: Rule = {
  id: 'data/undeclared-field',
  principle: 'accountability',
  article: 'GDPR Art. 35(7)(a), Art. 30(1)(c)',
  severity: 'warning',
  messageArgs: kindWords,
  example: {
    schema: { file: 'db/001_customers.sql', text: 'CREATE TABLE customers (\n  id bigint PRIMARY KEY,\n  email text NOT NULL\n);\n' },
    bad: 'schemaVersion: 2\nid: lead-scoring\ndataCategories:\n  - id: contact\n    name: Contact details\n    fields: []\n',
    good: 'schemaVersion: 2\nid: lead-scoring\ndataCategories:\n  - id: contact\n    name: Contact details\n    fields: [customers.email]\n',
  },
  check(ctx, report) {
    for (const field of undeclared(ctx, false)) report(['dataCategories'], fieldArgs(field), field);
  },
};
