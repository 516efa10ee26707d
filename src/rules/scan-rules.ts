// The rules that hold the CRM's schemas against an assessment: they need dpia scan's facts
// (src/scan/run.ts) and report nothing without them, so a check that does not scan (no
// scan.check in the config) neither runs nor lists them (JUnit, SARIF).
export const SCAN_RULES: ReadonlySet<string> = new Set([
  'data/undeclared-sensitive-field', 'data/undeclared-field', 'data/unmarked-special-field', 'data/unmatched-field-pattern', 'data/category-without-fields',
]);
