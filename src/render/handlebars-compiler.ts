// Handlebars with its compiler (parser, code generator, source maps): loaded only when a
// template is not precompiled, that is, an override of a bundled template or a template
// edited since the build. Its own bundle in dist/ (scripts/build.mjs), so a render with
// the bundled templates never loads it.
import Handlebars from 'handlebars';

/** A named export: a default one would be wrapped once more when required from the bundle. */
export const compiler: typeof Handlebars = Handlebars;
