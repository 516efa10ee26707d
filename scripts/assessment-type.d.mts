/** The file src/model/generated/assessment-type.ts for `schema` (AssessmentSchema as plain JSON). */
export function assessmentTypeFile(schema: unknown): string;
