// update.ts in-process: a save that finds the file changed since it was read writes
// nothing; a new file never overwrites one that appeared meanwhile; a lock held by a
// live writer is waited for; the CRLF comment cause, kept from coming back.
import { strict as assert } from 'node:assert';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { parseDocument } from 'yaml';
import { loadConfig } from '../../src/config.ts';
import { InputError } from '../../src/errors.ts';
import { answersPrompter } from '../../src/interview/answers.ts';
import { SECTIONS } from '../../src/interview/catalogue.ts';
import { Interview } from '../../src/interview/runner.ts';
import { openAssessment, saveNew } from '../../src/interview/session.ts';
import { editableDocument, saveGuarded, withLockSync } from '../../src/model/update.ts';
import { EXAMPLES, tempDir } from '../helpers/cli.ts';

const LEAD = readFileSync(join(EXAMPLES, 'lead-scoring', 'lead-scoring.dpia.yaml'), 'utf8');
const { dir, cleanup } = tempDir('dpia-update-');
after(cleanup);

const changed = (error: unknown) => error instanceof InputError && /changed while dpia was writing it; nothing was written — run again/.test(error.message);

describe('a save that finds the file changed writes nothing', () => {
  it('edit: the file changed on disk while the user was answering', async () => {
    const file = join(dir, 'edit.dpia.yaml');
    writeFileSync(file, LEAD);
    const opened = openAssessment(file, 'edit.dpia.yaml');
    const theirs = `${LEAD}# added by someone else\n`;
    const answers = answersPrompter({ title: 'A new title' });
    let touched = false;
    const prompter = {
      async ask(request: Parameters<typeof answers.ask>[0]) {
        // Someone saves the file while the question is on screen.
        if (!touched) writeFileSync(file, theirs);
        touched = true;
        return answers.ask(request);
      },
    };
    const interview = new Interview({
      file, display: 'edit.dpia.yaml', doc: opened.doc, original: opened.original, lang: 'en', today: '2026-11-30', config: loadConfig(dir),
      prompter, mode: 'edit', verbose: false, colour: false, out: () => undefined,
    });
    await assert.rejects(interview.run(SECTIONS.filter((s) => s.name === 'basics')), changed);
    assert.equal(readFileSync(file, 'utf8'), theirs);
  });

  it('new: a file that appeared meanwhile is never overwritten', () => {
    const file = join(dir, 'new.dpia.yaml');
    const opened = openAssessment(file, 'new.dpia.yaml');
    assert.equal(opened.created, true);
    writeFileSync(file, 'someone: else\n');
    assert.throws(() => saveNew(file, parseDocument('id: mine\n'), 'new.dpia.yaml'), changed);
    assert.equal(readFileSync(file, 'utf8'), 'someone: else\n');
  });

  it('a guarded save writes when the bytes are those read, and then expects its own', () => {
    const file = join(dir, 'guarded.dpia.yaml');
    writeFileSync(file, 'a: 1\n');
    saveGuarded(file, 'guarded.dpia.yaml', 'a: 2\n', 'a: 1\n');
    assert.equal(readFileSync(file, 'utf8'), 'a: 2\n');
    assert.throws(() => saveGuarded(file, 'guarded.dpia.yaml', 'a: 3\n', 'a: 1\n'), changed);
    assert.equal(readFileSync(file, 'utf8'), 'a: 2\n');
  });
});

describe('the lock', () => {
  it('is released after the body, also when it throws', () => {
    const file = join(dir, 'locked.dpia.yaml');
    writeFileSync(file, 'a: 1\n');
    assert.throws(() => withLockSync(file, 'locked.dpia.yaml', () => { throw new Error('boom'); }), /boom/);
    assert.equal(withLockSync(file, 'locked.dpia.yaml', () => 42), 42);
    assert.equal(existsSync(`${file}.lock`), false);
  });

  it('a lock held by a live writer is waited for, not broken', () => {
    const file = join(dir, 'busy.dpia.yaml');
    writeFileSync(file, 'a: 1\n');
    mkdirSync(`${file}.lock`);
    // Another process holds the lock for 600 ms; our synchronous wait must outlast it.
    const other = spawn(process.execPath, ['-e', `setTimeout(() => require('fs').rmdirSync(${JSON.stringify(`${file}.lock`)}), 600)`], { stdio: 'ignore' });
    const started = Date.now();
    withLockSync(file, 'busy.dpia.yaml', () => undefined);
    const waited = Date.now() - started;
    other.kill();
    assert.ok(waited >= 400, `took the lock after ${waited} ms`);
    assert.ok(waited < 4500, `waited ${waited} ms: as long as for a stale lock`);
  });
});

describe('CRLF: the cause of the growing \\r', () => {
  const crlf = 'a:\r\n  b: 1\r\n  # first comment line\r\n  # second\r\n  c: 2\r\n';
  it('the yaml library keeps a \\r in a comment joined from CRLF lines', () => {
    // If this starts failing, the library fixed it; editableDocument stays harmless.
    assert.match(parseDocument(crlf).toString(), /first comment line\r\n/);
  });
  it('editableDocument parses LF text, so a printed comment has no \\r', () => {
    assert.ok(!editableDocument(crlf).toString().includes('\r'));
    assert.ok(!editableDocument(`\ufeff${crlf}`).toString().includes('\ufeff'));
  });
});
