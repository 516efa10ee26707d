// Issue 8, points 2, 4 and 7: the DPO only where designated (Art. 35(2), 37(1)), the
// right to object (Art. 21), joint controllers (Art. 26), data subjects' views (Art.
// 35(9)), prior consultation (Art. 36) and residual severity 4.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { ruleMessage } from '../../src/rules/words.ts';
import { RULES_BY_ID } from '../../src/rules/registry.ts';
import { findingsOf, ruleHits } from '../helpers/rules.ts';

const DPO = 'controller:\n  dpo: {name: Kari Nordmann, email: personvernombud@kvarts.example}\n';
const EMPTY = 'schemaVersion: 1\nid: x\n';

function messages(yaml: string, rule: string, lang: 'en' | 'nb' = 'en'): string[] {
  return findingsOf(yaml).filter((f) => f.rule === rule).map((f) => ruleMessage(RULES_BY_ID.get(rule)!, lang, f.args));
}

describe('the DPO, only where designated', () => {
  it('accountability/dpo asks for the advice only when a DPO is designated, in the file or in the config', () => {
    assert.deepEqual(ruleHits(EMPTY, 'accountability/dpo'), []);
    assert.deepEqual(ruleHits(EMPTY + DPO, 'accountability/dpo'), ['consultation.dpo']);
    const config = { controller: { dpo: { name: 'Kari Nordmann', email: 'dpo@example.no' } } };
    assert.deepEqual(ruleHits(EMPTY, 'accountability/dpo', { config }), ['consultation.dpo']);
  });

  it('accountability/dpo-designation wants a DPO or the reason there is none, from the file or the config', () => {
    assert.deepEqual(ruleHits(EMPTY, 'accountability/dpo-designation'), ['controller.noDpoReason']);
    assert.deepEqual(ruleHits(EMPTY + DPO, 'accountability/dpo-designation'), []);
    assert.deepEqual(ruleHits(`${EMPTY}controller:\n  noDpoReason: TODO\n`, 'accountability/dpo-designation'), ['controller.noDpoReason']);
    assert.deepEqual(ruleHits(EMPTY, 'accountability/dpo-designation', { config: { controller: { noDpoReason: 'Small software firm; no monitoring or sensitive data as a core activity' } } }), []);
  });

  it('accountability/dpo-required reads each point of Art. 37(1) from the facts', () => {
    const rule = 'accountability/dpo-required';
    assert.deepEqual(ruleHits(EMPTY, rule), []);
    // (b) needs large scale together with monitoring or scoring; either alone is not enough.
    assert.deepEqual(ruleHits(`${EMPTY}screening:\n  criteria: [evaluation-scoring]\n`, rule), []);
    assert.deepEqual(ruleHits(`${EMPTY}screening:\n  criteria: [large-scale, systematic-monitoring]\n`, rule), ['screening.criteria']);
    assert.deepEqual(ruleHits(`${EMPTY}screening:\n  art35_3: [public-monitoring-large-scale]\n`, rule), ['screening.art35_3']);
    // (c) special categories or offence data at scale.
    assert.deepEqual(ruleHits(`${EMPTY}screening:\n  art35_3: [special-categories-large-scale]\n`, rule), ['screening.art35_3']);
    const criminal = `${EMPTY}screening:\n  criteria: [large-scale]\ndataCategories:\n  - {id: convictions, criminal: true}\n`;
    assert.deepEqual(messages(criminal, rule), ['the file names no data protection officer, but it records large-scale processing of special-category or criminal-offence data (large scale; convictions); if that is a core activity, Art. 37(1)(c) requires one']);
    // (a) a public authority, with or without a reason, unless a DPO is named.
    const authority = `${EMPTY}controller:\n  type: public-authority\n  noDpoReason: None yet\n`;
    assert.deepEqual(messages(authority, rule, 'nb'), ['filen navngir ikke noe personvernombud, men registrerer den behandlingsansvarlige som offentlig myndighet, og da krever art. 37 nr. 1 bokstav a et ombud (kontroller at `controller.noDpoReason` svarer på dette)']);
    assert.deepEqual(ruleHits(`${EMPTY}controller:\n  type: public-authority\n  dpo: {name: Kari}\n`, rule), []);
  });
});

