// `dpia diff FILE --from REV [--to REV] --format docx` (or `dpia diff A B --format docx`):
// the report or the notice as it reads now, in Word, with what changed since REV as tracked
// changes, so that counsel reviews a new version as they review a contract: accept or
// reject each change. Both versions are rendered exactly as `dpia render --format docx`
// renders them, then compared block by block and word by word (src/render/block-diff.ts).
// The changes carry the author and date of the newest commit that changed the file; an
// uncommitted change carries `git config user.name` and the day (--today).
import { resolve } from 'node:path';
import { loadConfig } from '../config.ts';
import { cliError, EXIT, unknownLanguage, UsageError } from '../errors.ts';
import { fileHistory, gitUserName, type FileCommit } from '../git.ts';
import { isLang } from '../i18n/index.ts';
import type { Io } from '../io.ts';
import { today as todayOption } from '../model/dates.ts';
import { displayPath } from '../model/find-files.ts';
import { loadAssessment } from '../model/load.ts';
import { loadAtRevision } from '../model/revision.ts';
import type { Lang } from '../rules/types.ts';
import type { DiffOptions } from './diff.ts';
import { toStandardOutput } from '../output-file.ts';
import { docxWriter, noticeRefused, renderParsed, writeDocument, type WordDocument } from './render.ts';

type Parsed = ReturnType<typeof loadAssessment>;

export async function diffDocx(options: DiffOptions, io: Io): Promise<number> {
  const files = options.files ?? [];
  if (files.length === 0 || files.length > 2) throw new UsageError(cliError('error.diff.docxFiles'));
  if (io.stdout.isTTY && toStandardOutput(io.cwd, options.output)) throw new UsageError(cliError('error.render.binaryToTerminal', { format: 'docx' }));
  if (options.lang !== undefined && !isLang(options.lang)) throw new UsageError(unknownLanguage(options.lang));
  const doc = options.doc ?? 'report';
  if (doc !== 'report' && doc !== 'notice') throw new UsageError(cliError('error.render.unknownDocument', { doc, docs: 'report, notice' }));
  const today = todayOption(options.today);
  const config = loadConfig(io.cwd);

  let before: Parsed | undefined;
  let after: Parsed;
  let file: string;
  let commits: FileCommit[] = [];
  let dirty = true;
  if (files.length === 2) {
    if (options.from !== undefined || options.to !== undefined) throw new UsageError(cliError('error.diff.revisionsWithTwoFiles'));
    before = loadAssessment(resolve(io.cwd, files[0]), files[0]);
    after = loadAssessment(resolve(io.cwd, files[1]), files[1]);
    file = files[1];
  } else {
    const path = resolve(io.cwd, files[0]);
    file = displayPath(path, io.cwd);
    const from = options.from ?? 'HEAD';
    before = await loadAtRevision(from, path, file);
    const now = options.to === undefined ? loadAssessment(path, file) : await loadAtRevision(options.to, path, file);
    if (now === undefined) throw new UsageError(cliError('error.diff.notFound', { file, from: options.to ?? from, to: 'none' }));
    after = now;
    ({ commits, dirty } = await fileHistory(path, from, options.to));
  }
  // A change not committed (or between two files) is the git user's, made today.
  const uncommitted = { author: (await gitUserName(io.cwd)) ?? 'dpia', date: `${today}T00:00:00Z` };

  // Both versions in one language: the one asked for, else the newer file's.
  const lang: Lang = (options.lang as Lang | undefined) ?? (isLang(after.data.language) ? after.data.language : undefined) ?? config.language ?? 'en';
  const word = async (parsed: Parsed, draft = options.draft): Promise<WordDocument | number> => {
    const rendered = await renderParsed(parsed, { file, doc, format: 'docx', wordOnly: true, lang, draft, today }, io.cwd, config);
    if ('missing' in rendered) return noticeRefused(rendered, file, io);
    return rendered.word!;
  };
  const newer = await word(after);
  if (typeof newer === 'number') return newer;
  // A file new since REV: everything in it is inserted.
  const older = before === undefined ? { blocks: [] } : await word(before);
  if (typeof older === 'number') return older;

  const writer = docxWriter();
  const blocks = writer.diffBlocks(older.blocks, newer.blocks);
  // Each commit that changed the file is a version: a change is credited to the one that
  // made it. The newest version is `after` itself (the working tree's file, or --to's).
  const revisers = [...commits.map(({ author, date }) => ({ author, date })), ...(dirty ? [uncommitted] : [])];
  if (revisers.length > 1) {
    const versions: (typeof newer.blocks)[] = [];
    for (const [i, commit] of commits.entries()) {
      if (i === commits.length - 1 && !dirty) versions.push(newer.blocks);
      else {
        // A version between the two is read only to tell who changed what: a notice with
        // gaps there is rendered as a draft, and a commit that deleted the file held nothing.
        const parsed = await loadAtRevision(commit.rev, resolve(io.cwd, file), file);
        const version = parsed === undefined ? { blocks: [] } : await word(parsed, true);
        versions.push(typeof version === 'number' ? [] : version.blocks);
      }
    }
    if (dirty) versions.push(newer.blocks);
    writer.attribute(blocks, older.blocks, versions);
  }
  const bytes = await writer.writeDocx({ ...newer, blocks, reviser: revisers.at(-1) ?? uncommitted, revisers });
  if (options.output) writeDocument(io, resolve(io.cwd, options.output), bytes);
  else io.stdout.write(bytes);
  return EXIT.ok;
}
