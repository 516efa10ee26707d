// What the print stylesheet relies on in the markup: the document's title as a CSS string
// for the running head, and links whose words are not their address marked for print.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { markdownToHtml } from '../../src/render/markdown.ts';
import { cssString } from '../../src/render/templates.ts';

test('cssString makes any text one CSS string that cannot end itself or the style element', () => {
  assert.equal(cssString('Privacy notice: Lead scoring'), '"Privacy notice: Lead scoring"');
  assert.equal(cssString('Vera – KI-assistent «på» norsk'), '"Vera – KI-assistent «på» norsk"');
  assert.equal(cssString('a "b" \\ c'), '"a \\22 b\\22  \\5c  c"');
  assert.equal(cssString('</style><script>x</script>'), '"\\3c /style\\3e \\3c script\\3e x\\3c /script\\3e "');
  assert.equal(cssString('one\ntwo\u0000'), '"one\\a two\\0 "');
  assert.equal(cssString('R&D'), '"R\\26 D"');
});

test('a web or e-mail link whose words are not its address is marked to print the address', () => {
  const { html } = markdownToHtml([
    'Read [our policy](https://kvarts.example/privacy) or <https://kvarts.example/privacy>,',
    '[www.datatilsynet.no](http://www.datatilsynet.no/), <personvern@kvarts.example>,',
    '[write to us](mailto:personvern@kvarts.example) or see [below](#s-rights).',
  ].join('\n'));
  assert.match(html, /<a class="print-url" href="https:\/\/kvarts\.example\/privacy">our policy<\/a>/);
  assert.match(html, /<a href="https:\/\/kvarts\.example\/privacy">https:\/\/kvarts\.example\/privacy<\/a>/);
  assert.match(html, /<a href="http:\/\/www\.datatilsynet\.no\/">www\.datatilsynet\.no<\/a>/);
  assert.match(html, /<a href="mailto:personvern@kvarts\.example">personvern@kvarts\.example<\/a>/);
  assert.match(html, /<a class="print-url" href="mailto:personvern@kvarts\.example">write to us<\/a>/);
  assert.match(html, /<a href="#s-rights">below<\/a>/);
});

test('the sanitiser keeps no other class on a link', () => {
  const { html } = markdownToHtml('<a class="print-url evil" href="https://x.example">x</a>');
  assert.doesNotMatch(html, /evil/);
});
