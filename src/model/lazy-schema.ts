// The assessment's schema as data, loaded on first use: only an invalid file needs it (its
// errors are found by walking it). In dist/ it is a file of its own
// (dist/vendor/assessment-schema.cjs, the schema evaluated at build time); run from source
// (tsx, tests) Node loads src/model/schema.ts through createRequire.
import { createRequire } from 'node:module';
import type { TSchema } from '@sinclair/typebox';

declare const require: ((id: string) => unknown) | undefined;
let schema: TSchema | undefined;

export function assessmentSchema(): TSchema {
  schema ??= ((typeof require === 'function' ? require('./schema.ts') : createRequire(import.meta.url)('./schema.ts')) as typeof import('./schema.ts')).AssessmentSchema;
  return schema;
}
