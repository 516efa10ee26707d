// The quick reading (src/model/plain-yaml.ts, js-yaml's events) must give exactly the data
// the yaml library's Document gives (src/model/parse.ts), or give way to it. Checked on
// every YAML file of the repository, on the plain scalars of the core schema one by one,
// and on everything parse.ts refuses with a message of its own.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { InputError } from '../../src/errors.ts';
import { parseAssessment, parseWithDocument } from '../../src/model/parse.ts';
import { plainRead } from '../../src/model/plain-yaml.ts';
import { offsetOf } from '../../src/model/locate.ts';
import { ROOT } from '../helpers/cli.ts';

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return yamlFiles(path);
    return /\.ya?ml$/.test(name) ? [path] : [];
  });
}

/** The yaml library's reading: the data, or the error parse.ts reports. */
function documentReading(text: string): { data?: unknown; error?: string } {
  try {
    return { data: parseWithDocument(text, 'x.dpia.yaml').data };
  } catch (error) {
    if (error instanceof InputError) return { error: error.message };
    throw error;
  }
}

describe('plain YAML is read as the yaml library reads it', () => {
  const files = [...yamlFiles(join(ROOT, 'examples')), ...yamlFiles(join(ROOT, 'test', 'fixtures'))];

  it('every example and fixture: the same data, or the yaml library decides', () => {
    let plain = 0;
    for (const file of files) {
      const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
      const data = plainRead(text)?.data;
      if (data === undefined) continue;
      plain++;
      assert.deepEqual(documentReading(text), { data }, relative(ROOT, file));
    }
    // Most files are plain: the quick reading is what a check of them really runs.
    assert.ok(plain > files.length * 0.8, `${plain} of ${files.length} files read plainly`);
  });

  it('every path of every plain file is placed where the Document places it, or left to the Document', () => {
    let known = 0;
    let total = 0;
    for (const file of files) {
      const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
      const plain = plainRead(text);
      if (plain === undefined) continue;
      let doc;
      try {
        doc = parseWithDocument(text, 'x.dpia.yaml').doc;
      } catch {
        continue;
      }
      // Every node, a missing key under each, and one past the end of each list.
      const paths: Array<Array<string | number>> = [];
      const walk = (value: unknown, path: Array<string | number>): void => {
        paths.push(path, [...path, 'missingKey']);
        if (Array.isArray(value)) {
          value.forEach((item, i) => walk(item, [...path, i]));
          paths.push([...path, value.length]);
        } else if (value && typeof value === 'object') {
          for (const [key, item] of Object.entries(value)) walk(item, [...path, key]);
        }
      };
      walk(plain.data, []);
      for (const path of paths) {
        total++;
        const offset = plain.offsetAt(path);
        if (offset === undefined) continue;
        known++;
        assert.equal(offset, offsetOf(doc, path), `${relative(ROOT, file)}: ${path.join('.')}`);
      }
    }
    assert.ok(known > total * 0.95, `${known} of ${total} paths placed without the Document`);
  });

  it('the examples are read plainly, and parseAssessment makes their Document only when asked', () => {
    for (const file of yamlFiles(join(ROOT, 'examples')).filter((f) => f.endsWith('.dpia.yaml'))) {
      const text = readFileSync(file, 'utf8');
      assert.ok(plainRead(text)?.data, relative(ROOT, file));
      const parsed = parseAssessment(text, file);
      assert.deepEqual(parsed.data, parseWithDocument(text, file).data);
      assert.equal(parsed.doc.contents?.range?.[0], text.search(/^[a-zA-Z]/m), 'the Document made on demand has its source ranges');
      assert.equal(parsed.doc, parsed.doc, 'made once');
    }
  });

  // The core schema's plain scalars, and strings that look like them.
  const SCALARS = [
    '1', '-1', '+1', '01', '0o17', '0O17', '017', '0x1F', '0X1f', '0b101', '1_000', '1.5', '.5', '5.', '1e3', '1E3', '1e+3',
    '-1.5e-3', '12e03', '0.1e1', '1e400', '-1e999', '.inf', '.Inf', '.INF', '-.inf', '+.inf', '.nan', '.NaN', '.NAN', '~', 'null',
    'Null', 'NULL', 'nUll', 'true', 'True', 'TRUE', 'tRue', 'false', 'yes', 'no', 'on', 'off', 'y', 'n', '2026-01-01',
    '2026-01-01T10:00:00Z', '1:20', '0.', '-0', '+0', '0x', '1.2.3', '9007199254740993', '-', '.', '+.5', '0o', '0b1', '""',
    "''", '[]', '{}', '0xFFFFFFFFFFFFFFFFFFFF', '4160833b3e0e', '6e5', '"a\\tb"', "'it''s'", '|\n  two\n  lines\n', '>-\n  folded\n  text\n\n',
    '|+\n  kept\n\n', '"\\u00e5r"', 'æøå ÆØÅ', '"multi\n  line"', 'plain\n  continued', '[a, "b]", c]', '{a: 1, b: [x, y]}',
  ];
  for (const scalar of SCALARS) {
    it(`k: ${JSON.stringify(scalar)}`, () => {
      const text = `k: ${scalar}\n`;
      const data = plainRead(text)?.data;
      if (data !== undefined) assert.deepEqual(documentReading(text), { data });
    });
  }

  // Each is refused (undefined): parse.ts reports it, or reads it in a way js-yaml may not.
  const REFUSED: Record<string, string> = {
    anchor: 'a: &x 1\nb: 2\n',
    alias: 'a: &x 1\nb: *x\n',
    tag: 'a: !!str 1\n',
    'local tag': 'a: !thing 1\n',
    'merge key': 'base: {x: 1}\nother:\n  <<: {y: 2}\n',
    '__proto__ key': '__proto__: {polluted: true}\n',
    'constructor key': 'a:\n  constructor: 1\n',
    'two documents': 'a: 1\n---\nb: 2\n',
    directive: '%YAML 1.2\n---\na: 1\n',
    'unknown directive': '%FOO bar\n---\na: 1\n',
    'flow collection over two lines': 'a: [x,\n  y]\nb: 1\n',
    'flow end on its own line': 'a: [x, y\n]\nb: 1\n',
    'flow end on the next line': 'a: [x, y\n  ]\nb: 1\n',
    'nested flow collection': 'a: [x, [y]]\n',
    'number key': '1: a\n',
    'boolean key': 'true: a\n',
    'null key': '~: a\n',
    'empty key': ': a\n',
    'collection key': '? [a, b]\n: c\n',
    'overflowing float': 'a: 1e400\n',
    'duplicate key': 'a: 1\na: 2\n',
    'list at the top': '- a\n- b\n',
    'scalar at the top': 'just text\n',
    'comment only': '# nothing\n',
    empty: '',
    'syntax error': 'a: "unclosed\n',
    'tab indent': 'a:\n\tb: 1\n',
    'long key': `${'k'.repeat(1001)}: 1\n`,
  };
  for (const [name, text] of Object.entries(REFUSED)) {
    it(`gives way to the yaml library: ${name}`, () => {
      assert.equal(plainRead(text)?.data, undefined);
    });
  }

  it('a refused file gets the error it got before', () => {
    assert.throws(() => parseAssessment('a: 1\na: 2\n', 'x.dpia.yaml'), /x\.dpia\.yaml.*"a"/s);
    assert.throws(() => parseAssessment('a: &x 1\nb: <<\n__proto__: 1\n', 'x.dpia.yaml'), InputError);
  });
});
