// A controller without a DPO (Art. 37(1) does not require one, and the file says why)
// passes `check` and gets a final privacy notice: the DPO's contact (Art. 13(1)(b),
// 14(1)(b)) and advice (Art. 35(2)) are owed only "where applicable" / "where designated".
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { parse, stringify } from 'yaml';
import { contentHash } from '../../src/model/hash.ts';
import { FIXTURES, runMain, tempDir } from '../helpers/cli.ts';
import { findingsOf } from '../helpers/rules.ts';

type Data = Record<string, any>;
const TODAY = '2025-03-01';
const COMPLETE = parse(readFileSync(join(FIXTURES, 'render', 'complete.dpia.yaml'), 'utf8')) as Data;

/** The complete fixture without its DPO, with the analysis of Art. 37(1) recorded instead. */
function withoutDpo(): Data {
  const data = structuredClone(COMPLETE);
  delete data.controller.dpo;
  data.controller.type = 'private';
  data.controller.noDpoReason = 'An electricity retailer with 60 staff, not a public authority. Our core activity is selling electricity; '
    + 'the churn score supports customer service and is ancillary, and we process no special-category or criminal-offence data. '
    + 'Reviewed by the management on 2025-01-10.';
  delete data.consultation.dpo;
  return data;
}

/** Findings as rule@path, on the content alone: sign-offs of other content would only be stale. */
function hits(data: Data): string[] {
  const content = { ...structuredClone(data), status: 'in-review', signoffs: undefined };
  return findingsOf(stringify(content), { today: TODAY }).map((f) => `${f.rule}@${f.path.join('.')}`).sort();
}

test('taking the DPO out, with the reason recorded, adds no error', () => {
  // Large-scale scoring of 120 000 customers (screening: large-scale, evaluation-scoring)
  // leaves a warning: whether it is a core activity (Art. 37(1)(b)) is for people to judge.
  const added = hits(withoutDpo()).filter((h) => !hits(COMPLETE).includes(h));
  assert.deepEqual(added, ['accountability/dpo-required@screening.criteria']);
  assert.equal(findingsOf(stringify(withoutDpo())).find((f) => f.rule === 'accountability/dpo-required')?.severity, 'warning');
});

test('taking the DPO out without a reason is an error, and the DPO rules name what is missing', () => {
  const data = withoutDpo();
  delete data.controller.noDpoReason;
  const added = hits(data).filter((h) => !hits(COMPLETE).includes(h));
  assert.deepEqual(added, ['accountability/dpo-designation@controller.noDpoReason', 'accountability/dpo-required@screening.criteria']);
});

test('a file with no DPO and a recorded reason passes check and renders a final notice', async () => {
  const { dir, cleanup } = tempDir();
  try {
    // Signed by the controller's risk owner alone: there is no DPO to sign.
    const data = withoutDpo();
    data.signoffs = [{ role: 'owner', name: 'Ola Hansen', date: '2025-02-03', version: data.version }];
    data.signoffs[0].contentHash = contentHash(data);
    const file = join(dir, 'no-dpo.dpia.yaml');
    writeFileSync(file, stringify(data));
    writeFileSync(join(dir, 'dpia.config.yaml'), 'requiredSignoffs: [owner]\n');

    const check = await runMain(['check', file, '--today', TODAY, '--format', 'json'], { cwd: dir });
    assert.equal(check.code, 0, check.stdout + check.stderr);
    assert.equal(JSON.parse(check.stdout).summary.errors, 0);

    for (const lang of ['en', 'nb'] as const) {
      for (const format of ['md', 'html']) {
        const notice = await runMain(['render', file, '--doc', 'notice', '--lang', lang, '--format', format, '--today', TODAY], { cwd: dir });
        assert.equal(notice.code, 0, notice.stderr);
        // Nothing refused; in bokmål only the warning that the (English) answers stay English.
        if (lang === 'en') assert.equal(notice.stderr, '');
        else assert.match(notice.stderr, /^dpia: [^\n]*: advarsel: vurderingen er skrevet på engelsk [^\n]*\n$/);
        // No gap, no DPO sentence and no empty "contact our DPO" fragment.
        assert.doesNotMatch(notice.stdout, /MISSING|MANGLER|⚠/);
        assert.doesNotMatch(notice.stdout, lang === 'nb' ? /personvernombud/i : /data protection officer/i);
        // The controller stays reachable.
        assert.match(notice.stdout, /privacy@example\.no/);
      }
    }
  } finally {
    cleanup();
  }
});
