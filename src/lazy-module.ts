// A module required on first use, for code that a run may never reach. In dist/ a
// package listed in scripts/build.mjs (VENDOR) is a bundle of its own in dist/vendor/:
// esbuild maps the caller's literal `require('name')` to it, so a run that never calls
// it does not even parse it. Run from source (tsx, tests) there is no `require`, and Node
// loads the module through createRequire, relative to the caller (node:module is taken
// only then: in dist/ it would bring Node.js's ES module loader into every run).
declare const require: ((id: string) => unknown) | undefined;

/**
 * `id`'s exports, loaded on the first call: `bundled` is the caller's own
 * `() => require('id')` (what esbuild sees), `from` its `import.meta.url`.
 */
export function lazyModule<T>(from: string, id: string, bundled: () => unknown): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= (typeof require === 'function' ? bundled() : process.getBuiltinModule('node:module').createRequire(from)(id)) as T);
}
