// The assessment's schema as data, loaded on first use: only an invalid file needs it (its
// errors are found by walking it). In dist/ it is a file of its own
// (dist/vendor/assessment-schema.cjs, the schema evaluated at build time); run from source
// (tsx, tests) Node loads src/model/schema.ts (src/lazy-module.ts).
import type { TSchema } from '@sinclair/typebox';
import { lazyModule } from '../lazy-module.ts';

declare const require: (id: string) => unknown;
const schemaModule = lazyModule<typeof import('./schema.ts')>(import.meta.url, './schema.ts', () => require('./schema.ts'));

export function assessmentSchema(): TSchema {
  return schemaModule().AssessmentSchema;
}
