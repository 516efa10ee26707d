// `dpia render`: the DPIA report or the privacy notice, in Markdown or HTML, from the
// Handlebars templates (bundled or overridden). Handlebars, marked and sanitize-html are
// loaded here and only here: `check` never reaches this module.
import { resolve } from 'node:path';
import sanitizeHtml from 'sanitize-html';
import { loadConfig } from '../config.ts';
import { cliError, EXIT, InputError, unknownLanguage, UsageError } from '../errors.ts';
import { describeFindings } from '../formatters/describe.ts';
import { intlLocale, message } from '../i18n/catalogue.ts';
import { isLang } from '../i18n/index.ts';
import type { Io } from '../io.ts';
import { lazyModule } from '../lazy-module.ts';
import { loadAssessment } from '../model/load.ts';
import { validate } from '../model/validate.ts';
import { describeFsError } from '../model/source.ts';
import type { Assessment } from '../model/schema.ts';
import { runRules } from '../rules/engine.ts';
import { today as todayOption } from '../model/dates.ts';
import type { Lang } from '../rules/types.ts';
import { markdownToHtml, type Heading } from '../render/markdown.ts';
import { elementArticles, elementLabel, missingNoticeElements, type NoticeElement } from '../render/notice-elements.ts';
import { mergeController } from '../model/parties.ts';
import { loadTemplates, renderLayout, renderMarkdown, TOC_MARK, type DocKind } from '../render/templates.ts';
import { buildView, lastChanged } from '../render/view.ts';
import { BROWSER_VARIABLES, findBrowser, printPdf } from '../render/pdf.ts';
import { label } from '../i18n/labels.ts';
import { toStandardOutput, writeOutput } from '../output-file.ts';

// bench/run.mjs times this bundle's own Markdown → HTML (marked, then sanitize-html) apart
// from the rest of a render: the libraries' share of the cost.
export { markdownToHtml };

export interface RenderOptions {
  file: string;
  doc?: string;
  format?: string;
  lang?: string;
  templates?: string;
  output?: string;
  draft?: boolean;
  today?: string;
  config?: string;
  /** In-process only, not a CLI option: the documents catalogue's language, e.g. the pseudo-locale in tests. */
  messages?: string;
}


/** What `dpia render` says on standard error about a document it wrote (the programmatic API's onWarning hears the same). */
export function renderWarnings(rendered: Extract<Rendered, { output: unknown }>, doc: string | undefined): string[] {
  if (rendered.writtenIn === undefined) return [];
  // Languages by name in the reader's words ("engelsk", "English"), their codes as the file writes them.
  const names = new Intl.DisplayNames([intlLocale(rendered.words)], { type: 'language', fallback: 'code' });
  const name = (code: string) => names.of(code) ?? code;
  return [message(rendered.words, 'documents', 'render.other-language', { written: name(rendered.writtenIn), code: rendered.writtenIn, lang: name(rendered.lang), doc: doc ?? 'report' })];
}

export async function render(options: RenderOptions, io: Io): Promise<number> {
  // Word and PDF are files: to a terminal they would be noise (pandoc and others refuse the same).
  if (BINARY_FORMATS.has(options.format ?? '') && io.stdout.isTTY && toStandardOutput(io.cwd, options.output)) {
    throw new UsageError(cliError('error.render.binaryToTerminal', { format: String(options.format) }));
  }
  const rendered = await renderDocument(options, io.cwd, io.env);
  if ('missing' in rendered) return noticeRefused(rendered, options.file, io);
  for (const warning of renderWarnings(rendered, options.doc)) io.stderr.write(`dpia: ${options.file}: ${warning}\n`);
  if (options.output) writeDocument(io, resolve(io.cwd, options.output), rendered.output);
  else io.stdout.write(typeof rendered.output === 'string' ? rendered.output : Buffer.from(rendered.output));
  return EXIT.ok;
}

/** A notice refused for the required elements it lacks: each named on standard error, exit 1. */
export function noticeRefused(rendered: Extract<Rendered, { missing: unknown }>, file: string, io: Io): number {
  const { missing, data, words } = rendered;
  io.stderr.write(`dpia: ${file}: ${message(words, 'documents', 'render.notice-refused', { count: missing.length })}\n`);
  for (const element of missing) io.stderr.write(`  - ${elementLabel(element, words)} (${elementArticles(element, data, words)}) [${element.id}]\n`);
  return EXIT.findings;
}

/**
 * A rendered document (`writtenIn`: the assessment's own language, when the document was
 * asked for in another, so that its answers stay in that one), or (a notice without
 * --draft) the required elements it lacks.
 */
export type Rendered = { output: string | Uint8Array; writtenIn?: string; lang: string; words: string; word?: WordDocument } | { missing: NoticeElement[]; data: Assessment; words: string };