describe('the right to object', () => {
  it('transparency/objection covers Art. 6(1)(e) and (f), not the other bases', () => {
    const yaml = `${EMPTY}purposes:\n  - {id: a, legalBasis: contract}\n  - {id: b, legalBasis: consent}\n  - {id: c, legalBasis: public-task, objection: {how: Write to us}}\n`;
    assert.deepEqual(ruleHits(yaml, 'transparency/objection'), ['purposes.2.objection.effect']);
    assert.deepEqual(messages(yaml, 'transparency/objection', 'nb'), ['formålet c bygger på art. 6 nr. 1 bokstav e, men filen registrerer ikke hva som skjer når noen protesterer mot det']);
  });

  it('transparency/objection-marketing names the purpose and the profiling for it', () => {
    const yaml = `${EMPTY}purposes:\n  - {id: offers, kinds: [profiling, direct-marketing], legalBasis: legitimate-interests}\n`;
    assert.deepEqual(messages(yaml, 'transparency/objection-marketing'), ['purpose offers is direct marketing with profiling related to it, but the file does not record that an objection always stops the processing for it']);
    assert.deepEqual(ruleHits(`${EMPTY}purposes:\n  - {id: scoring, kinds: [profiling], legalBasis: legitimate-interests}\n`, 'transparency/objection-marketing'), []);
  });
});

describe('prior consultation and residual risk', () => {
  const pending = `${EMPTY}version: "1.0"\nconsultation:\n  authority: {required: true, date: 2026-03-01}\n`;

  it('accountability/consultation-pending: the DPO may advise before the outcome, the controller may not decide', () => {
    const rule = 'accountability/consultation-pending';
    assert.deepEqual(ruleHits(pending, rule), []);
    assert.deepEqual(ruleHits(`${pending}signoffs:\n  - {role: dpo, name: Kari, version: "1.0"}\n`, rule), []);
    const signed = `${pending}signoffs:\n  - {role: dpo, name: Kari, version: "1.0"}\n  - {role: risk-owner, name: Ola, version: "1.0"}\n`;
    assert.deepEqual(messages(signed, rule), ["the assessment is signed off by risk-owner before the outcome of the prior consultation: the file does not record the authority's written advice (outcome, adviceDate)"]);
    const answered = pending.replace('date: 2026-03-01}', 'date: 2026-03-01, outcome: No objections, adviceDate: 2026-04-20}');
    assert.deepEqual(ruleHits(`${answered}status: approved\n`, rule), []);
    assert.deepEqual(ruleHits(answered.replace('2026-04-20', '2026-02-20'), rule), ['consultation.authority.adviceDate']);
  });

  it('accountability/prior-consultation still wants the request where residual risk stays high', () => {
    const high = `${EMPTY}risks:\n  - {id: r, residual: {likelihood: 3, severity: 3}}\n`;
    assert.deepEqual(ruleHits(high, 'accountability/prior-consultation'), ['consultation']);
    assert.deepEqual(ruleHits(`${EMPTY}consultation:\n  authority: {required: true}\n`, 'accountability/prior-consultation'), ['consultation.authority.required']);
  });

  it('risk/residual-maximum and risk/residual-high never report the same risk', () => {
    for (const likelihood of [1, 2, 3, 4]) {
      const yaml = `${EMPTY}risks:\n  - {id: r, residual: {likelihood: ${likelihood}, severity: 4}}\n`;
      const both = findingsOf(yaml).filter((f) => f.rule.startsWith('risk/residual-')).map((f) => f.rule);
      assert.deepEqual(both, [likelihood >= 3 ? 'risk/residual-high' : 'risk/residual-maximum'], `likelihood ${likelihood}`);
    }
  });
});

describe("data subjects' views and joint controllers", () => {
  it('accountability/data-subject-views: not consulted with a reason is an answer', () => {
    const rule = 'accountability/data-subject-views';
    assert.deepEqual(ruleHits(EMPTY, rule), ['consultation.dataSubjects']);
    assert.deepEqual(ruleHits(`${EMPTY}consultation:\n  dataSubjects: {consulted: false, reason: It would reveal an unannounced product}\n`, rule), []);
    assert.deepEqual(ruleHits(`${EMPTY}consultation:\n  dataSubjects: {consulted: true, how: Panel, followed: true}\n`, rule), []);
  });

  it('accountability/joint-controller ignores processors and independent controllers', () => {
    const yaml = `${EMPTY}recipients:\n  - {id: a, name: A, role: processor}\n  - {id: b, name: B, role: controller}\n`;
    assert.deepEqual(ruleHits(yaml, 'accountability/joint-controller'), []);
  });
});
