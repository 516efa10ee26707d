// `dpia migrate FILE... [--dry-run] [--check]`: rewrites files written for an older
// schemaVersion in the current format (and durations written in words in their ISO form), in place, through the safe writer (lock, change
// detection, atomic write keeping mode, symlinks, CRLF, BOM; an edit touches only its
// lines). Sign-offs whose contentHash matched the content before are re-bound to the
// migrated content: the migration changes the form, not what was decided.
import { resolve } from 'node:path';
import { isMap, isScalar, isSeq, type Document } from 'yaml';
import { loadConfig } from '../config.ts';
import { cliError, EXIT, InputError } from '../errors.ts';
import { isLang } from '../i18n/index.ts';
import { cli } from '../i18n/cli.ts';
import { formatDuration } from '../i18n/format.ts';
import type { Io } from '../io.ts';
import { displayPath } from '../model/find-files.ts';
import { canonicalDurations } from '../model/duration-fields.ts';
import { contentHash, sectionHashes } from '../model/hash.ts';
import { checkSchemaVersion } from '../model/load.ts';
import { lineColumn, offsetOf } from '../model/locate.ts';
import { migrateDocument, type MigrationNote } from '../model/migrate.ts';
import { parseAssessment } from '../model/parse.ts';
import { renderEdited } from '../model/save-edited.ts';
import { readSource } from '../model/source.ts';
import { editableDocument, lockForUpdate, replaceFile, type Held } from '../model/update.ts';
import type { Lang } from '../rules/types.ts';

export interface MigrateOptions {
  files: string[];
  dryRun?: boolean;
  check?: boolean;
  lang?: string;
}

export async function migrate(options: MigrateOptions, io: Io): Promise<number> {
  const config = loadConfig(io.cwd);
  let pending = 0;
  for (const name of options.files) {
    const file = resolve(io.cwd, name);
    const display = displayPath(file, io.cwd);
    readSource(file, display);
    const write = !options.dryRun && !options.check;
    const lock = write ? await lockForUpdate(file, display) : undefined;
    try {
      if (migrateOne(file, display, options, config.language, io, lock)) pending++;
    } finally {
      lock?.release();
    }
  }
  return options.check && pending > 0 ? EXIT.findings : EXIT.ok;
}

/** Migrates one file; true when it needed migrating. */
function migrateOne(file: string, display: string, options: MigrateOptions, configLang: string | undefined, io: Io, lock: Held | undefined): boolean {
  const original = readSource(file, display, true);
  // Refuses a newer schemaVersion with one line; the data as written, for the sign-offs.
  const parsed = parseAssessment(original, display);
  checkSchemaVersion({ ...parsed });
  const lang: Lang = isLang(options.lang) ? options.lang : configLang ?? (isLang(parsed.data.language) ? parsed.data.language : 'en');
  const version = parsed.data.schemaVersion;
  if (version !== undefined && (typeof version !== 'number' || !Number.isInteger(version) || version < 1)) {
    const at = lineColumn(parsed.text, offsetOf(parsed.doc, ['schemaVersion']));
    throw new InputError(display, cliError('error.migrate.version', { value: JSON.stringify(version) }), at.line, at.column);
  }
  const doc = editableDocument(original);
  const notes = migrateDocument(doc);
  // A duration in words is read as its ISO form everywhere; the file gets that form, whatever its schemaVersion.
  for (const d of canonicalDurations(doc)) notes.push({ key: 'migrate.duration', args: { ...d, words: formatDuration(d.to, lang) } });
  if (notes.length === 0) {
    io.stdout.write(`${cli(lang, 'migrate.current', { file: display, version: String(version) })}\n`);
    return false;
  }
  notes.push(...rebind(doc, parsed.data));
  const text = renderEdited(original, doc);
  const verb = options.check ? 'migrate.needed' : options.dryRun ? 'migrate.wouldMove' : 'migrate.moved';
  io.stdout.write(`${cli(lang, verb, { file: display })}\n`);
  for (const note of notes) io.stdout.write(`  - ${cli(lang, note.key as never, note.args ?? {})}\n`);
  if (!options.dryRun && !options.check && text !== original) replaceFile(file, display, text, original, lock);
  return true;
}

/** Re-binds each sign-off that matched the content as written to the migrated content; a stale one stays stale. */
function rebind(doc: Document.Parsed, written: Record<string, unknown>): MigrationNote[] {
  const signoffs = doc.get('signoffs');
  if (!isSeq(signoffs)) return [];
  const before = contentHash(written);
  const migrated = doc.toJS() as Record<string, unknown>;
  const after = contentHash(migrated);
  const sections = sectionHashes(migrated);
  const notes: MigrationNote[] = [];
  signoffs.items.forEach((item, index) => {
    if (!isMap(item)) return;
    const who = { role: String(item.get('role') ?? '—'), name: String(item.get('name') ?? '—'), index: String(index + 1) };
    const hash = item.get('contentHash', true);
    if (!isScalar(hash) || hash.value !== before) {
      notes.push({ key: 'migrate.signoff.stale', args: who });
      return;
    }
    hash.value = after;
    if (item.has('sections')) item.set('sections', doc.createNode(sections));
    notes.push({ key: 'migrate.signoff.rebound', args: who });
  });
  return notes;
}
