#!/usr/bin/env node
// Thin entry: everything lives in dist/ (built from src/ by `npm install`).
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const dist = fileURLToPath(new URL('../dist/', import.meta.url));
let cli;
try {
  require('../dist/boot.cjs').installCompileCache(dist);
  cli = require('../dist/cli.cjs');
} catch (error) {
  if (error && error.code === 'MODULE_NOT_FOUND' && String(error.message).includes('dist')) {
    process.stderr.write('dpia: the CLI is not built; run `npm install` (or `npm run build`) in the dpia folder\n');
    process.exit(2);
  }
  throw error;
}
process.exitCode = await cli.main(process.argv.slice(2));