export const RENDER_FORMATS = ['md', 'html', 'docx', 'pdf'] as const;
export type RenderFormat = (typeof RENDER_FORMATS)[number];
const BINARY_FORMATS = new Set(['docx', 'pdf']);

/** The document, with nothing written (text, or a Word or PDF file's bytes): the part of `dpia render` that the programmatic API shares (src/api.ts). */
export async function renderDocument(options: Omit<RenderOptions, 'output'>, cwd: string, env: NodeJS.ProcessEnv = process.env): Promise<Rendered> {
  const format = checkRenderOptions(options);
  const config = loadConfig(cwd, options.config);
  const parsed = loadAssessment(resolve(cwd, options.file), options.file);
  if (format === 'pdf') {
    // The browser is looked for before anything is rendered: without one, nothing else matters.
    const found = findBrowser(env);
    if (found === undefined) throw new UsageError(cliError('error.render.noBrowser', { variables: BROWSER_VARIABLES.join(', ') }));
    if ('missing' in found) throw new UsageError(cliError('error.render.browserMissing', { variable: found.variable, path: found.path }));
    const rendered = await renderParsed(parsed, { ...options, format: 'html' }, cwd, config);
    if ('missing' in rendered) return rendered;
    try {
      return { ...rendered, output: await printPdf(rendered.output as string, found.path) };
    } catch (error) {
      throw new UsageError(cliError('error.render.printFailed', { browser: found.path, reason: (error as Error).message }));
    }
  }
  return renderParsed(parsed, { ...options, format }, cwd, config);
}

/** The format asked for, once the document, format and language are known to be ones dpia writes. */
function checkRenderOptions(options: Omit<RenderOptions, 'output' | 'file'>): RenderFormat {
  const doc = options.doc ?? 'report';
  if (doc !== 'report' && doc !== 'notice') throw new UsageError(cliError('error.render.unknownDocument', { doc: String(options.doc), docs: 'report, notice' }));
  const format = (options.format ?? 'md') as RenderFormat;
  if (!RENDER_FORMATS.includes(format)) throw new UsageError(cliError('error.unknownFormat', { format, formats: RENDER_FORMATS.join(', ') }));
  if (options.lang !== undefined && !isLang(options.lang)) throw new UsageError(unknownLanguage(options.lang));
  return format;
}

/** Everything a Word document needs besides its blocks: the document's properties and the words of its page footer. */
export interface WordDocument {
  blocks: import('../render/blocks.ts').Block[];
  properties: import('../render/docx.ts').DocxProperties;
  words: import('../render/docx.ts').DocxWords;
}

/**
 * An assessment already read (the working tree's, or a revision's for `dpia diff --format
 * docx`) rendered as Markdown, HTML or Word; `blocks` asks for the Word document's parts
 * instead of its bytes.
 */
export async function renderParsed(
  parsed: ReturnType<typeof loadAssessment>,
  options: Omit<RenderOptions, 'output' | 'format'> & { format: Exclude<RenderFormat, 'pdf'>; wordOnly?: boolean },
  cwd: string,
  config: ReturnType<typeof loadConfig>,
): Promise<Rendered> {
  const doc = (options.doc ?? 'report') as DocKind;
  const format = options.format;
  const today = todayOption(options.today);
  const data = parsed.data as Assessment;
  const lang: Lang = (options.lang as Lang | undefined) ?? (isLang(data.language) ? data.language : undefined) ?? config.language ?? 'en';
  const draft = options.draft === true;
  const words = options.messages ?? lang;

  // A value of the wrong type (a list where an id belongs) cannot be rendered: refuse it
  // as the schema does, with its line, before any template sees it; --draft too, and
  // whatever the config says of schema/invalid. Other findings do not stop a render.
  const invalid = validate(parsed.data).filter((problem) => problem.rule === 'schema/invalid');
  if (invalid.length > 0) {
    const [first] = describeFindings(invalid.map((p) => ({ ...p, severity: 'error' as const })), parsed, words);
    throw new InputError(options.file, cliError('error.render.invalid', { message: first.message, path: first.path, id: first.rule }), first.line, first.column);
  }

  const findings = describeFindings(runRules(parsed.data, { today, config }), parsed, words);
  const missing = doc === 'notice'
    ? missingNoticeElements({ data, controller: mergeController(data, config), authority: config.authority })
    : [];
  if (missing.length > 0 && !draft) return { missing, data, words };

  const overrides = options.templates !== undefined
    ? resolve(cwd, options.templates)
    : config.templates !== undefined ? resolve(config.root, config.templates) : undefined;
  const templates = await loadTemplates(doc, lang, overrides);
  const textFormat = format === 'html' ? 'html' : 'md';
  const view = buildView({ data, config, lang, format: textFormat, draft, findings, missing, messages: words });
  const markdown = renderMarkdown(templates, view, { lang, format: textFormat, messages: words, docx: format === 'docx' });
  // The answers are the file's own words: asked for in another language, the document mixes two.
  const writtenIn = options.lang !== undefined && isLang(data.language) && data.language !== lang ? data.language : undefined;

  if (format === 'docx') {
    const word = wordDocument(markdown, data, doc, lang, words);
    return { output: options.wordOnly ? '' : await docxWriter().writeDocx(word), writtenIn, lang, words, word };
  }

  let output = markdown;
  if (format === 'html') {
    const { html, headings } = markdownToHtml(markdown, (body, found) => body.replace(TOC_MARK, tableOfContents(found, words)));
    const title = headings.find((h) => h.depth === 1)?.text ?? String(data.title ?? '');
    output = renderLayout(templates, {
      lang,
      doc,
      // The h1's text, tags removed, entities decoded once; the layout escapes it again.
      title: decodeEntities(sanitizeHtml(title, { allowedTags: [], allowedAttributes: {} })),
      body: html,
    }, words);
  }

  return { output, writtenIn, lang, words };
}

