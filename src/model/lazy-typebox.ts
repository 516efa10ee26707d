// TypeBox's error walker, loaded on first use. A valid assessment is answered by the
// validator compiled at build time (generated/check-assessment.ts), and the schemas are
// bundled as data (scripts/build.mjs evaluates schema.ts and config-schema.ts), so a run
// that finds nothing wrong never loads TypeBox: only an invalid assessment, or a config
// file to check, pays for it. In dist/ it is a file of its own (dist/vendor/), required
// here when called (src/lazy-module.ts).
import type { TSchema } from '@sinclair/typebox';
import type { ValueError } from '@sinclair/typebox/errors';
import { lazyModule } from '../lazy-module.ts';

declare const require: (id: string) => unknown;
const errors = lazyModule<typeof import('@sinclair/typebox/errors')>(import.meta.url, '@sinclair/typebox/errors', () => require('@sinclair/typebox/errors'));

/** Every way `value` fails `schema`, with its path (TypeBox's Errors). */
export function schemaErrors(schema: TSchema, value: unknown): Iterable<ValueError> {
  return errors().Errors(schema, value);
}
