// One process for many test files (scripts/run-tests.ts): imports each file named on the
// command line in turn, so node:test runs their tests in this process. A file that cannot
// be loaded becomes a failing test named after it, and the files after it still run.
import { test } from 'node:test';
import { relative } from 'node:path';
import { pathToFileURL } from 'node:url';

for (const file of process.argv.slice(2)) {
  try {
    await import(pathToFileURL(file).href);
  } catch (error) {
    test(`${relative(process.cwd(), file)} could not be loaded`, () => {
      throw error;
    });
  }
}