/** BCP 47 tags Word's proofing tools know, for the languages dpia writes. */
const WORD_LANGUAGE: Record<Lang, string> = { en: 'en-GB', nb: 'nb-NO' };

/** The Word document's parts: its blocks from the Markdown, its properties from the file (only what the file says). */
function wordDocument(markdown: string, data: Assessment, doc: DocKind, lang: Lang, words: string): WordDocument {
  const { markdownBlocks, plainText } = docxWriter();
  const blocks = markdownBlocks(markdown);
  const h1 = blocks.find((b) => b.kind === 'heading' && b.depth === 1);
  const title = h1 && h1.kind === 'heading' ? plainText(h1.inlines) : String(data.title ?? '');
  const custom: { name: string; value: string }[] = [];
  const put = (key: string, value: unknown, shown: (v: string) => string = (v) => v): void => {
    if (typeof value === 'string' && value.trim() !== '') custom.push({ name: message(words, 'documents', `docx.property.${key}`), value: shown(value) });
  };
  put('id', data.id);
  put('version', data.version);
  put('status', data.status, (v) => (label(words, 'status', v) || v));
  custom.push({ name: message(words, 'documents', 'docx.property.language'), value: WORD_LANGUAGE[lang] });
  const page = message(words, 'documents', 'docx.page', { page: '\u0001', pages: '\u0002' });
  const [before, rest = ''] = page.split('\u0001');
  const [between, after = ''] = rest.split('\u0002');
  return {
    blocks,
    properties: {
      title,
      subject: message(words, 'documents', doc === 'notice' ? 'docx.subject.notice' : 'docx.subject.report'),
      language: WORD_LANGUAGE[lang],
      custom,
      // The content's date: its last history entry; without one, the zip format's first day, so the same file still gives the same bytes.
      date: lastChanged(data) ?? '1980-01-01',
    },
    words: { page: [before, between, after], contents: message(words, 'documents', 'render.contents') },
  };
}

declare const require: (id: string) => unknown;
/** The Word writer and the docx library: loaded for --format docx only. */
export const docxWriter = lazyModule<typeof import('../render/docx-writer.ts')>(import.meta.url, '../render/docx-writer.ts', () => require('../render/docx-writer.ts'));

function tableOfContents(headings: Heading[], words: string): string {
  const items = headings.filter((h) => h.depth === 2).map((h) => `<li><a href="#${h.id}">${h.text}</a></li>`).join('');
  if (items === '') return '';
  return `<nav class="toc" aria-labelledby="toc-title"><h2 id="toc-title">${message(words, 'documents', 'render.contents')}</h2><ol>${items}</ol></nav>`;
}

function decodeEntities(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'" })[e] ?? _);
}

const writeFileAtomic = lazyModule<typeof import('write-file-atomic')>(import.meta.url, 'write-file-atomic', () => require('write-file-atomic'));

/**
 * A document to `-o`: a file is replaced by write-file-atomic (a reader never sees half a
 * document; mode, owner and a symlink are kept); a terminal, /dev/null, a pipe or
 * /dev/stdout is written into (src/output-file.ts).
 */
export function writeDocument(io: Io, target: string, content: string | Uint8Array): void {
  const failed = (error: unknown): never => {
    throw new UsageError(cliError('error.render.cannotWrite', { target, reason: describeFsError(error) }));
  };
  writeOutput(io, target, content, () => {
    try {
      writeFileAtomic().sync(target, typeof content === 'string' ? content : Buffer.from(content.buffer, content.byteOffset, content.byteLength), typeof content === 'string' ? { encoding: 'utf8' } : {});
    } catch (error) {
      failed(error);
    }
  }, failed);
}

