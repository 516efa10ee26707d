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
  it('fairness/human-review is quiet for output a customer may simply ignore', () => {
    const yaml = doc('system:\n  ai:\n    used: true\n    automatedDecision: {exists: false}\n    decisionSupport: {exists: false}\n');
    assert.deepEqual(ruleHits(yaml, 'fairness/human-review'), []);
  });
  it('fairness/human-review counts the person who decides from the output, and leaves a missing one to ai/decision-support', () => {
    const support = (decidedBy: string) => doc(`system:\n  ai:\n    used: true\n    automatedDecision: {exists: false}\n    decisionSupport: {exists: true${decidedBy}}\n`);
    assert.deepEqual(ruleHits(support(', decidedBy: Caseworkers decide and may depart from the score'), 'fairness/human-review'), []);
    assert.deepEqual(ruleHits(support(''), 'fairness/human-review'), []);
    assert.deepEqual(ruleHits(support(''), 'ai/decision-support'), ['system.ai.decisionSupport.decidedBy', 'system.ai.decisionSupport.departure', 'system.ai.decisionSupport.understanding']);
  });
  it('fairness/human-review: oversight or a deciding person does not give the right to human intervention in a significant decision', () => {
    const decision = (significant: boolean) => doc(`system:\n  ai:\n    used: true\n    humanOversight: Analysts monitor the model weekly and can switch it off\n    automatedDecision: {exists: true, significantEffect: ${significant}, exception: contract}\n`
      + '    decisionSupport: {exists: true, decidedBy: Credit officers decide the limit of business customers}\n');
    assert.deepEqual(ruleHits(decision(false), 'fairness/human-review'), []);
    assert.deepEqual(ruleHits(decision(true), 'fairness/human-review'), ['fairness.humanReview']);
    const law = doc('system:\n  ai:\n    automatedDecision: {exists: true, significantEffect: true, exception: law}\n');
    assert.deepEqual(argsOf(law, 'fairness/human-review'), [{ law: 'yes' }]);
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
  it('ai/risk-class reads limited and minimal as not-high: Art. 50 applies on top of any class (Art. 50(6))', () => {
    assert.deepEqual(ruleHits(ai('    aiActRisk: minimal\n    interactsWithPeople: true\n'), 'ai/risk-class'), []);
    assert.deepEqual(ruleHits(ai('    aiActRisk: limited\n    interactsWithPeople: true\n'), 'ai/risk-class'), []);
    assert.deepEqual(argsOf(ai('    aiActRisk: minimal\n    emotionRecognition: true\n'), 'ai/risk-class'), [{ emotion: 'yes' }]);
    assert.deepEqual(ruleHits(ai('    aiActRisk: not-high\n    emotionRecognition: true\n    aiActRationale: Art. 6(3) applies, see the memo\n'), 'ai/risk-class'), []);
  });
  it('ai/risk-class leaves the duties of a high-risk system to the ai-act rules', () => {
    assert.deepEqual(ruleHits(ai('    aiActRisk: high\n'), 'ai/risk-class'), []);
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

describe('Art. 22 and decision support rules', () => {
  const decision = (fields: string, rest = '') => doc(`system:\n  ai:\n    used: true\n    automatedDecision: {exists: true${fields}}\n${rest}`);
  it('legal-basis/automated-decision asks for the effect, then the exception, then for (b) the law and its safeguards', () => {
    assert.deepEqual(ruleHits(decision(''), 'legal-basis/automated-decision'), ['system.ai.automatedDecision.significantEffect']);
    assert.deepEqual(ruleHits(decision(', significantEffect: false'), 'legal-basis/automated-decision'), []);
    assert.deepEqual(ruleHits(decision(', significantEffect: true'), 'legal-basis/automated-decision'), ['system.ai.automatedDecision.exception']);
    assert.deepEqual(ruleHits(decision(', significantEffect: true, exception: law'), 'legal-basis/automated-decision'),
      ['system.ai.automatedDecision.law', 'system.ai.automatedDecision.safeguards']);
    // The Art. 22(3) safeguards for (a) and (c) are fairness/human-review's and fairness/contest's.
    assert.deepEqual(ruleHits(decision(', significantEffect: true, exception: contract'), 'legal-basis/automated-decision'), []);
    assert.deepEqual(ruleHits(doc('system:\n  ai:\n    used: true\n    automatedDecision: {exists: false}\n'), 'legal-basis/automated-decision'), []);
  });
  it('the consent rules apply where the only consent is the Art. 22(2)(c) exception', () => {
    const yaml = decision(', significantEffect: true, exception: explicit-consent', 'purposes:\n  - id: credit\n    legalBasis: contract\n');
    // No consent recorded at all: consent/required says so once, at `consents`.
    assert.deepEqual(ruleHits(yaml, 'consent/required'), ['consents']);
    assert.equal(argsOf(yaml, 'consent/required')[0]?.automated, 'yes');
    // A consent recorded without its explicit form: consent/explicit asks for it there.
    const recorded = `${yaml}consents:\n  - id: decision\n    mechanism: A separate tick box before the credit check\n`;
    assert.deepEqual(ruleHits(recorded, 'consent/required'), []);
    assert.deepEqual(ruleHits(recorded, 'consent/explicit'), ['consents.0.explicit']);
  });
  it('legal-basis/automated-decision-special asks which categories the decision uses only where the file holds special categories', () => {
    const special = 'dataCategories:\n  - {id: health, special: true, purposes: [p]}\npurposes:\n  - {id: p, legalBasis: contract, specialCategoryCondition: substantial-public-interest}\n';
    assert.deepEqual(ruleHits(decision(', significantEffect: true, exception: contract', special), 'legal-basis/automated-decision-special'), ['system.ai.automatedDecision.categories']);
    assert.deepEqual(ruleHits(decision(', significantEffect: true, exception: contract', 'dataCategories:\n  - {id: usage}\n'), 'legal-basis/automated-decision-special'), []);
    // An empty list is an answer: the decision uses none of the categories.
    assert.deepEqual(ruleHits(decision(', significantEffect: true, exception: contract, categories: []', special), 'legal-basis/automated-decision-special'), []);
    // 9(2)(g) with safeguards is allowed; without them, the safeguards are missing.
    assert.deepEqual(ruleHits(decision(', significantEffect: true, exception: contract, categories: [health], safeguards: A person reviews every refusal', special), 'legal-basis/automated-decision-special'), []);
    assert.deepEqual(ruleHits(decision(', significantEffect: true, exception: contract, categories: [health]', special), 'legal-basis/automated-decision-special'), ['system.ai.automatedDecision.safeguards']);
    // Under (b) the missing safeguards are legal-basis/automated-decision's finding, not a second one.
    const law = decision(', significantEffect: true, exception: law, law: Example Act § 3, categories: [health]', special);
    assert.deepEqual(ruleHits(law, 'legal-basis/automated-decision-special'), []);
    assert.deepEqual(ruleHits(law, 'legal-basis/automated-decision'), ['system.ai.automatedDecision.safeguards']);
    // Not a significant decision: Art. 22(4) does not apply.
    assert.deepEqual(ruleHits(decision(', significantEffect: false', special), 'legal-basis/automated-decision-special'), []);
  });
  it('ai/decision-support asks what the output is used for until both questions are answered', () => {
    const ai = (fields: string) => doc(`system:\n  ai:\n    used: true\n${fields}`);
    assert.deepEqual(ruleHits(ai(''), 'ai/decision-support'), ['system.ai.decisionSupport.exists']);
    assert.deepEqual(argsOf(ai(''), 'ai/decision-support'), [{ unknown: 'yes', noAutomated: 'yes', noSupport: 'yes', both: 'yes' }]);
    assert.deepEqual(ruleHits(ai('    automatedDecision: {exists: false}\n'), 'ai/decision-support'), ['system.ai.decisionSupport.exists']);
    assert.deepEqual(ruleHits(ai('    decisionSupport: {exists: false}\n'), 'ai/decision-support'), ['system.ai.automatedDecision.exists']);
    assert.deepEqual(ruleHits(ai('    automatedDecision: {exists: false}\n    decisionSupport: {exists: false}\n'), 'ai/decision-support'), []);
    assert.deepEqual(ruleHits(ai('    automatedDecision: {exists: true, significantEffect: false}\n'), 'ai/decision-support'), []);
    assert.deepEqual(ruleHits(doc('system:\n  ai: {used: false}\n'), 'ai/decision-support'), []);
  });
});
