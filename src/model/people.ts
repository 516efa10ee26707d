// The people an assessment concerns, as the file names them, and the one reading of the
// training flag under its old and new name: documents and the interview speak of "the
// people concerned" or of the file's own groups (leads, patients, employees), never of
// "customers" unless the file says so.
import { filled, list } from '../rules/facts.ts';
import type { Assessment } from './schema.ts';

/** The names the file gives its groups of data subjects, in file order; blanks and placeholders left out. */
export function peopleConcerned(data: Assessment): string[] {
  return list(data.dataSubjects).map((s) => s.name).filter((name): name is string => filled(name));
}

/**
 * Whether personal data about the people concerned trains the model: the answer under
 * `usesPersonalDataForTraining`, or else under its schemaVersion 1 name
 * `usesCustomerDataForTraining`; undefined where neither answers.
 */
export function usesPersonalDataForTraining(data: Assessment): boolean | undefined {
  const ai = data.system?.ai;
  const answer = ai?.usesPersonalDataForTraining ?? (ai as { usesCustomerDataForTraining?: unknown } | undefined)?.usesCustomerDataForTraining;
  return typeof answer === 'boolean' ? answer : undefined;
}
