// docs/rules.md and docs/rules.nb.md are generated from the rule metadata; the committed
// copies must equal what `npm run docs` writes, and every bad example in them must
// really trigger its rule (and every good one pass).
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { RULES } from '../../src/rules/registry.ts';
import { generatedDocs } from '../../src/rules/rule-docs.ts';
import { generatedCatalogueDocs } from '../../src/scan/catalogue-docs.ts';
import { ruleAnchor } from '../../src/rules/summary.ts';
import { ROOT } from '../helpers/cli.ts';
import { ruleHits, scanHits } from '../helpers/rules.ts';

describe('generated rule docs', () => {
  const docs = generatedDocs();
  for (const [path, expected] of Object.entries({ ...docs, ...generatedCatalogueDocs() })) {
    it(`${path} is up to date (run \`npm run docs\`)`, () => {
      const committed = readFileSync(join(ROOT, path), 'utf8');
      assert.equal(committed, expected, `${path} differs from the rule metadata; run \`npm run docs\` and commit the result`);
    });
  }

  it('has a section with anchor, article and both examples for every rule', async () => {
    const page = docs['docs/rules.md'];
    for (const rule of RULES) {
      const start = page.indexOf(`<a id="${ruleAnchor(rule.id)}"></a>`);
      assert.ok(start !== -1, `no anchor for ${rule.id}`);
      const next = page.indexOf('<a id="', start + 1);
      const section = page.slice(start, next === -1 ? undefined : next);
      assert.ok(section.includes(`## \`${rule.id}\``), `no heading for ${rule.id}`);
      assert.ok(section.includes(rule.article), `no article for ${rule.id}`);
      const blocks = [...section.matchAll(/^(`{3,})yaml\n([\s\S]*?)\n\1$/gm)].map((m) => `${m[2]}\n`);
      assert.equal(blocks.length, 2, `${rule.id} should show a bad and a good example`);
      // A data/*-field rule's examples are held against the schema its section shows.
      const schemas = [...section.matchAll(/^(`{3,})sql\n([\s\S]*?)\n\1$/gm)].map((m) => ({ file: rule.example.schema?.file ?? 'schema.sql', text: `${m[2]}\n` }));
      assert.equal(schemas.length, rule.example.schema ? 1 : 0, `${rule.id} shows the schema of its examples`);
      const hits = (yaml: string) => (schemas.length > 0 ? scanHits(yaml, rule.id, schemas) : Promise.resolve(ruleHits(yaml, rule.id)));
      assert.ok((await hits(blocks[0])).length > 0, `the bad example of ${rule.id} in the docs does not trigger it`);
      assert.deepEqual(await hits(blocks[1]), [], `the good example of ${rule.id} in the docs triggers it`);
    }
  });

  it('links every row of the table to an existing section', () => {
    for (const page of Object.values(docs)) {
      const links = [...page.matchAll(/\]\(#([a-z0-9-]+)\)/g)].map((m) => m[1]);
      assert.equal(links.length, RULES.length);
      for (const anchor of links) assert.ok(page.includes(`<a id="${anchor}"></a>`), `dangling link #${anchor}`);
    }
  });
});
