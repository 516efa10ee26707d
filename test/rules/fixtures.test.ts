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
import { ruleHits, TODAY } from '../helpers/rules.ts';

const dir = join(FIXTURES, 'rules');

function directives(text: string, name: string): string[] {
  return [...text.matchAll(new RegExp(`^# ${name}: *(.*)$`, 'gm'))].map((m) => m[1].trim());
}

describe('rule fixtures', () => {
  for (const rule of RULES) {
    describe(rule.id, () => {
      const fail = join(dir, `${rule.id}.fail.dpia.yaml`);
      const pass = join(dir, `${rule.id}.pass.dpia.yaml`);
      it('has a failing fixture that fires at the expected paths', () => {
        assert.ok(existsSync(fail), `missing ${fail}`);
        const text = readFileSync(fail, 'utf8');
        const expected = directives(text, 'expect').sort();
        assert.ok(expected.length > 0, `${fail} has no "# expect: <path>" line`);
        assert.deepEqual(ruleHits(text, rule.id, { today: directives(text, 'today')[0] ?? TODAY }), expected);
      });
      it('has a passing fixture where it does not fire', () => {
        assert.ok(existsSync(pass), `missing ${pass}`);
        const text = readFileSync(pass, 'utf8');
        assert.deepEqual(ruleHits(text, rule.id, { today: directives(text, 'today')[0] ?? TODAY }), []);
      });
      it('has a bad example that fires and a good one that does not', () => {
        assert.ok(ruleHits(rule.example.bad, rule.id).length > 0, 'example.bad does not trigger the rule');
        assert.deepEqual(ruleHits(rule.example.good, rule.id), [], 'example.good triggers the rule');
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
