// Template lint: inside a block whose context is an item ({{#each}}, {{#with}}), a bare
// {{name}} whose name is a helper calls the helper instead of reading the item's field
// (every finding of a draft report printed "(Art. )" because {{article}} called the
// article helper; the draft notice's gap list lost its names to {{label}}). Handlebars
// resolves a mustache or block without arguments as a helper first, so such a name must
// be written {{this.name}}. Parsed with Handlebars' own parser, every template and partial.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import Handlebars from 'handlebars';
import { createHelpers } from '../../src/render/helpers.ts';
import { ROOT } from '../helpers/cli.ts';

const TEMPLATES = join(ROOT, 'templates');

/** Every helper a template can call: ours (helpers.ts and templates.ts) and Handlebars' built-ins. */
function helperNames(): Set<string> {
  const ours = Object.keys(createHelpers({ lang: 'en', format: 'md' }));
  const registered = [...readFileSync(join(ROOT, 'src', 'render', 'templates.ts'), 'utf8').matchAll(/registerHelper\(\s*'([^']+)'/g)].map((m) => m[1]);
  const builtIn = Object.keys(Handlebars.create().helpers);
  return new Set([...ours, ...registered, ...builtIn]);
}

/** Blocks that give their body an item as context. */
const ITEM_BLOCKS = new Set(['each', 'with']);

export interface LintHit {
  line: number;
  name: string;
  how: string;
}

/** A path written as a plain name: not `this.x`, `./x`, `@data` or `../x`. */
function plainName(path: hbs.AST.PathExpression | hbs.AST.Literal | hbs.AST.SubExpression): string | undefined {
  if (path.type !== 'PathExpression') return undefined;
  const p = path as hbs.AST.PathExpression;
  if (p.data || p.depth > 0 || /^(this\b|\.\/|\.\.\/)/.test(p.original)) return undefined;
  return p.parts.length === 1 ? p.parts[0] : undefined;
}

/** The head of a path (`article` of `article.text`), where it is a plain path. */
function pathHead(path: hbs.AST.PathExpression): string | undefined {
  if (path.data || path.depth > 0 || /^(this\b|\.\/|\.\.\/)/.test(path.original)) return undefined;
  return path.parts[0];
}

/** The helper names a template uses as item fields inside an item block. */
export function lintTemplate(source: string, helpers: ReadonlySet<string>): LintHit[] {
  const hits: LintHit[] = [];
  const visit = (node: hbs.AST.Node | undefined | null, inItem: boolean): void => {
    if (!node) return;
    switch (node.type) {
      case 'Program':
        for (const statement of (node as hbs.AST.Program).body) visit(statement, inItem);
        return;
      case 'MustacheStatement':
      case 'BlockStatement': {
        const call = node as hbs.AST.MustacheStatement | hbs.AST.BlockStatement;
        const bare = call.params.length === 0 && !call.hash;
        const name = plainName(call.path);
        // {{article}} / {{#label}}…{{/label}}: a call of the helper, not the item's field.
        if (inItem && bare && name && helpers.has(name)) hits.push({ line: call.loc.start.line, name, how: node.type === 'BlockStatement' ? `{{#${name}}}` : `{{${name}}}` });
        // {{article.text}}: Handlebars reads the field, but the reader of the template sees the helper; write {{this.article.text}}.
        if (inItem && call.path.type === 'PathExpression') {
          const path = call.path as hbs.AST.PathExpression;
          const head = pathHead(path);
          if (path.parts.length > 1 && head && helpers.has(head)) hits.push({ line: call.loc.start.line, name: head, how: `{{${path.original}}}` });
        }
        // Arguments ({{cell date}}, {{#if label}}) are always looked up in the context, never called: they read the field.
        for (const param of [...call.params, ...(call.hash?.pairs ?? []).map((pair) => pair.value)]) visit(param as unknown as hbs.AST.Node, inItem);
        if (node.type === 'BlockStatement') {
          const block = node as hbs.AST.BlockStatement;
          const opens = name !== undefined && ITEM_BLOCKS.has(name);
          visit(block.program, inItem || opens);
          visit(block.inverse, inItem);
        }
        return;
      }
      case 'SubExpression': {
        const sub = node as unknown as hbs.AST.SubExpression;
        const name = plainName(sub.path);
        // (label) without arguments calls the helper too, where the item's field may be meant.
        if (inItem && sub.params.length === 0 && !sub.hash && name && helpers.has(name)) hits.push({ line: sub.loc.start.line, name, how: `(${name})` });
        for (const param of [...sub.params, ...(sub.hash?.pairs ?? []).map((pair) => pair.value)]) visit(param as unknown as hbs.AST.Node, inItem);
        return;
      }
      default:
        return;
    }
  };
  visit(Handlebars.parse(source) as unknown as hbs.AST.Program, false);
  return hits;
}

function templateFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.hbs'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

describe('template lint: no helper name stands for an item field inside a block', () => {
  const helpers = helperNames();

  it('knows the helpers: ours, those templates.ts registers and the built-ins', () => {
    for (const name of ['article', 'label', 'list', 'cell', 't', 'gap', 'toc', 'riskMatrix', 'each', 'if', 'with', 'lookup']) assert.ok(helpers.has(name), name);
  });

  it('flags {{article}} inside {{#each findings}} (the "(Art. )" bug) and accepts {{this.article}}', () => {
    assert.deepEqual(lintTemplate('{{#each findings}}{{article}}{{/each}}', helpers), [{ line: 1, name: 'article', how: '{{article}}' }]);
    assert.deepEqual(lintTemplate('{{#each findings}}({{this.article}}){{/each}}', helpers), []);
    assert.deepEqual(lintTemplate('{{#each findings}}{{./article}}{{/each}}', helpers), []);
  });

  it('flags a helper name inside a nested block of an item, in {{#with}}, as a path head and as a sub-expression without arguments', () => {
    assert.equal(lintTemplate('{{#each gaps}}\n{{#if x}}- {{label}}{{/if}}{{/each}}', helpers)[0]?.line, 2);
    assert.equal(lintTemplate('{{#with risk}}{{level}}{{/with}}', helpers).length, 1);
    assert.equal(lintTemplate('{{#each items}}{{#list}}x{{/list}}{{/each}}', helpers)[0]?.how, '{{#list}}');
    assert.equal(lintTemplate('{{#each items}}{{article.text}}{{/each}}', helpers)[0]?.how, '{{article.text}}');
    assert.equal(lintTemplate('{{#each items}}{{t "k" x=(cell (label))}}{{/each}}', helpers)[0]?.how, '(label)');
  });

  it('leaves arguments (looked up, never called), helper calls with arguments and names outside item blocks alone', () => {
    assert.deepEqual(lintTemplate('{{toc}}{{article "35(7)"}}{{#each risks}}{{label "band" band}}{{cell (list names)}}{{date date}}{{/each}}', helpers), []);
  });

  for (const file of templateFiles(TEMPLATES)) {
    it(relative(TEMPLATES, file), () => {
      const hits = lintTemplate(readFileSync(file, 'utf8'), helpers).map((hit) => `line ${hit.line}: ${hit.how} (write this.${hit.name})`);
      assert.deepEqual(hits, []);
    });
  }
});
