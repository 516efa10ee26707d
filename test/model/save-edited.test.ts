// Saving an edited document keeps the user's formatting outside the edit, and a no-op
// edit leaves the text byte-identical.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseDocument } from 'yaml';
import { mergeLines } from '../../src/model/line-merge.ts';
import { renderEdited } from '../../src/model/save-edited.ts';
import { setIn } from '../../src/model/write.ts';

const ORIGINAL = `# Lead scoring
schemaVersion: 1
id: crm-lead-scoring   # keep this comment where it is
version: '1.0'
title:    Odd   spacing kept
purposes:
- id: a
  description: {text: flow map,   spaced: oddly}
x-team: payments
status: draft
history:
  - version: '1.0'
    summary: First
`;

describe('save-edited', () => {
  it('a no-op edit gives back the original text byte for byte', () => {
    const doc = parseDocument(ORIGINAL);
    setIn(doc, ['version'], '1.0');
    setIn(doc, ['status'], 'draft');
    assert.equal(renderEdited(ORIGINAL, doc), ORIGINAL);
    assert.equal(renderEdited(ORIGINAL, parseDocument(ORIGINAL)), ORIGINAL);
  });

  it('changes only the edited lines and keeps odd formatting, comments and unknown keys elsewhere', () => {
    const doc = parseDocument(ORIGINAL);
    setIn(doc, ['version'], '1.1');
    setIn(doc, ['status'], 'approved');
    setIn(doc, ['history', 1], { version: '1.1', summary: 'Second' });
    const expected = ORIGINAL.replace("version: '1.0'\ntitle", "version: '1.1'\ntitle").replace('status: draft', 'status: approved')
      + '  - version: "1.1"\n    summary: Second\n';
    assert.equal(renderEdited(ORIGINAL, doc), expected);
  });

  it('keeps a byte-order mark and CRLF line ends', () => {
    const crlf = `\ufeff${ORIGINAL.replace(/\n/g, '\r\n')}`;
    const doc = parseDocument(ORIGINAL);
    setIn(doc, ['status'], 'in-review');
    assert.equal(renderEdited(crlf, doc), crlf.replace('status: draft', 'status: in-review'));
  });

  it('refuses to merge where an edit meets lines the user formatted differently', () => {
    assert.equal(mergeLines('a\nb\nc', 'a\nB \nc', 'a\nx\nc'), undefined);
    assert.equal(mergeLines('a\nb\nc', 'A\nb\nc', 'a\nb\nx\nc'), 'A\nb\nx\nc');
  });
});
