// The package as users get it (issue 14 point 1): `npm pack`, installed into an empty
// project with no network, runs `check` and `render` from node_modules/.bin. Everything it
// needs is bundled, so it installs no dependencies; it ships its licence and the licences
// of the bundled code.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { ROOT, tempDir } from '../helpers/cli.ts';

describe('the packed package', { timeout: 180_000 }, () => {
  const { dir, cleanup } = tempDir('dpia-pack-');
  after(cleanup);
  const npm = (args: string[], cwd: string) => execFileSync('npm', args, { cwd, encoding: 'utf8', env: { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' } });

  it('installs offline into an empty project and checks and renders there', () => {
    // dist/ is built by npm test before the tests run; packing does not build it again.
    const packed = JSON.parse(npm(['pack', '--json', '--ignore-scripts', '--pack-destination', dir], ROOT)) as [{ filename: string; files: { path: string }[] }];
    const files = packed[0].files.map((f) => f.path);
    for (const needed of ['LICENSE', 'README.md', 'package.json', 'bin/dpia.js', 'dist/cli.cjs', 'dist/THIRD-PARTY-LICENSES.txt', 'schema/dpia.schema.json', 'schema/dpia.config.schema.json']) assert.ok(files.includes(needed), needed);
    assert.ok(!files.some((f) => f.startsWith('src/') || f.startsWith('test/')), 'no sources or tests');

    const app = join(dir, 'app');
    execFileSync('mkdir', [app]);
    writeFileSync(join(app, 'package.json'), '{"name":"crm","version":"1.0.0","private":true}\n');
    npm(['install', '--offline', '--ignore-scripts', join(dir, packed[0].filename)], app);
    assert.deepEqual(readdirSync(join(app, 'node_modules')).filter((n) => !n.startsWith('.')), ['dpia'], 'no dependency is installed');

    copyFileSync(join(ROOT, 'examples', 'lead-scoring', 'lead-scoring.dpia.yaml'), join(app, 'lead-scoring.dpia.yaml'));
    const bin = join(app, 'node_modules', '.bin', 'dpia');
    const check = spawnSync(bin, ['check', 'lead-scoring.dpia.yaml', '--today', '2026-11-30'], { cwd: app, encoding: 'utf8' });
    assert.equal(check.status, 0, check.stderr);
    assert.match(check.stdout, /1 file checked, no findings/);
    const render = spawnSync(bin, ['render', 'lead-scoring.dpia.yaml', '-f', 'html', '-o', 'report.html', '--today', '2026-11-30'], { cwd: app, encoding: 'utf8' });
    assert.equal(render.status, 0, render.stderr);
    assert.match(readFileSync(join(app, 'report.html'), 'utf8'), /^<!DOCTYPE html>/);
    const licences = readFileSync(join(app, 'node_modules', 'dpia', 'dist', 'THIRD-PARTY-LICENSES.txt'), 'utf8');
    for (const bundled of ['yaml@', 'handlebars@', 'commander@', 'marked@']) assert.ok(licences.includes(`\n${bundled}`), bundled);
  });
});
