// Every rule has a failing and a passing fixture beside its expectation:
//   test/fixtures/rules/<area>/<name>.fail.dpia.yaml  with `# expect: <path>` lines
//   test/fixtures/rules/<area>/<name>.pass.dpia.yaml  where the rule must not fire
// An optional `# today: YYYY-MM-DD` line sets the date deadlines are judged against.
import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { catalogue, catalogueLanguages, hasMessage } from '../../src/i18n/catalogue.ts';
import { RULES } from '../../src/rules/registry.ts';
import { RULE_WORDS, ruleKey } from '../../src/rules/words.ts';
import { FIXTURES } from '../helpers/cli.ts';
import { fixtureSchemas, ruleHits, scanHits, TODAY } from '../helpers/rules.ts';
import { SCAN_RULES } from '../../src/rules/scan-rules.ts';

const dir = join(FIXTURES, 'rules');

function directives(text: string, name: string): string[] {
  return [...text.matchAll(new RegExp(`^# ${name}: *(.*)$`, 'gm'))].map((m) => m[1].trim());
}

describe('rule fixtures', () => {
  for (const rule of RULES) {
    describe(rule.id, () => {
      const fail = join(dir, `${rule.id}.fail.dpia.yaml`);
      const pass = join(dir, `${rule.id}.pass.dpia.yaml`);
      // A rule that holds the CRM's schemas against the assessment (SCAN_RULES) is run with
      // the schema files its fixture names (`# schema: <file under fixtures/scan/rules>`)
      // and reports a field's finding as `path@file:line:column`; without them it reports nothing.
      const scanning = SCAN_RULES.has(rule.id);
      const hits = async (text: string): Promise<string[]> => {
        const today = directives(text, 'today')[0] ?? TODAY;
        if (!scanning) return ruleHits(text, rule.id, { today });
        const schemas = fixtureSchemas(text);
        assert.ok(schemas.length > 0, 'a data/*-field rule\'s fixture names its schema files ("# schema: <file>")');
        assert.deepEqual(ruleHits(text, rule.id, { today }), [], 'the rule reports nothing without the schemas');
        return scanHits(text, rule.id, schemas, { today });
      };
      it('has a failing fixture that fires at the expected paths', async () => {
        assert.ok(existsSync(fail), `missing ${fail}`);
        const text = readFileSync(fail, 'utf8');
        const expected = directives(text, 'expect').sort();
        assert.ok(expected.length > 0, `${fail} has no "# expect: <path>" line`);
        assert.deepEqual(await hits(text), expected);
      });
      it('has a passing fixture where it does not fire', async () => {
        assert.ok(existsSync(pass), `missing ${pass}`);
        const text = readFileSync(pass, 'utf8');
        assert.deepEqual(await hits(text), []);
      });
      it('has a bad example that fires and a good one that does not', async () => {
        const run = async (yaml: string) => (scanning ? scanHits(yaml, rule.id, rule.example.schema ? [rule.example.schema] : []) : ruleHits(yaml, rule.id));
        assert.equal(scanning, rule.example.schema !== undefined, 'a data/*-field rule\'s example has a schema, and no other rule\'s');
        assert.ok((await run(rule.example.bad)).length > 0, 'example.bad does not trigger the rule');
        assert.deepEqual(await run(rule.example.good), [], 'example.good triggers the rule');
      });
      it('has metadata, and its words in every language\'s catalogue', () => {
        for (const lang of catalogueLanguages()) {
          for (const word of RULE_WORDS) {
            const key = ruleKey(rule.id, word);
            assert.ok(hasMessage(lang, 'rules', key), `${lang}/rules.json has no "${key}"`);
            assert.ok(catalogue(lang, 'rules')[key].trim(), `${lang}/rules.json "${key}" is empty`);
          }
        }
        assert.match(rule.id, /^(schema|ref|purpose|legal-basis|consent|data|security|accountability|transparency|transfer|fairness|risk|ai|ai-act|norway|[a-z]{2})\/[a-z0-9-]+$/);
        // EU acts cite an article, national acts a section (personopplysningsloven § 12).
        assert.match(rule.article, /(GDPR|AI Act) Art\. \d+|[a-zæøå]+loven § \d+/);
      });
    });
  }
});
