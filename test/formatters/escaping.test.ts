// Every format survives hostile text in messages and file names: control characters,
// markup, percent signs, lone surrogates. The CLI goldens cover ordinary findings.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { summarise } from '../../src/formatters/describe.ts';
import { escapeData, escapeProperty, formatGithub } from '../../src/formatters/github.ts';
import { formatJunit } from '../../src/formatters/junit.ts';
import { fileUri, formatSarif } from '../../src/formatters/sarif.ts';
import { formatText } from '../../src/formatters/text.ts';
import type { FormatContext } from '../../src/formatters/types.ts';
import { RULES } from '../../src/rules/registry.ts';

const NASTY = 'a <b> & "c" \'d\' ]]> 100% x,y: z\r\nnext\u0001\u001b[31mred\u0007 \ud800 æøå';
const results = summarise([{
  file: 'dir with space/odd, name%.dpia.yaml',
  lang: 'en',
  findings: [{ rule: 'schema/unknown-key', severity: 'warning', message: NASTY, path: 'x', line: 3, column: 7, article: 'GDPR Art. 5(2)', principle: 'structure', hint: NASTY }],
}]);
const context: FormatContext = { lang: 'en', colour: false, rules: RULES, version: '0.0.0-test' };

describe('escaping in the formatters', () => {
  it('junit stays well-formed and keeps the text', () => {
    const xml = formatJunit(results, context);
    assert.equal(XMLValidator.validate(xml), true);
    const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', htmlEntities: true }).parse(xml);
    const failing = [parsed.testsuites.testsuite.testcase].flat().find((t: { failure?: unknown }) => t.failure);
    // Characters XML cannot hold (U+0001, ESC, BEL, a lone surrogate) are dropped; the rest survive.
    assert.equal(failing.failure.message, 'a <b> & "c" \'d\' ]]> 100% x,y: z\r\nnext[31mred  æøå');
  });

  it('github: properties and data escaped as the runner expects', () => {
    assert.equal(escapeData('50%\r\n'), '50%25%0D%0A');
    assert.equal(escapeProperty('a,b: 50%\n'), 'a%2Cb%3A 50%25%0A');
    const out = formatGithub(results, context);
    const lines = out.trimEnd().split('\n');
    assert.equal(lines.length, 1);
    assert.match(lines[0], /^::warning file=dir with space\/odd%2C name%25\.dpia\.yaml,line=3,col=7,title=schema\/unknown-key::/);
    assert.doesNotMatch(lines[0], /\r/);
  });

  it('sarif: a parseable log with an encoded relative URI', () => {
    const log = JSON.parse(formatSarif(results, context));
    assert.equal(log.runs[0].results[0].message.text, NASTY);
    assert.equal(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri, 'dir%20with%20space/odd%2C%20name%25.dpia.yaml');
    assert.equal(fileUri('a\\b.dpia.yaml'), 'a/b.dpia.yaml');
    assert.equal(fileUri('/abs/x y.dpia.yaml'), 'file:///abs/x%20y.dpia.yaml');
  });

  it('text: no raw control characters reach the terminal', () => {
    const out = formatText(results, context);
    assert.doesNotMatch(out.replace(/\n/g, ''), /\p{Cc}/u);
    assert.ok(out.includes('z\\r\\nnext\\x01\\x1b[31mred\\x07'));
  });

  it('same input, same bytes', () => {
    for (const format of [formatJunit, formatGithub, formatSarif, formatText]) assert.equal(format(results, context), format(results, context));
  });
});
