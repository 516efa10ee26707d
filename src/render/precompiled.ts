// The bundled templates, precompiled: scripts/build.mjs replaces this module in the
// bundle with Handlebars.precompile's output for every file in templates/ (in the command
// bundles, one file per document, dist/templates/<doc>.cjs, required when that document is
// rendered), so `render` runs them with Handlebars' runtime and compiles no template at
// start-up. Keyed by templateKey() (src/render/templates.ts): how the template is compiled
// and a hash of its source, so an override or a template edited after the build is never
// mistaken for a precompiled one. From the sources (tests with tsx) there are none: every
// template is compiled when it is used.

/** Whether the template of this key is precompiled. */
export const isPrecompiled = (_key: string): boolean => false;

/** The precompiled template of this key (from `doc`'s file, where it is there too), if any. */
export const precompiled = (_key: string, _doc: string): object | undefined => undefined;
