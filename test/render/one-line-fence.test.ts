import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { oneLine } from '../../src/render/escape.ts';
import { markdownToHtml } from '../../src/render/markdown.ts';

// A one-line answer that starts with a fence marker, rendered as its own paragraph (a
// {{sentence}} on its own line), must not open a code block that swallows what follows.
describe('oneLine and a leading fence', () => {
  for (const answer of ['~~~~ tilde', '``` backticks', '~~~']) {
    it(`"${answer}" stays a paragraph and the heading after it stays a heading`, () => {
      const { html } = markdownToHtml(`${oneLine(answer)}\n\n## After\n`);
      assert.doesNotMatch(html, /<pre|<code/);
      assert.match(html, /<h2[^>]*>After<\/h2>/);
    });
  }
  it('text that does not start with a fence is unchanged', () => {
    assert.equal(oneLine('a ~~~ b'), 'a ~~~ b');
  });
});
