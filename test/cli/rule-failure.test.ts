// A rule that throws is a bug in dpia, but it costs one file's result, never the run's:
// the file is named with the rule, every other file is reported as when checked alone.
import { strict as assert } from 'node:assert';
import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { TEST_CHECKS } from '../../src/rules/engine.ts';
import { EXAMPLES, runMain, tempDir } from '../helpers/cli.ts';

const TODAY = '2026-11-29';

describe('a rule that throws is reported for its file only', () => {
  const temp = tempDir();
  before(() => {
    copyFileSync(join(EXAMPLES, 'lead-scoring', 'lead-scoring.dpia.yaml'), join(temp.dir, 'a-good.dpia.yaml'));
    copyFileSync(join(EXAMPLES, 'churn-prediction', 'churn-prediction.dpia.yaml'), join(temp.dir, 'c-draft.dpia.yaml'));
    writeFileSync(join(temp.dir, 'b-boom.dpia.yaml'), 'schemaVersion: 1\nid: boom\ntitle: Boom\n');
    // purpose/vague throws on the file whose id is "boom" and nowhere else.
    TEST_CHECKS.set('purpose/vague', (ctx) => {
      if ((ctx.data as { id?: string }).id === 'boom') throw new TypeError('cannot read properties of undefined');
    });
  });
  after(() => {
    TEST_CHECKS.clear();
    temp.cleanup();
  });

  for (const format of ['json', 'text', 'sarif', 'junit', 'github']) {
    it(`--format ${format}: exit 2, one line naming file and rule, the others intact`, async () => {
      const args = ['check', '--no-cache', '--today', TODAY, '--format', format];
      const all = await runMain([...args, '.'], { cwd: temp.dir });
      assert.equal(all.code, 2, all.stderr);
      assert.equal(all.stderr, 'dpia: b-boom.dpia.yaml:1:1: could not be checked (rule purpose/vague): cannot read properties of undefined; this is a bug in dpia, please report it\n');
      assert.doesNotMatch(all.stdout, /internal error/);
      if (format === 'json') {
        const report = JSON.parse(all.stdout) as { files: { file: string; findings: unknown[]; error?: { rule?: string } }[] };
        assert.deepEqual(report.files.map((f) => f.file), ['a-good.dpia.yaml', 'b-boom.dpia.yaml', 'c-draft.dpia.yaml']);
        assert.equal(report.files[1].error?.rule, 'purpose/vague');
        for (const i of [0, 2]) {
          const alone = await runMain([...args, report.files[i].file], { cwd: temp.dir });
          assert.deepEqual(report.files[i], JSON.parse(alone.stdout).files[0], `${report.files[i].file} as when checked alone`);
        }
      } else if (format === 'text') {
        assert.match(all.stdout, /c-draft\.dpia\.yaml\n/);
        assert.match(all.stdout, /✖ 1 file could not be checked/);
      } else {
        assert.match(all.stdout, /b-boom/);
        assert.match(all.stdout, /purpose\/vague/);
      }
    });
  }
});
