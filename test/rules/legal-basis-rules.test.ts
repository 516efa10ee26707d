// Cases of the legal-basis rules of issue 8 (and their purpose, consent and transparency
// neighbours) that one fail fixture per rule cannot hold.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ruleMessage } from '../../src/rules/words.ts';
import { RULES } from '../../src/rules/registry.ts';
import { FIXTURES } from '../helpers/cli.ts';
import { findingsOf, ruleHits } from '../helpers/rules.ts';

const RULE_IDS = [
  'legal-basis/law', 'legal-basis/contract-necessity', 'purpose/compatibility', 'legal-basis/special-category-law',
  'legal-basis/criminal-offence', 'legal-basis/uncertain', 'legal-basis/training-public-task', 'legal-basis/bias-testing',
  'legal-basis/public-authority', 'consent/children', 'legal-basis/children', 'transparency/children',
];

const purpose = (lines: string) => `schemaVersion: 1\nid: x\npurposes:\n  - id: p\n${lines}`;

describe('legal-basis rules (issue 8)', () => {
  it('stay silent on a file that uses none of their features', () => {
    const hits = findingsOf('schemaVersion: 1\nid: x\npurposes:\n  - id: p\n    legalBasis: contract\n').filter((f) => RULE_IDS.includes(f.rule));
    assert.deepEqual(hits, []);
  });

  it('fill every placeholder of their messages in both languages', () => {
    for (const id of RULE_IDS) {
      const rule = RULES.find((r) => r.id === id)!;
      const findings = findingsOf(readFileSync(join(FIXTURES, 'rules', `${id}.fail.dpia.yaml`), 'utf8')).filter((f) => f.rule === id);
      for (const finding of findings) {
        for (const lang of ['en', 'nb'] as const) {
          const text = ruleMessage(rule, lang, finding.args);
          assert.doesNotMatch(text, /[{}]/, `${id} ${lang}: ${text}`);
        }
      }
    }
  });

  describe('purpose/compatibility', () => {
    it('asks only for a new basis once the file concludes "not compatible"', () => {
      const yaml = purpose('    legalBasis: legitimate-interests\n    furtherProcessing: true\n    compatibility:\n      compatible: false\n');
      assert.deepEqual(ruleHits(yaml, 'purpose/compatibility'), ['purposes.0.compatibility.compatible']);
    });

    it('spares consent and a named law, not an unnamed one', () => {
      assert.deepEqual(ruleHits(purpose('    legalBasis: consent\n    furtherProcessing: true\n'), 'purpose/compatibility'), []);
      assert.deepEqual(ruleHits(purpose('    legalBasis: public-task\n    legalBasisDetails: Personopplysningsloven § 8\n    furtherProcessing: true\n'), 'purpose/compatibility'), []);
      assert.equal(ruleHits(purpose('    legalBasis: public-task\n    furtherProcessing: true\n'), 'purpose/compatibility').length, 6);
    });

    it('asks whether training reuses data only for model-training purposes', () => {
      assert.deepEqual(ruleHits(purpose('    kinds: [analytics]\n    legalBasis: legitimate-interests\n'), 'purpose/compatibility'), []);
      assert.deepEqual(ruleHits(purpose('    kinds: [model-training]\n    legalBasis: legitimate-interests\n    furtherProcessing: false\n'), 'purpose/compatibility'), []);
      assert.deepEqual(ruleHits(purpose('    kinds: [model-training]\n    legalBasis: consent\n'), 'purpose/compatibility'), []);
    });
  });

  describe('legal-basis/special-category and legal-basis/bias-testing', () => {
    const yaml = 'schemaVersion: 1\nid: x\npurposes:\n  - id: scoring\n    legalBasis: contract\n  - id: audit\n    kinds: [bias-testing]\n    legalBasis: legitimate-interests\n'
      + 'dataCategories:\n  - id: health\n    special: true\n    purposes: [scoring, audit]\n  - id: ethnicity\n    special: true\n    purposes: [audit]\n';

    it('divide the work: a bias-testing purpose is reported once, by bias-testing', () => {
      assert.deepEqual(ruleHits(yaml, 'legal-basis/special-category'), ['purposes.0.specialCategoryCondition']);
      assert.deepEqual(ruleHits(yaml, 'legal-basis/bias-testing'), ['purposes.1.specialCategoryCondition']);
    });

    it('names the categories processed only to test for bias', () => {
      const finding = findingsOf(yaml).find((f) => f.rule === 'legal-basis/bias-testing')!;
      assert.deepEqual(finding.args, { purpose: 'audit', categories: 'health, ethnicity', only: 'ethnicity' });
    });

    it('leaves a (g) condition without its law to special-category-law', () => {
      const withCondition = yaml.replace('kinds: [bias-testing]\n', 'kinds: [bias-testing]\n    specialCategoryCondition: substantial-public-interest\n');
      assert.deepEqual(ruleHits(withCondition, 'legal-basis/bias-testing'), []);
      assert.deepEqual(ruleHits(withCondition, 'legal-basis/special-category-law'), ['purposes.1.specialCategoryLaw']);
    });
  });

  describe('legal-basis/public-authority', () => {
    const yaml = purpose('    legalBasis: legitimate-interests\n');

    it('reads the controller type from dpia.config.yaml too', () => {
      assert.deepEqual(ruleHits(yaml, 'legal-basis/public-authority', { config: { controller: { type: 'public-authority' } } }), ['purposes.0.legalBasis']);
    });

    it('does not treat a publicly owned company as a public authority', () => {
      assert.deepEqual(ruleHits(yaml, 'legal-basis/public-authority', { config: { controller: { type: 'publicly-owned' } } }), []);
      assert.deepEqual(ruleHits(yaml, 'legal-basis/public-authority'), []);
    });
  });

  describe('consent/children', () => {
    const base = 'schemaVersion: 1\nid: x\npurposes:\n  - id: accounts\n    legalBasis: consent\ndataSubjects:\n  - id: players\n    children: CHILDREN\n'
      + 'dataCategories:\n  - id: profile\n    subjects: [players]\n    purposes: [accounts]\nconsent:\n  parentalConsent: A parent approves with BankID\n';

    it('rejects an age below the Art. 8(1) floor of 13', () => {
      const yaml = base.replace('CHILDREN', 'true') + '  minimumAge: 12\n';
      const finding = findingsOf(yaml).find((f) => f.rule === 'consent/children')!;
      assert.deepEqual(finding.path, ['consents', 0, 'minimumAge']);
      assert.equal(finding.args.below, 'yes');
    });

    it('accepts a higher age than 13', () => {
      assert.deepEqual(ruleHits(base.replace('CHILDREN', 'true') + '  minimumAge: 15\n', 'consent/children'), []);
    });

    it('asks nothing where no children are concerned', () => {
      assert.deepEqual(ruleHits(base.replace('CHILDREN', 'false'), 'consent/children'), []);
    });
  });

  it('legal-basis/children asks only about purposes whose data concerns children', () => {
    const yaml = 'schemaVersion: 1\nid: x\npurposes:\n  - id: p\n    legalBasis: legitimate-interests\ndataSubjects:\n  - id: adults\n    children: false\n  - id: kids\n    children: true\n'
      + 'dataCategories:\n  - id: c\n    subjects: [adults]\n    purposes: [p]\n';
    assert.deepEqual(ruleHits(yaml, 'legal-basis/children'), []);
    assert.deepEqual(ruleHits(yaml.replace('subjects: [adults]', 'subjects: [adults, kids]'), 'legal-basis/children'), ['purposes.0.legitimateInterest.children']);
  });

  it('legal-basis/training-public-task ignores data shared only with purposes on other bases', () => {
    const yaml = 'schemaVersion: 1\nid: x\npurposes:\n  - id: service\n    legalBasis: contract\n  - id: train\n    kinds: [model-training]\n    legalBasis: legitimate-interests\n'
      + 'dataCategories:\n  - id: history\n    purposes: [service, train]\n';
    assert.deepEqual(ruleHits(yaml, 'legal-basis/training-public-task'), []);
  });
});
