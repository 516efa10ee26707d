import assert from 'node:assert/strict';
import { test } from 'node:test';
import { articleRef, bandName, endSentence, formatDate, formatDuration, joinList, levelName } from '../../src/render/helpers.ts';
import { placements, riskMatrixMarkdown, riskMatrixSvg } from '../../src/render/risk-matrix.ts';

test('durations in words', () => {
  assert.equal(formatDuration('P2Y', 'en'), '2 years');
  assert.equal(formatDuration('P2Y', 'nb'), '2 år');
  assert.equal(formatDuration('P1Y6M', 'en'), '1 year and 6 months');
  assert.equal(formatDuration('P1Y6M', 'nb'), '1 år og 6 måneder');
  assert.equal(formatDuration('P30D', 'nb'), '30 dager');
  assert.equal(formatDuration('P1W', 'en'), '1 week');
  assert.equal(formatDuration('PT12H', 'nb'), '12 timer');
  assert.equal(formatDuration('two years', 'en'), 'two years');
});

test('an answer typed without a full stop still ends its sentence', () => {
  assert.equal(endSentence('We score leads'), 'We score leads.');
  assert.equal(endSentence('We score leads.'), 'We score leads.');
  assert.equal(endSentence('Do we? '), 'Do we?');
  assert.equal(endSentence('(see the contract.)'), '(see the contract.)');
  assert.equal(endSentence('Se «vilkårene»'), 'Se «vilkårene».');
  assert.equal(endSentence(''), '');
});

test('dates in words', () => {
  assert.equal(formatDate('2025-02-03', 'en'), '3 February 2025');
  assert.equal(formatDate('2025-02-03', 'nb'), '3. februar 2025');
  assert.equal(formatDate('soon', 'en'), 'soon');
});

test('risk levels and bands', () => {
  assert.deepEqual([1, 2, 3, 4].map((l) => levelName(l, 'en')), ['negligible', 'limited', 'significant', 'maximum']);
  assert.deepEqual([1, 2, 3, 4].map((l) => levelName(l, 'nb')), ['ubetydelig', 'begrenset', 'betydelig', 'maksimal']);
  assert.equal(bandName(1, 3, 'en'), 'low');
  assert.equal(bandName(2, 2, 'nb'), 'middels');
  assert.equal(bandName(3, 3, 'nb'), 'høy');
  assert.equal(levelName(5, 'en'), '');
});

test('article references', () => {
  assert.equal(articleRef('13(1)(b)', 'en'), 'GDPR Art. 13(1)(b)');
  assert.equal(articleRef('Art. 35(7)(a)', 'nb'), 'personvernforordningen art. 35 nr. 7 bokstav a');
  assert.equal(articleRef('50(1)', 'nb', 'ai'), 'KI-forordningen art. 50 nr. 1');
  assert.equal(articleRef('22', 'en'), 'GDPR Art. 22');
});

test('lists', () => {
  assert.equal(joinList(['a', 'b', 'c'], 'en'), 'a, b and c');
  assert.equal(joinList(['a', 'b'], 'nb'), 'a og b');
  assert.equal(joinList(['a'], 'nb'), 'a');
});

test('the risk matrix places risks by id before and after measures, with words as well as colour', () => {
  const risks = [{ id: 'r1', likelihood: 3, severity: 3, residual: { likelihood: 1, severity: 2 } }, { id: 'r2' }];
  assert.deepEqual(placements(risks, 'inherent'), [{ id: 'r1', likelihood: 3, severity: 3 }]);
  assert.deepEqual(placements(risks, 'residual'), [{ id: 'r1', likelihood: 1, severity: 2 }]);
  const svg = riskMatrixSvg(risks, 'inherent', 'en');
  assert.match(svg, /<svg[^>]*role="img"[^>]*aria-labelledby="matrix-inherent-title matrix-inherent-desc"/);
  assert.match(svg, /<desc id="matrix-inherent-desc">r1: likelihood 3, severity 3, high<\/desc>/);
  assert.match(svg, />high · 9</);
  assert.match(svg, /url\(#matrix-inherent-high\)/);
  const md = riskMatrixMarkdown(risks, 'residual', 'nb');
  assert.match(md, /\| \*\*2 begrenset\*\* \| \*\*r1\*\* \(lav · 2\) \|/);
});
