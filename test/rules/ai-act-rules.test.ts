// The ai-act/* rules: each fires only where its duty applies (a high-risk deployer, the
// scope of Art. 27, decisions with significant effect), and the group can be set to warn.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { findingsOf, ruleHits } from '../helpers/rules.ts';

const ai = (fields: string, top = '') => `schemaVersion: 1\nid: t\n${top}system:\n  ai:\n    used: true\n${fields}`;
const ids = (yaml: string, config = {}) => [...new Set(findingsOf(yaml, { config }).map((f) => f.rule).filter((r) => r.startsWith('ai-act/')))].sort();

describe('ai-act rules', () => {
  it('a system outside the Act, or no AI, gets no ai-act finding', () => {
    assert.deepEqual(ids(ai('    aiActRisk: none\n')), []);
    assert.deepEqual(ids('schemaVersion: 1\nid: t\nsystem:\n  ai: {used: false}\n'), []);
  });
  it('any AI system gets Art. 4 and Art. 5; only a high-risk one gets Art. 26', () => {
    assert.deepEqual(ids(ai('    aiActRisk: not-high\n')), ['ai-act/literacy', 'ai-act/prohibited-practices']);
    assert.deepEqual(ids(ai('    aiActRisk: minimal\n')), ['ai-act/literacy', 'ai-act/prohibited-practices']);
    assert.deepEqual(ids(ai('    aiActRisk: high\n    aiAct: {role: deployer}\n')), ['ai-act/deployer-duties', 'ai-act/literacy', 'ai-act/logs', 'ai-act/prohibited-practices']);
  });
  it('a high-risk system without a role is asked for it; a provider gets no deployer duties', () => {
    assert.deepEqual(ruleHits(ai('    aiActRisk: high\n'), 'ai-act/deployer-duties'), ['system.ai.aiAct.role']);
    assert.deepEqual(ruleHits(ai('    aiActRisk: high\n    aiAct: {role: provider}\n'), 'ai-act/deployer-duties'), []);
    assert.deepEqual(ruleHits(ai('    aiActRisk: high\n    aiAct: {role: provider}\n'), 'ai-act/logs'), []);
  });
  it('a practice found present, or unclear, is reported at its conclusion', () => {
    const yaml = ai('    aiActRisk: not-high\n    aiAct:\n      practices:\n        manipulation: {conclusion: present, reasoning: countdown offers}\n        vulnerabilities: {conclusion: unclear, reasoning: not settled}\n');
    const args = findingsOf(yaml).filter((f) => f.rule === 'ai-act/prohibited-practices').map((f) => f.args);
    assert.deepEqual(args, [{ manipulation: 'yes', present: 'yes' }, { vulnerabilities: 'yes', unclear: 'yes' }]);
  });
  it('logs: six months pass, a shorter or missing period does not', () => {
    const logs = (retention: string) => ai(`    aiActRisk: high\n    aiAct:\n      role: deployer\n      deployer: {logRetention: ${retention}}\n`);
    assert.deepEqual(ruleHits(logs('P6M'), 'ai-act/logs'), []);
    assert.deepEqual(ruleHits(logs('P2Y'), 'ai-act/logs'), []);
    assert.deepEqual(ruleHits(logs('P5M'), 'ai-act/logs'), ['system.ai.aiAct.deployer.logRetention']);
    assert.deepEqual(ruleHits(ai('    aiActRisk: high\n    aiAct: {role: deployer}\n'), 'ai-act/logs'), ['system.ai.aiAct.deployer.logRetention']);
  });
  it('fria applies to Annex III 5(b) and 5(c), public authorities and public services, not to a private employer or point 2', () => {
    const fria = (points: string, top = '', extra = '') => ruleHits(ai(`    aiActRisk: high\n    annexIII: [${points}]\n    aiAct:\n      role: deployer\n${extra}`, top), 'ai-act/fria').length > 0;
    assert.equal(fria('5(b)'), true);
    assert.equal(fria('5 (c)'), true);
    assert.equal(fria('4(a)'), false);
    assert.equal(fria('4(a)', 'controller: {type: public-authority}\n'), true);
    assert.equal(fria('4(a)', '', '      publicService: true\n'), true);
    assert.equal(fria("'2(a)'", 'controller: {type: public-authority}\n'), false);
    assert.equal(fria('4(a)', 'controller: {type: publicly-owned}\n'), false);
  });
  it('fria reads the controller type from dpia.config.yaml too', () => {
    const yaml = ai('    aiActRisk: high\n    annexIII: [4(a)]\n    aiAct: {role: deployer}\n');
    assert.ok(findingsOf(yaml, { config: { controller: { type: 'public-authority' } } }).some((f) => f.rule === 'ai-act/fria'));
  });
  it('26(11) and Art. 86 only where decisions about people are made', () => {
    const base = '    aiActRisk: high\n    annexIII: [5(b)]\n    aiAct: {role: deployer}\n';
    assert.deepEqual(ruleHits(ai(base), 'ai-act/explanation'), []);
    assert.ok(!ruleHits(ai(base), 'ai-act/deployer-duties').includes('system.ai.aiAct.deployer.informAffected'));
    const deciding = base + '    decisionSupport: {exists: true, significantEffect: false}\n';
    assert.ok(ruleHits(ai(deciding), 'ai-act/deployer-duties').includes('system.ai.aiAct.deployer.informAffected'));
    assert.deepEqual(ruleHits(ai(deciding), 'ai-act/explanation'), []);
  });
  it("the config sets the whole group to warn with 'ai-act/*'", () => {
    const yaml = ai('    aiActRisk: high\n    aiAct: {role: deployer}\n');
    const findings = findingsOf(yaml, { config: { rules: { 'ai-act/*': 'warn' } } }).filter((f) => f.rule.startsWith('ai-act/'));
    assert.ok(findings.length > 0);
    assert.ok(findings.every((f) => f.severity === 'warning'));
  });
});
