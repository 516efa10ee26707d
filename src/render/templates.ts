// Finding, overriding and running the Handlebars templates. The bundled templates live in
// templates/ at the package root, one tree for every language: their words come from the
// documents catalogue (i18n/<lang>/documents.json) through {{t "key"}}. A folder of
// overrides (config `templates` or --templates) replaces any template or partial of the
// same name, for all languages (<dir>/...) or, as before, for one (<dir>/<lang>/...).
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type Handlebars from 'handlebars';
import HandlebarsRuntime from 'handlebars/runtime';
import { cliError, InputError, UsageError } from '../errors.ts';
import type { Lang } from '../rules/types.ts';
import { message } from '../i18n/catalogue.ts';
import { NOTICE_ELEMENTS } from '../model/notice-elements.ts';
import { createHelpers, translate } from './helpers.ts';
import { isPrecompiled, precompiled } from './precompiled.ts';
import { fairnessChartSvg, type ChartRun } from './fairness-chart.ts';
import { riskMatricesHtml, riskMatricesMarkdown, riskMatrixMarkdown, type MatrixRisk } from './risk-matrix.ts';
import { DOCX_MATRIX_MARK, DOCX_TOC_MARK } from './docx-marks.ts';

export type DocKind = 'report' | 'notice' | 'fairness';

/** The bundled templates folder: found upwards from this module (src/render or dist/chunks). */
export function bundledTemplatesDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, 'templates');
    if (existsSync(join(candidate, 'layout.html.hbs'))) return candidate;
    const parent = dirname(dir);
    if (parent === dir) throw new Error('the bundled templates folder is missing from this installation');
    dir = parent;
  }
}

/** The documents catalogue's keys that code (not a template) formats. */
const CODE_KEYS = [
  'authority.address', 'authority.name', 'authority.phone',
  'article.act.ai', 'article.act.gdpr', 'article.paragraph', 'article.point', 'article.reference',
  'article.word', 'article.recital', 'article.subparagraph.first', 'article.subparagraph.second', 'article.implementing-decision',
  'docx.page', 'docx.property.id', 'docx.property.language', 'docx.property.status', 'docx.property.version', 'docx.subject.notice', 'docx.subject.report',
  'fairness.chart-description', 'fairness.chart-title',
  'gap.missing', 'render.contents', 'render.notice-refused', 'render.other-language',
  'risk-matrix.at', 'risk-matrix.inherent', 'risk-matrix.likelihood', 'risk-matrix.none', 'risk-matrix.residual',
  'risk-matrix.severity', 'risk-matrix.title',
];

/** Every {{t "key"}} of a template's source. */
export function templateKeys(source: string): string[] {
  // {{t "key" …}} and the subexpression (t "key"), e.g. (or title (t "header.not-stated")).
  return [...source.matchAll(/(?:\{\{~?|\()\s*t\s+"([^"]+)"/g)].map((m) => m[1]);
}

/**
 * The keys of the documents catalogue that dpia uses: those of the bundled templates,
 * the notice elements' names and those code formats (article references, the risk
 * matrix, gap markers, the table of contents, render's refusal).
 */
export function usedDocumentKeys(): Set<string> {
  const keys = new Set<string>(CODE_KEYS);
  for (const element of NOTICE_ELEMENTS) keys.add(`notice-element.${element.id}`);
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.hbs')) for (const key of templateKeys(readFileSync(path, 'utf8'))) keys.add(key);
    }
  };
  walk(bundledTemplatesDir());
  return keys;
}

export interface TemplateSet {
  /** Source of the document template, the layout and every partial by name. */
  document: { name: string; source: string; file: string };
  layout: { source: string; file: string };
  partials: Map<string, { source: string; file: string }>;
  /** Handlebars with its compiler, when a template of the set is not precompiled. */
  compiler?: typeof Handlebars;
}

type Runtime = typeof Handlebars;
/** How a template is compiled: documents and partials without HTML escaping, the layout with it. */
export type TemplateKind = 'document' | 'layout';

/**
 * The key of a precompiled template: its kind and a hash of its source. scripts/build.mjs
 * precompiles every bundled template under this key, with COMPILE_OPTIONS, by calling both.
 */
export function templateKey(kind: TemplateKind, source: string): string {
  return `${kind}:${createHash('sha256').update(source).digest('hex')}`;
}

/** Handlebars' compile options per kind, at build time and at run time alike. */
export const COMPILE_OPTIONS: Record<TemplateKind, CompileOptions> = {
  // Values are escaped before they reach a template (escape.ts), so Handlebars' own
  // HTML escaping would only double-escape Markdown.
  document: { noEscape: true, strict: false },
  // The layout escapes what it is given.
  layout: { strict: false },
};

function read(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new InputError(file, cliError('error.template.cannotBeRead', { reason: (error as Error).message }));
  }
}

