// Rules of issue 12 point 5 beyond their fixtures: consent to a public authority found
// through consentFor (so consents[] can repoint it), references checked by id, and the
// open questions' states.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { consentFor } from '../../src/rules/consent-for.ts';
import { isOpen, signedContent } from '../../src/rules/open-questions.ts';
import type { Assessment } from '../../src/model/schema.ts';
import { ruleHits } from '../helpers/rules.ts';

const AUTHORITY = 'schemaVersion: 1\nid: x\ncontroller:\n  type: public-authority\n';

test('consent/public-authority: explicit consent without any consent record is reported at the purpose', () => {
  const yaml = `${AUTHORITY}purposes:\n  - id: health\n    legalBasis: public-task\n    specialCategoryCondition: explicit-consent\n`;
  assert.deepEqual(ruleHits(yaml, 'consent/public-authority'), ['purposes.0.specialCategoryCondition']);
});

test('consent/public-authority: one finding per consent record, not per purpose', () => {
  const yaml = `${AUTHORITY}purposes:\n  - {id: a, legalBasis: consent}\n  - {id: b, legalBasis: consent}\nconsent:\n  mechanism: A form\n`;
  assert.deepEqual(ruleHits(yaml, 'consent/public-authority'), ['consents.0.freeChoice']);
});

test('consent/public-authority: silent for other controllers, and the config\'s controller type counts', () => {
  const yaml = 'schemaVersion: 1\nid: x\npurposes:\n  - {id: a, legalBasis: consent}\nconsent:\n  mechanism: A form\n';
  assert.deepEqual(ruleHits(yaml, 'consent/public-authority'), []);
  assert.deepEqual(ruleHits(yaml.replace('id: x\n', 'id: x\ncontroller: {type: publicly-owned}\n'), 'consent/public-authority'), []);
  assert.deepEqual(ruleHits(yaml, 'consent/public-authority', { config: { root: '.', controller: { type: 'public-authority' } } }), ['consents.0.freeChoice']);
});

test('consentFor: the first consent that lists the purpose, with its path; none without a purpose or a covering consent', () => {
  const data = { purposes: [{ id: 'a' }, { id: 'b' }], consents: [{ id: 'c1', purposes: ['b'] }, { id: 'c2', purposes: ['a', 'b'], mechanism: 'A form' }] } as Assessment;
  assert.deepEqual(consentFor(data, 0), { consent: { id: 'c2', purposes: ['a', 'b'], mechanism: 'A form' }, path: ['consents', 1] });
  assert.deepEqual(consentFor(data, 1)?.path, ['consents', 0]);
  assert.equal(consentFor(data, 2), undefined);
  assert.equal(consentFor({ purposes: [{ id: 'a' }] } as Assessment, 0), undefined);
});

test('ref/unknown and ref/duplicate-id cover references, open questions and the dialogue', () => {
  const yaml = [
    'schemaVersion: 1', 'id: x',
    'references:', '  - {id: lia, title: LIA}', '  - {id: lia, title: Again}',
    'openQuestions:', '  - {id: q, references: [lia, lai]}', '  - {id: q}',
    'consultation:', '  authority:', '    dialogue:', '      - {id: d, references: [nope]}', '      - {id: d}',
  ].join('\n');
  assert.deepEqual(ruleHits(yaml, 'ref/unknown'), ['consultation.authority.dialogue.0.references.0', 'openQuestions.0.references.1']);
  assert.deepEqual(ruleHits(yaml, 'ref/duplicate-id'), ['consultation.authority.dialogue.1.id', 'openQuestions.1.id', 'references.1.id']);
});

test('an open question: marked open, or without status and answer; signed content: approved, or signed for this version', () => {
  assert.equal(isOpen({ status: 'open', answer: 'x' }), true);
  assert.equal(isOpen({}), true);
  assert.equal(isOpen({ answer: 'Yes, by law' }), false);
  assert.equal(isOpen({ status: 'answered' }), false);
  assert.equal(signedContent({ status: 'approved' } as Assessment), true);
  assert.equal(signedContent({ version: '1.1', signoffs: [{ role: 'dpo', version: '1.0' }] } as Assessment), false);
  assert.equal(signedContent({ version: '1.1', signoffs: [{ role: 'dpo', version: '1.1' }] } as Assessment), true);
});

test('accountability/open-question-overdue: an answered question is never overdue; the due day itself is not late', () => {
  const yaml = 'schemaVersion: 1\nid: x\nopenQuestions:\n  - {id: a, due: 2026-06-14, status: answered, answer: Yes}\n  - {id: b, due: 2026-06-15}\n  - {id: c, due: 2026-06-14}\n';
  assert.deepEqual(ruleHits(yaml, 'accountability/open-question-overdue', { today: '2026-06-15' }), ['openQuestions.2.due']);
});
