// `dpia bump FILE [--major] -m TEXT`: the next version, a history entry, status draft.
import { resolve } from 'node:path';
import { loadConfig } from '../config.ts';
import { cliError, EXIT, InputError, UsageError } from '../errors.ts';
import { gitUserName } from '../git.ts';
import { isLang } from '../i18n/index.ts';
import { cli } from '../i18n/cli.ts';
import type { Io } from '../io.ts';
import { today as todayOption } from '../model/dates.ts';
import { displayPath } from '../model/find-files.ts';
import { checkSchemaVersion } from '../model/load.ts';
import { lineColumn, offsetOf } from '../model/locate.ts';
import { parseAssessment } from '../model/parse.ts';
import { renderEdited } from '../model/save-edited.ts';
import { readSource } from '../model/source.ts';
import { editableDocument, lockForUpdate, replaceFile, type Held } from '../model/update.ts';
import { setIn } from '../model/write.ts';
import type { Lang } from '../rules/types.ts';

export interface BumpOptions {
  file: string;
  major?: boolean;
  message: string;
  author?: string;
  date?: string;
  lang?: string;
}

/** "1.4" → "1.5", or "2.0" with major; no version yet counts as "0.0". */
export function nextVersion(current: string | undefined, major: boolean): string {
  const [maj, min] = (current ?? '0.0').split('.').map(Number);
  return major ? `${maj + 1}.0` : `${maj}.${min + 1}`;
}

export async function bump(options: BumpOptions, io: Io): Promise<number> {
  const summary = options.message?.trim();
  if (!summary) throw new UsageError(cliError('error.bump.noSummary'));
  const date = todayOption(options.date, '--date');

  const file = resolve(io.cwd, options.file);
  const display = displayPath(file, io.cwd);
  // Read, bump and write under the file's lock, so that a parallel writer's change is never lost.
  readSource(file);
  const lock = await lockForUpdate(file, display);
  try {
    return await bumpLocked(options, summary, date, file, display, lock, io);
  } finally {
    lock.release();
  }
}

async function bumpLocked(options: BumpOptions, summary: string, date: string, file: string, display: string, lock: Held, io: Io): Promise<number> {
  const original = readSource(file, file, true);
  const parsed = checkSchemaVersion(parseAssessment(original, display));
  const data = parsed.data;
  const config = loadConfig(io.cwd);
  const lang: Lang = isLang(options.lang) ? options.lang : config.language ?? (isLang(data.language) ? data.language : 'en');

  const current = data.version;
  if (current !== undefined && (typeof current !== 'string' || !/^\d+\.\d+$/.test(current))) {
    const at = lineColumn(parsed.text, offsetOf(parsed.doc, ['version']));
    throw new InputError(display, cliError('error.bump.version', { current: JSON.stringify(current) }), at.line, at.column);
  }
  const author = options.author?.trim() || (await gitUserName(resolve(file, '..'))) || ownerName(data);
  if (!author) throw new UsageError(cliError('error.bump.noAuthor'));
  const next = nextVersion(current, options.major === true);

  const doc = editableDocument(original);
  setIn(doc, ['version'], next);
  setIn(doc, ['status'], 'draft');
  const history = Array.isArray(data.history) ? data.history.length : 0;
  setIn(doc, ['history', history], { version: next, date, author, summary });
  const text = renderEdited(original, doc);
  if (text !== original) replaceFile(file, display, text, original, lock);

  io.stdout.write(`${cli(lang, 'bump.bumped', { id: typeof data.id === 'string' ? data.id : display, from: current ?? '—', to: next })}\n`);
  return EXIT.ok;
}

function ownerName(data: Record<string, unknown>): string | undefined {
  const owner = data.owner as { name?: unknown } | undefined;
  return typeof owner?.name === 'string' && owner.name.trim() ? owner.name.trim() : undefined;
}
