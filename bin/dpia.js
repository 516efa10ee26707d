#!/usr/bin/env node
// Thin entry: everything lives in dist/ (built from src/ by `npm install`). CommonJS
// (bin/package.json) because it starts faster than an ES module and loads the
// CommonJS bundles directly.
'use strict';
const { join } = require('node:path');

const dist = join(__dirname, '..', 'dist');
let cli;
try {
  require(join(dist, 'boot.cjs')).installCompileCache(dist, process.argv.slice(2));
  cli = require(join(dist, 'cli.cjs'));
} catch (error) {
  if (error && error.code === 'MODULE_NOT_FOUND' && String(error.message).includes(dist)) {
    process.stderr.write('dpia: the CLI is not built; run `npm install` (or `npm run build`) in the dpia folder\n');
    process.exit(2);
  }
  throw error;
}
cli.main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
  // The command has done its work and awaited every write: exit now rather than let the
  // event loop wind down, where V8 spends the idle moment finishing a garbage collection
  // that nobody needs (some 26 ms of a cold `render` on Node.js 22). The `exit` handlers
  // (the code cache) still run. Where output is still queued in a Node.js stream, the
  // loop winds down as before and writes it.
  if (cli.outputDone()) process.exit();
});
