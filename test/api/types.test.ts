// The API's Assessment type (src/model/generated/assessment-type.ts) stands alone so that
// the published declarations import nothing; it must still be the schema's own type and
// what the build writes from the schema.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { assessmentTypeFile } from '../../scripts/assessment-type.mjs';
import type { Assessment } from '../../src/model/generated/assessment-type.ts';
import { AssessmentSchema, type Assessment as SchemaAssessment } from '../../src/model/schema.ts';
import { ROOT } from '../helpers/cli.ts';

// Identical, not merely assignable both ways (which all-optional properties would allow):
// `npm run typecheck` fails here when the two differ in any property, optionality or type.
type Identical<A, B> = (<T>() => T extends A ? 1 : 2) extends (<T>() => T extends B ? 1 : 2) ? true : false;
const identical: Identical<Assessment, SchemaAssessment> = true;

test('the generated Assessment type is the one the build writes from the schema', () => {
  assert.equal(identical, true);
  const committed = readFileSync(join(ROOT, 'src', 'model', 'generated', 'assessment-type.ts'), 'utf8');
  assert.equal(committed, assessmentTypeFile(JSON.parse(JSON.stringify(AssessmentSchema))), 'run `node scripts/build.mjs`');
});

test('the generated type names every property of the schema, nested ones too', () => {
  const text = assessmentTypeFile(JSON.parse(JSON.stringify(AssessmentSchema)));
  for (const key of ['schemaVersion?: number;', 'status?: "draft" | "in-review" | "approved";', 'legalBasis?:', 'residual?: {', 'likelihood?: number;', 'sections?: {\n', '[key: string]: string;']) {
    assert.ok(text.includes(key), key);
  }
});
