// What new, edit and screen share: opening or creating the file, choosing the prompter
// (terminal or answers file), Ctrl-C and SIGTERM, and the closing summary.
import { existsSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { Chalk } from 'chalk';
import { parseDocument, type Document } from 'yaml';
import type { Config } from '../config.ts';
import { cliError, UsageError } from '../errors.ts';
import { describeFindings } from '../formatters/describe.ts';
import { catalogueDir } from '../i18n/catalogue.ts';
import { ui } from '../i18n/index.ts';
import { useColour, type Io } from '../io.ts';
import { checkSchemaVersion } from '../model/load.ts';
import { parseAssessment } from '../model/parse.ts';
import { SCHEMA_VERSION } from '../model/schema.ts';
import { repositoryRoot } from '../model/find-files.ts';
import { readSource } from '../model/source.ts';
import { editableDocument, saveGuarded } from '../model/update.ts';
import { serialise } from '../model/write.ts';
import { runRules } from '../rules/engine.ts';
import { PRINCIPLES, type Lang } from '../rules/types.ts';
import { isPromptExit, terminalPrompter, type Prompter } from './ask.ts';
import { answersPrompter, loadAnswers } from './answers.ts';
import { dpiaCommand } from './invocation.ts';
import { AnswerError } from './runner.ts';
import { words } from './words.ts';

export interface Opened {
  doc: Document;
  original?: string;
  created: boolean;
}

/**
 * The `# yaml-language-server: $schema=` target of a new file: a relative path that
 * resolves wherever the repository is checked out, or none. The schema of the dpia
 * installed in the project (node_modules/dpia, what `npm install -D` gives); else the
 * schema of the running dpia when it lies in the same repository (dpia's own, or a copy
 * kept in the repository). Otherwise no line: a path into a global or npx cache, or out
 * of the repository, would resolve on one machine only, and there is no public address
 * yet. Editors then find
 * the schema through their settings or SchemaStore (README, "Editors").
 */
export function schemaReference(file: string): string | undefined {
  const from = dirname(resolve(file));
  const repository = repositoryRoot(from);
  // Outside the repository, a relative path resolves on this machine only.
  const kept = (path: string) => {
    if (!existsSync(path)) return false;
    if (!repository) return true;
    const inside = relative(repository, path);
    return !inside.startsWith('..') && !isAbsolute(inside);
  };
  for (let dir = from; ; dir = dirname(dir)) {
    const installed = join(dir, 'node_modules', 'dpia', 'schema', 'dpia.schema.json');
    if (kept(installed)) return relativePath(from, installed);
    if (dirname(dir) === dir) break;
  }
  // The running package's folder holds i18n/ and schema/ side by side.
  const own = join(dirname(catalogueDir()), 'schema', 'dpia.schema.json');
  return repository && kept(own) ? relativePath(from, own) : undefined;
}

function relativePath(from: string, to: string): string {
  return relative(from, to).split(sep).join('/');
}

export function openAssessment(file: string, display: string): Opened {
  if (!existsSync(file)) return { doc: parseDocument(''), created: true };
  // The BOM is kept, to be written back; the document is edited with LF line ends (update.ts).
  const original = readSource(file, display, true);
  checkSchemaVersion(parseAssessment(original, display));
  return { doc: editableDocument(original), original, created: false };
}

/** A new draft: schema comment (where one resolves), schemaVersion, id, version 0.1, status draft, language. */
export function newDocument(file: string, fields: { id?: string; lang: Lang }): Document {
  const reference = schemaReference(file);
  const doc = parseDocument(`${reference ? `# yaml-language-server: $schema=${reference}\n` : ''}schemaVersion: ${SCHEMA_VERSION}\n`);
  if (fields.id) doc.set('id', fields.id);
  doc.set('version', '0.1');
  doc.set('status', 'draft');
  doc.set('language', fields.lang);
  return doc;
}

/** Writes a new file; one that appeared meanwhile is never overwritten. Returns the text written. */
export function saveNew(file: string, doc: Document, display = file): string {
  const text = serialise(doc);
  saveGuarded(file, display, text, null);
  return text;
}

/** A terminal prompter, or the answers file; refuses at once without a terminal. */
export function choosePrompter(io: Io, lang: Lang, command: string, answersFile?: string): { prompter: Prompter; interactive: boolean } {
  if (answersFile) return { prompter: answersPrompter(loadAnswers(resolve(io.cwd, answersFile))), interactive: false };
  if (!io.stdin.isTTY || !io.stdout.isTTY) throw new UsageError({ area: 'interview', key: 'runner.noTty', args: { command } });
  return { prompter: terminalPrompter(io, lang), interactive: true };
}

export const EXIT_SIGINT = 130;
export const EXIT_SIGTERM = 143;

/**
 * Runs the interview; Ctrl-C (inquirer's ExitPromptError) or SIGTERM print where the draft
 * is and how to resume. Every answer is already on disk, so there is nothing left to save.
 */
export async function guarded(io: Io, lang: Lang, file: string, resume: string, body: () => Promise<number>): Promise<number> {
  const message = () => `dpia: ${words(lang).saved(file, resume)}\n`;
  const onTerm = () => {
    io.stderr.write(`\n${existsSync(file) ? message() : `dpia: ${words(lang).interrupted}\n`}`);
    process.exit(EXIT_SIGTERM);
  };
  const real = io.stdin === process.stdin;
  if (real) process.on('SIGTERM', onTerm);
  try {
    return await body();
  } catch (error) {
    if (isPromptExit(error)) {
      io.stderr.write(`\n${existsSync(file) ? message() : `dpia: ${words(lang).interrupted}\n`}`);
      return EXIT_SIGINT;
    }
    if (error instanceof AnswerError) throw new UsageError(cliError('error.interview.answers', { message: error.message }));
    throw error;
  } finally {
    if (real) process.off('SIGTERM', onTerm);
  }
}

/** Findings grouped by principle, then the next commands. */
export function summary(io: Io, file: string, display: string, lang: Lang, today: string, config: Config): string {
  const chalk = new Chalk({ level: useColour(io) ? 1 : 0 });
  const parsed = parseAssessment(readSource(file), display);
  const findings = describeFindings(runRules(parsed.data, { today, config }), parsed, lang);
  const w = words(lang);
  const principles = ui(lang).principles;
  const lines: string[] = [''];
  if (findings.length === 0) lines.push(chalk.green(w.clean));
  else {
    lines.push(chalk.bold(w.remaining));
    for (const principle of PRINCIPLES) {
      const group = findings.filter((f) => f.principle === principle);
      if (group.length === 0) continue;
      lines.push(`  ${chalk.bold(principles[principle])}`);
      for (const f of group) {
        const mark = f.severity === 'error' ? chalk.red('✖') : chalk.yellow('⚠');
        lines.push(`    ${mark} ${f.line}:${f.column} ${f.message} ${chalk.dim(`(${f.rule})`)}`);
      }
    }
  }
  const quoted = /\s/.test(display) ? `"${display}"` : display;
  const dpia = dpiaCommand(io);
  const commands: Array<[string, string]> = [
    [`${dpia} check ${quoted}`, w.nextCheck],
    [`${dpia} render ${quoted} --doc report -o dpia.md`, w.nextRender],
    [`${dpia} approve ${quoted} --role dpo --name "…"`, w.nextApprove],
  ];
  const width = Math.max(...commands.map(([c]) => c.length));
  lines.push('', chalk.bold(w.next), ...commands.map(([c, what]) => `  ${c.padEnd(width)}   # ${what}`), '');
  return lines.join('\n');
}
