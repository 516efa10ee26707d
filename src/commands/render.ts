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
import { buildView } from '../render/view.ts';

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
export function renderWarnings(rendered: Extract<Rendered, { output: string }>, doc: string | undefined): string[] {
  if (rendered.writtenIn === undefined) return [];
  // Languages by name in the reader's words ("engelsk", "English"), their codes as the file writes them.
  const names = new Intl.DisplayNames([intlLocale(rendered.words)], { type: 'language', fallback: 'code' });
  const name = (code: string) => names.of(code) ?? code;
  return [message(rendered.words, 'documents', 'render.other-language', { written: name(rendered.writtenIn), code: rendered.writtenIn, lang: name(rendered.lang), doc: doc ?? 'report' })];
}

export async function render(options: RenderOptions, io: Io): Promise<number> {
  const rendered = await renderDocument(options, io.cwd);
  if ('missing' in rendered) {
    const { missing, data, words } = rendered;
    io.stderr.write(`dpia: ${options.file}: ${message(words, 'documents', 'render.notice-refused', { count: missing.length })}\n`);
    for (const element of missing) io.stderr.write(`  - ${elementLabel(element, words)} (${elementArticles(element, data, words)}) [${element.id}]\n`);
    return EXIT.findings;
  }
  for (const warning of renderWarnings(rendered, options.doc)) io.stderr.write(`dpia: ${options.file}: ${warning}\n`);
  if (options.output) writeAtomic(resolve(io.cwd, options.output), rendered.output);
  else io.stdout.write(rendered.output);
  return EXIT.ok;
}

/** A rendered document, or (a notice without --draft) the required elements it lacks. */
/**
 * A rendered document (`writtenIn`: the assessment's own language, when the document was
 * asked for in another, so that its answers stay in that one), or (a notice without
 * --draft) the required elements it lacks.
 */
export type Rendered = { output: string; writtenIn?: string; lang: string; words: string } | { missing: NoticeElement[]; data: Assessment; words: string };

/** The document as text, with nothing written: the part of `dpia render` that the programmatic API shares (src/api.ts). */
export async function renderDocument(options: Omit<RenderOptions, 'output'>, cwd: string): Promise<Rendered> {
  const doc = (options.doc ?? 'report') as DocKind;
  if (doc !== 'report' && doc !== 'notice') throw new UsageError(cliError('error.render.unknownDocument', { doc: String(options.doc), docs: 'report, notice' }));
  const format = options.format ?? 'md';
  if (format !== 'md' && format !== 'html') throw new UsageError(cliError('error.unknownFormat', { format, formats: 'md, html' }));
  if (options.lang !== undefined && !isLang(options.lang)) throw new UsageError(unknownLanguage(options.lang));
  const today = todayOption(options.today);

  const config = loadConfig(cwd, options.config);
  const parsed = loadAssessment(resolve(cwd, options.file), options.file);
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
  const view = buildView({ data, config, lang, format, draft, findings, missing, messages: words });
  const markdown = renderMarkdown(templates, view, { lang, format, messages: words });

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

  // The answers are the file's own words: asked for in another language, the document mixes two.
  const writtenIn = options.lang !== undefined && isLang(data.language) && data.language !== lang ? data.language : undefined;
  return { output, writtenIn, lang, words };
}

function tableOfContents(headings: Heading[], words: string): string {
  const items = headings.filter((h) => h.depth === 2).map((h) => `<li><a href="#${h.id}">${h.text}</a></li>`).join('');
  if (items === '') return '';
  return `<nav class="toc" aria-labelledby="toc-title"><h2 id="toc-title">${message(words, 'documents', 'render.contents')}</h2><ol>${items}</ol></nav>`;
}

function decodeEntities(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'" })[e] ?? _);
}

declare const require: (id: string) => unknown;
const writeFileAtomic = lazyModule<typeof import('write-file-atomic')>(import.meta.url, 'write-file-atomic', () => require('write-file-atomic'));

/** write-file-atomic: a reader never sees half a document; mode, owner and a symlink are kept. */
function writeAtomic(target: string, content: string): void {
  try {
    writeFileAtomic().sync(target, content, { encoding: 'utf8' });
  } catch (error) {
    throw new UsageError(cliError('error.render.cannotWrite', { target, reason: describeFsError(error) }));
  }
}
