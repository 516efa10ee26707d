// What plain-yaml.ts uses of js-yaml, and nothing else: in dist/ this module is
// dist/vendor/js-yaml.cjs, required on first use, without the parts dpia never calls.
export { COLLECTION_STYLE, constructFromEvents, CORE_SCHEMA, EVENT_ID, getScalarValue, parseEvents, SCALAR_STYLE } from 'js-yaml';