function partialFiles(dir: string): string[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return [];
  return readdirSync(dir).filter((f) => f.endsWith('.hbs')).sort().map((f) => join(dir, f));
}

/** The override for `rel` (a path inside a language folder), if the override folder has one. */
function override(overrides: string | undefined, lang: Lang, rel: string): string | undefined {
  if (!overrides) return undefined;
  for (const candidate of [join(overrides, lang, rel), join(overrides, rel)]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}

/**
 * The templates of a document, with the compiler loaded only if one of them is not
 * precompiled (an override, or a template edited since the build).
 */
export async function loadTemplates(doc: DocKind, lang: Lang, overrides?: string): Promise<TemplateSet> {
  if (overrides && !(existsSync(overrides) && statSync(overrides).isDirectory())) {
    throw new UsageError(cliError('error.template.noFolder', { folder: overrides }));
  }
  const bundled = bundledTemplatesDir();
  const pick = (rel: string, fallback: string) => override(overrides, lang, rel) ?? fallback;
  const docFile = pick(`${doc}.md.hbs`, join(bundled, `${doc}.md.hbs`));
  const layoutFile = pick('layout.html.hbs', join(bundled, 'layout.html.hbs'));
  const partials = new Map<string, { source: string; file: string }>();
  // Later folders win: bundled, then shared overrides, then the language's overrides.
  const folders = [join(bundled, 'partials')];
  if (overrides) folders.push(join(overrides, 'partials'), join(overrides, lang, 'partials'));
  for (const folder of folders) {
    for (const file of partialFiles(folder)) {
      partials.set(relative(folder, file).replace(/\.hbs$/, ''), { source: read(file), file });
    }
  }
  const set: TemplateSet = {
    document: { name: doc, source: read(docFile), file: docFile },
    layout: { source: read(layoutFile), file: layoutFile },
    partials,
  };
  const sources: [TemplateKind, string][] = [['document', set.document.source], ['layout', set.layout.source], ...[...partials.values()].map((p): [TemplateKind, string] => ['document', p.source])];
  if (sources.some(([kind, source]) => !isPrecompiled(templateKey(kind, source)))) {
    set.compiler = (await import('./handlebars-compiler.ts')).compiler;
  }
  return set;
}

export interface RenderContext {
  lang: Lang;
  format: 'md' | 'html';
  /** Markdown for the Word writer: the table of contents and each risk matrix announced by a marker (blocks.ts). */
  docx?: boolean;
  /** The language of the documents catalogue: `lang` unless a test asks for the pseudo-locale. */
  messages?: string;
}

/** Placeholder for the table of contents; made of characters escaped values cannot hold. */
export const TOC_MARK = '<nav class="toc-placeholder"></nav>';

/** A fresh Handlebars environment with our helpers and the set's partials. */
function environment(set: TemplateSet, ctx: RenderContext): Runtime {
  const hb = runtime(set);
  const words = ctx.messages ?? ctx.lang;
  for (const [name, helper] of Object.entries(createHelpers(ctx))) hb.registerHelper(name, helper as Handlebars.HelperDelegate);
  // {{t "key" name=value}}: values from the view are escaped already, so they pass as they are.
  hb.registerHelper('t', (key: unknown, options: Handlebars.HelperOptions) =>
    new hb.SafeString(translate(words, key, options.hash as Record<string, unknown>)));
  hb.registerHelper('riskMatrix', (risks: unknown) => {
    const list = Array.isArray(risks) ? (risks as MatrixRisk[]) : [];
    if (ctx.docx) return (['inherent', 'residual'] as const).map((stage) => riskMatrixMarkdown(list, stage, words, DOCX_MATRIX_MARK)).join('\n\n');
    return ctx.format === 'html' ? riskMatricesHtml(list, words) : riskMatricesMarkdown(list, words);
  });
  // {{fairnessChart run @index}}: a recorded fairness run as a chart, in HTML only (the table above it has the numbers).
  hb.registerHelper('fairnessChart', (run: unknown, index: unknown) =>
    (ctx.format === 'html' && run && typeof run === 'object' ? fairnessChartSvg(run as ChartRun, words, typeof index === 'number' ? index : 0) : ''));
  hb.registerHelper('toc', () => (ctx.docx ? DOCX_TOC_MARK : ctx.format === 'html' ? TOC_MARK : ''));
  // {{gap "dpo"}}: a visible marker where a required notice element is missing (drafts only).
  hb.registerHelper('gap', (id: unknown, options: Handlebars.HelperOptions) => {
    const missing = (options.data?.root?.missingList ?? []) as { id: string; label: string; articles: string }[];
    const element = missing.find((m) => m.id === id);
    return element ? message(words, 'documents', 'gap.missing', { element: element.label, articles: element.articles }) : '';
  });
  for (const [name, partial] of set.partials) {
    // A precompiled partial is made a template when first called: a document runs only the
    // partials it reaches (and loads only its own file of them). Another is compiled now, so
    // a broken override is reported, with its file, even where nothing calls it.
    if (!isPrecompiled(templateKey('document', partial.source))) {
      hb.registerPartial(name, compile(hb, set.document.name, 'document', partial.source, partial.file));
      continue;
    }
    let template: Handlebars.TemplateDelegate | undefined;
    const lazy = (context: unknown, options?: Handlebars.RuntimeOptions): string =>
      (template ??= compile(hb, set.document.name, 'document', partial.source, partial.file))(context, options);
    hb.registerPartial(name, lazy);
  }
  return hb;
}

/** A fresh environment: the runtime alone when every template is precompiled, else with the compiler. */
function runtime(set: TemplateSet): Runtime {
  return (set.compiler ?? (HandlebarsRuntime as unknown as Runtime)).create();
}

/**
 * Templates that were not precompiled at build time (from the sources, or an override),
 * compiled in this process: once per kind and source, into the same kind of specification
 * the build makes, which every environment then runs as it runs a precompiled one.
 */
const compiledHere = new Map<string, TemplateSpecification>();

function compile(hb: Runtime, doc: string, kind: TemplateKind, source: string, file: string): Handlebars.TemplateDelegate {
  const key = templateKey(kind, source);
  let spec = (precompiled(key, doc) as TemplateSpecification | undefined) ?? compiledHere.get(key);
  if (!spec) {
    try {
      // As scripts/build.mjs does: Handlebars' precompiled code, evaluated. It parses the
      // template now, so a broken override names its own file.
      spec = new Function(`return ${hb.precompile(source, COMPILE_OPTIONS[kind])};`)() as TemplateSpecification;
    } catch (error) {
      throw new InputError(file, cliError('error.template.invalid', { reason: (error as Error).message.split('\n')[0] }));
    }
    compiledHere.set(key, spec);
  }
  return hb.template(spec);
}

/** The document's Markdown from the view. */
export function renderMarkdown(set: TemplateSet, view: Record<string, unknown>, ctx: RenderContext): string {
  const hb = environment(set, ctx);
  const template = compile(hb, set.document.name, 'document', set.document.source, set.document.file);
  let out: string;
  try {
    out = template(view);
  } catch (error) {
    throw new InputError(set.document.file, cliError('error.template.cannotRender', { reason: (error as Error).message.split('\n')[0] }));
  }
  // Tidy: at most one blank line in a row, one newline at the end.
  return `${out.replace(/[ \t]+$/gm, '').replace(/\n{3,}/g, '\n\n').trim()}\n`;
}

/**
 * A CSS string literal of any text, for the layout's style element (`content:
 * {{cssString title}}` in an @page margin box): quotes, backslashes and line breaks
 * are escaped, and so are < > &, so the text can neither end the string nor the
 * style element. HTML entities mean nothing inside <style>, so HTML escaping would be wrong here.
 */
export function cssString(text: string): string {
  const escape = (c: string): string => `\\${c.codePointAt(0)!.toString(16)} `;
  return `"${[...text].map((c) => ('"\\<>&'.includes(c) || c < ' ' || c === '\u007f' ? escape(c) : c)).join('')}"`;
}

/** The HTML page around a rendered body; the layout escapes what it is given, {{t}}'s arguments too. */
export function renderLayout(set: TemplateSet, page: Record<string, unknown>, messages: string): string {
  const hb = runtime(set);
  hb.registerHelper('t', (key: unknown, options: Handlebars.HelperOptions) =>
    new hb.SafeString(translate(messages, key, options.hash as Record<string, unknown>, (text) => hb.escapeExpression(text))));
  hb.registerHelper('cssString', (value: unknown) => new hb.SafeString(cssString(typeof value === 'string' ? value : '')));
  return compile(hb, set.document.name, 'layout', set.layout.source, set.layout.file)(page);
}
