// package.json's engines (issue 14 point 2) promise only what every bundled package
// accepts: a Node version in our range is in each one's own range (dist/bundled-engines.json,
// written by the build from the packages esbuild put into dist/).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import semver from 'semver';
import { ROOT } from '../helpers/cli.ts';

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { engines: { node: string } };
const bundled = JSON.parse(readFileSync(join(ROOT, 'dist', 'bundled-engines.json'), 'utf8')) as Record<string, string | null>;
// Every minor line of Node from 18 to 26, at .0 and at a high patch: the edges of any range.
const VERSIONS = Array.from({ length: 9 }, (_, i) => 18 + i).flatMap((major) => Array.from({ length: 30 }, (_, minor) => [`${major}.${minor}.0`, `${major}.${minor}.99`]).flat());

describe('engines', () => {
  it('every Node version we accept is accepted by every bundled package', () => {
    const ours = pkg.engines.node;
    assert.ok(Object.keys(bundled).some((key) => key.startsWith('@inquirer/core@')), 'the bundled packages are listed');
    for (const [name, theirs] of Object.entries(bundled)) {
      if (!theirs) continue;
      const outside = VERSIONS.filter((v) => semver.satisfies(v, ours) && !semver.satisfies(v, theirs));
      assert.deepEqual(outside, [], `${name} wants ${theirs}`);
    }
  });

  it('the Node running the tests is one we accept, and 22 and 24 LTS are too', () => {
    assert.ok(semver.satisfies(process.versions.node, pkg.engines.node), process.versions.node);
    for (const lts of ['22.13.0', '24.0.0']) assert.ok(semver.satisfies(lts, pkg.engines.node), lts);
  });
});
