// The notice's Art. 21(1) paragraph promises what the file records: "we then stop" where
// every purpose it covers records that an objection always ends it, and otherwise the
// law's reservation (compelling legitimate grounds, legal claims).
import { strict as assert } from 'node:assert';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { it } from 'node:test';
import { EXAMPLES, runMain, tempDir } from '../helpers/cli.ts';

const LEAD_SCORING = join(EXAMPLES, 'lead-scoring', 'lead-scoring.dpia.yaml');

it('the notice promises an unconditional stop only where the file records alwaysStops for every purpose', async () => {
  const { dir, cleanup } = tempDir();
  try {
    const always = await runMain(['render', LEAD_SCORING, '--doc', 'notice', '--today', '2026-12-01']);
    assert.equal(always.code, 0, always.stderr);
    assert.match(always.stdout, /This covers: Train and evaluate the scoring model and Monitor the model for bias\. We then stop\.\n/);
    // The bias-test purpose no longer records that an objection always ends it.
    const text = readFileSync(LEAD_SCORING, 'utf8').replace(
      "      effect: The lead's first name is left out of the gender estimate in every later evaluation job.\n      alwaysStops: true\n",
      "      effect: The lead's first name is left out of the gender estimate in every later evaluation job.\n");
    assert.notEqual(text, readFileSync(LEAD_SCORING, 'utf8'), 'the example changed its wording; update this test');
    const file = join(dir, 'lead-scoring.dpia.yaml');
    writeFileSync(file, text);
    const reserved = await runMain(['render', file, '--doc', 'notice', '--today', '2026-12-01', '--draft']);
    assert.equal(reserved.code, 0, reserved.stderr);
    assert.match(reserved.stdout, /We then stop, unless we can show compelling legitimate grounds/);
  } finally {
    cleanup();
  }
});
