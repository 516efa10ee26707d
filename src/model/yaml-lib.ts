// The yaml library, loaded on first use. `dpia check` of a plain file reads it with
// js-yaml's event parser (plain-yaml.ts) and never needs the yaml library: only a file
// with findings to place (their line:column comes from the Document's source ranges), an
// unusual or invalid one, or a command that edits loads it. In dist/ it is a file of its
// own (dist/vendor/yaml.cjs), which a bundle compiles only when it is required here; run
// from source (tsx, tests) Node loads it through createRequire, the same module instance
// as `import 'yaml'` (the package's Node.js entry is CommonJS).
import { createRequire } from 'node:module';

type Yaml = typeof import('yaml');
declare const require: ((id: string) => unknown) | undefined;
let lib: Yaml | undefined;

/** The yaml library itself. */
export function yaml(): Yaml {
  lib ??= (typeof require === 'function' ? require('yaml') : createRequire(import.meta.url)('yaml')) as Yaml;
  return lib;
}

// Its node tests, for modules that only look at a Document that exists, hence the library is loaded.
export const isAlias = ((node: unknown) => yaml().isAlias(node)) as Yaml['isAlias'];
export const isCollection = ((node: unknown) => yaml().isCollection(node)) as Yaml['isCollection'];
export const isMap = ((node: unknown) => yaml().isMap(node)) as Yaml['isMap'];
export const isNode = ((node: unknown) => yaml().isNode(node)) as Yaml['isNode'];
export const isPair = ((node: unknown) => yaml().isPair(node)) as Yaml['isPair'];
export const isScalar = ((node: unknown) => yaml().isScalar(node)) as Yaml['isScalar'];
export const isSeq = ((node: unknown) => yaml().isSeq(node)) as Yaml['isSeq'];
