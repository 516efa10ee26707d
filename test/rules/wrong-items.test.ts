// A list item of the wrong type (null, a string where the schema has a map) is reported as
// schema/invalid and the rules read the rest: no rule may throw on it. The engine hands the
// rules an empty map in its place, for every list of maps the schema has. Before, it knew
// ten of those lists by name: an assessment with `phases: [null, …]` stopped `check` with
// "could not be checked (rule purpose/collection-before-basis)" (found by test/fuzz).
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parseDocument } from 'yaml';
import { KEY_SHAPE } from '../../src/model/generated/schema-shape-data.ts';
import type { KeyShape } from '../../src/model/schema-shape.ts';
import { EXAMPLES } from '../helpers/cli.ts';
import { findingsOf } from '../helpers/rules.ts';

/** Every list of maps in the schema, by its path from the root (an item of a list as 0). */
function listsOfMaps(shape: KeyShape, path: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  if (shape === 0) return out;
  if (Array.isArray(shape)) {
    const item = (shape as readonly [KeyShape])[0];
    if (item !== 0 && !Array.isArray(item)) out.push(path);
    listsOfMaps(item, [...path, 0], out);
    return out;
  }
  for (const [key, child] of Object.entries(shape as Record<string, KeyShape>)) listsOfMaps(child, [...path, key], out);
  return out;
}

const LISTS = listsOfMaps(KEY_SHAPE);
const EXAMPLE = readFileSync(join(EXAMPLES, 'personlige-tilbud', 'personlige-tilbud.dpia.yaml'), 'utf8');

describe('a list item of the wrong type', () => {
  it('the schema has lists of maps beyond the ten the engine once named (phases among them)', () => {
    const names = LISTS.map((p) => p.join('.'));
    assert.ok(names.includes('phases'), names.join(', '));
    assert.ok(names.includes('consultation.authority.dialogue'), names.join(', '));
    assert.ok(LISTS.length >= 14, names.join(', '));
  });

  for (const path of LISTS) {
    it(`${path.join('.')}: [null, "x", …] is schema/invalid at each, and every rule runs`, () => {
      const doc = parseDocument(EXAMPLE);
      const existing = doc.getIn(path, true) as { items?: unknown[] } | undefined;
      const items = existing?.items ?? [];
      doc.setIn(path, doc.createNode([null, 'x']));
      for (const item of items) (doc.getIn(path) as { add(v: unknown): void }).add(item);
      const findings = findingsOf(doc.toString());
      const invalid = findings.filter((f) => f.rule === 'schema/invalid').map((f) => f.path.join('.'));
      assert.ok(invalid.includes(`${path.join('.')}.0`), invalid.join(', '));
      assert.ok(invalid.includes(`${path.join('.')}.1`), invalid.join(', '));
    });
  }
});
