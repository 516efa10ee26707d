// The yaml library, loaded on first use. `dpia check` of a plain file reads it with
// js-yaml's event parser (plain-yaml.ts) and never needs the yaml library: only a file
// with findings to place (their line:column comes from the Document's source ranges), an
// unusual or invalid one, or a command that edits loads it. In dist/ it is a file of its
// own (dist/vendor/yaml.cjs), which a bundle compiles only when it is required here (see
// src/lazy-module.ts); run from source, the same module instance as `import 'yaml'` (the
// package's Node.js entry is CommonJS).
import { lazyModule } from '../lazy-module.ts';

type Yaml = typeof import('yaml');
declare const require: (id: string) => unknown;

/** The yaml library itself. */
export const yaml = lazyModule<Yaml>(import.meta.url, 'yaml', () => require('yaml'));

// Its node tests, for modules that only look at a Document that exists, hence the library is loaded.
export const isAlias = ((node: unknown) => yaml().isAlias(node)) as Yaml['isAlias'];
export const isCollection = ((node: unknown) => yaml().isCollection(node)) as Yaml['isCollection'];
export const isMap = ((node: unknown) => yaml().isMap(node)) as Yaml['isMap'];
export const isNode = ((node: unknown) => yaml().isNode(node)) as Yaml['isNode'];
export const isPair = ((node: unknown) => yaml().isPair(node)) as Yaml['isPair'];
export const isScalar = ((node: unknown) => yaml().isScalar(node)) as Yaml['isScalar'];
export const isSeq = ((node: unknown) => yaml().isSeq(node)) as Yaml['isSeq'];
