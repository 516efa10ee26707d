#!/usr/bin/env node
// Thin entry: everything lives in dist/cli.js (built from src/cli.ts by `npm install`).
let cli;
try {
  cli = await import('../dist/cli.js');
} catch (error) {
  if (error && error.code === 'ERR_MODULE_NOT_FOUND') {
    process.stderr.write('dpia: the CLI is not built; run `npm install` (or `npm run build`) in the dpia folder\n');
    process.exit(2);
  }
  throw error;
}
process.exitCode = await cli.main(process.argv.slice(2));
