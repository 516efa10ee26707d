// Cases of the ai/, fairness/ and risk/ rules that one failing and one passing fixture
// per rule cannot show: the other branches, and where the rules deliberately stay quiet.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { findingsOf, ruleHits } from '../helpers/rules.ts';

const doc = (body: string) => `schemaVersion: 1\nid: t\n${body}`;
const argsOf = (yaml: string, rule: string) => findingsOf(yaml).filter((f) => f.rule === rule).map((f) => f.args);

describe('risk rules', () => {
  it('risk/missing fires on an assessment without a risk register', () => {
    assert.deepEqual(ruleHits(doc('title: x\n'), 'risk/missing'), ['risks']);
    assert.deepEqual(argsOf(doc('title: x\n'), 'risk/missing'), [{ none: 'yes' }]);
  });
  it('risk/missing accepts a classic event written in words', () => {
    assert.deepEqual(ruleHits(doc('risks:\n  - id: a\n    event: Unauthorised access by former staff\n'), 'risk/missing'), []);
    assert.deepEqual(ruleHits(doc('risks:\n  - id: a\n    event: data loss\n'), 'risk/missing'), []);
  });
  it('risk/unscored leaves an out-of-range score to schema/invalid', () => {
    const yaml = doc('risks:\n  - id: a\n    likelihood: 7\n    severity: 2\n    residual: {likelihood: 1, severity: 2}\n');
    assert.deepEqual(ruleHits(yaml, 'schema/invalid'), ['risks.0.likelihood']);
    assert.deepEqual(ruleHits(yaml, 'risk/unscored'), []);
  });
  it('risk/unmitigated accepts a justified residual that is not lower', () => {
    const yaml = doc('risks:\n  - id: a\n    likelihood: 3\n    severity: 3\n    measures: [m]\n    residual: {likelihood: 3, severity: 3, justification: Nothing reduces it; prior consultation done}\n');
    assert.deepEqual(ruleHits(yaml, 'risk/unmitigated'), []);
  });
  it('risk/unmitigated does not accept a low risk without measures and without a reason', () => {
    assert.deepEqual(ruleHits(doc('risks:\n  - id: a\n    likelihood: 1\n    severity: 1\n'), 'risk/unmitigated'), ['risks.0.measures']);
  });
});

describe('fairness rules', () => {
  it('stay quiet when no AI is used and no automated decision is made', () => {
    const yaml = doc('system:\n  ai: {used: false}\nfairness:\n  tests:\n    - id: a\n      passed: false\n');
    for (const rule of ['fairness/tests', 'fairness/test-overdue', 'fairness/test-failed', 'fairness/human-review', 'fairness/contest']) {
      assert.deepEqual(ruleHits(yaml, rule), [], rule);
    }
  });
  it('fairness/tests fires on an empty list of tests', () => {
    assert.deepEqual(ruleHits(doc('system:\n  ai: {used: true}\nfairness:\n  tests: []\n'), 'fairness/tests'), ['fairness.tests']);
  });
  it('human review and contest are asked for a significant automated decision even without AI', () => {
    const yaml = doc('system:\n  ai:\n    automatedDecision: {exists: true, significantEffect: true, exception: contract}\n');
    assert.deepEqual(ruleHits(yaml, 'fairness/human-review'), ['fairness.humanReview']);
    assert.deepEqual(argsOf(yaml, 'fairness/human-review'), [{ significant: 'yes' }]);
    assert.deepEqual(ruleHits(yaml, 'fairness/contest'), ['fairness.contest']);
    assert.deepEqual(argsOf(yaml, 'fairness/contest'), [{ exception: 'a' }]);
  });
  it('fairness/test-overdue cannot judge a test without a frequency', () => {
    assert.deepEqual(ruleHits(doc('system:\n  ai: {used: true}\nfairness:\n  tests:\n    - id: a\n      lastRun: 2020-01-01\n'), 'fairness/test-overdue'), []);
  });
});

describe('ai rules', () => {
  const ai = (fields: string) => doc(`system:\n  ai:\n    used: true\n${fields}`);
  it('ai/risk-class reports a prohibited practice at the class', () => {
    assert.deepEqual(ruleHits(ai('    aiActRisk: prohibited\n'), 'ai/risk-class'), ['system.ai.aiActRisk']);
    assert.deepEqual(argsOf(ai('    aiActRisk: prohibited\n'), 'ai/risk-class'), [{ prohibited: 'yes' }]);
  });
  it('ai/risk-class reports a chatbot classed as minimal risk, not one classed limited', () => {
    assert.deepEqual(argsOf(ai('    aiActRisk: minimal\n    interactsWithPeople: true\n'), 'ai/risk-class'), [{ chatbot: 'yes' }]);
    assert.deepEqual(ruleHits(ai('    aiActRisk: limited\n    interactsWithPeople: true\n'), 'ai/risk-class'), []);
    assert.deepEqual(argsOf(ai('    aiActRisk: minimal\n    emotionRecognition: true\n'), 'ai/risk-class'), [{ emotion: 'yes' }]);
  });
  it('ai/risk-class does not guess a class for a credit decision', () => {
    const yaml = ai('    aiActRisk: minimal\n    description: credit scoring\n    automatedDecision: {exists: true, significantEffect: true}\n');
    assert.deepEqual(ruleHits(yaml, 'ai/risk-class'), []);
  });
  it('ai/chatbot-disclosure covers emotion recognition (Art. 50(3))', () => {
    assert.deepEqual(argsOf(ai('    emotionRecognition: true\n'), 'ai/chatbot-disclosure'), [{ emotion: 'yes' }]);
    assert.deepEqual(argsOf(ai('    emotionRecognition: true\n    interactsWithPeople: true\n'), 'ai/chatbot-disclosure'), [{ chatbot: 'yes' }, { emotion: 'yes' }]);
  });
  it('ai rules stay quiet when the file says no AI is used', () => {
    const yaml = doc('system:\n  ai: {used: false, interactsWithPeople: true}\n');
    assert.deepEqual(ruleHits(yaml, 'ai/chatbot-disclosure'), []);
    assert.deepEqual(ruleHits(yaml, 'ai/risk-class'), []);
  });
});
