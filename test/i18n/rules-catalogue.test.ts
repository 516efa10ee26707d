// The rules catalogue (i18n/<lang>/rules.json) holds exactly the words the rules use,
// three keys per rule, and every message formats with the args its rule reports on its
// fixtures: no error, no placeholder left over, no placeholder filled with nothing.
import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { catalogue, catalogueLanguages, PSEUDO } from '../../src/i18n/catalogue.ts';
import { RULES } from '../../src/rules/registry.ts';
import { ruleSummary } from '../../src/rules/summary.ts';
import type { Args, Finding, Rule } from '../../src/rules/types.ts';
import { ruleHint, ruleKey, ruleMessage, ruleWhy, usedRuleKeys } from '../../src/rules/words.ts';
import { FIXTURES } from '../helpers/cli.ts';
import { findingsOf, fixtureSchemas, scanFindings, TODAY } from '../helpers/rules.ts';
import { SCAN_RULES } from '../../src/rules/scan-rules.ts';

/** The findings of one rule on its failing and passing fixtures and its bad example (held against their schemas, for the data/*-field rules). */
async function fixtureFindings(rule: Rule): Promise<Finding[]> {
  const texts = [rule.example.bad];
  for (const kind of ['fail', 'pass']) {
    const file = join(FIXTURES, 'rules', `${rule.id}.${kind}.dpia.yaml`);
    if (existsSync(file)) texts.push(readFileSync(file, 'utf8'));
  }
  const found = await Promise.all(texts.map(async (text, index) => {
    const today = /^# today: *(\S+)/m.exec(text)?.[1] ?? TODAY;
    if (!SCAN_RULES.has(rule.id)) return findingsOf(text, { today });
    return scanFindings(text, index === 0 && rule.example.schema ? [rule.example.schema] : fixtureSchemas(text), { today });
  }));
  return found.flat().filter((finding) => finding.rule === rule.id);
}

/** The arguments a message shows as text for these args, following its select branches. */
function shownArguments(elements: MessageFormatElement[], args: Args, out: string[] = []): string[] {
  for (const element of elements) {
    if (element.type === TYPE.argument) out.push(element.value);
    if (element.type === TYPE.select) {
      const value = args[element.value];
      const choice = value === undefined || value === '' ? 'none' : String(value);
      shownArguments((element.options[choice] ?? element.options.other).value, args, out);
    }
  }
  return out;
}

describe('rules catalogue', () => {
  const languages = catalogueLanguages();

  it('holds exactly the keys the rules use: message, hint and why of each', () => {
    const used = usedRuleKeys(RULES);
    assert.equal(used.length, RULES.length * 3);
    const keys = Object.keys(catalogue('en', 'rules'));
    const missing = used.filter((key) => !keys.includes(key));
    const unused = keys.filter((key) => !used.includes(key));
    assert.deepEqual({ missing, unused }, { missing: [], unused: [] });
  });

  for (const rule of RULES) {
    it(`${rule.id}: the message formats with the args of its fixtures`, async () => {
      const findings = await fixtureFindings(rule);
      assert.ok(findings.length > 0, 'no finding on the fixtures');
      for (const lang of [...languages, PSEUDO]) {
        const ast = parse(catalogue(lang, 'rules')[ruleKey(rule.id, 'message')], { ignoreTag: true });
        for (const finding of findings) {
          const text = ruleMessage(rule, lang, finding.args);
          const where = `${lang} ${JSON.stringify(finding.args)}: ${text}`;
          assert.ok(text.trim(), `empty message, ${where}`);
          const braces = Object.values(finding.args).some((value) => String(value).includes('{'));
          if (!braces) assert.ok(!text.includes('{'), `a placeholder is left, ${where}`);
          for (const name of shownArguments(ast, finding.args)) {
            assert.ok(finding.args[name] !== undefined && finding.args[name] !== '', `{${name}} is shown but the finding has no ${name}, ${where}`);
          }
        }
      }
    });

    it(`${rule.id}: summary, hint and why format in every language`, () => {
      for (const lang of [...languages, PSEUDO]) {
        assert.ok(ruleSummary(rule, lang).trim(), `${lang} summary`);
        assert.ok(ruleHint(rule, lang).trim(), `${lang} hint`);
        const why = ruleWhy(rule, lang);
        assert.ok(why.trim(), `${lang} why`);
        assert.ok(!/\bnone\b/.test(why) || /\bnone\b/.test(catalogue(lang, 'rules')[ruleKey(rule.id, 'why')]), `${lang} why has an argument filled with nothing`);
      }
    });
  }
});
