// `npm run docs`: writes the generated documentation (docs/rules.md, docs/rules.nb.md)
// from the rule metadata, and dpia scan's catalogue (docs/scan-catalogue.md, .nb.md) from its data. test/docs/rules-docs.test.ts fails when the committed files
// differ from what this writes.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generatedDocs } from '../src/rules/rule-docs.ts';
import { generatedCatalogueDocs } from '../src/scan/catalogue-docs.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
for (const [path, text] of Object.entries({ ...generatedDocs(), ...generatedCatalogueDocs() })) {
  const target = join(root, path);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, text);
  process.stdout.write(`wrote ${path}\n`);
}
