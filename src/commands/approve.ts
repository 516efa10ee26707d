// `dpia approve FILE --role ROLE --name NAME`: signs the current version, bound to the
// content hash, and sets the status (approved once every required role has signed).
// Only known roles sign (the config's requiredSignoffs and roles, and the defaults), so a
// typo never becomes a sign-off; the git identity of whoever ran it is recorded too.
import { dirname, resolve } from 'node:path';
import { isMap } from 'yaml';
import { loadConfig } from '../config.ts';
import { cliError, EXIT, UsageError } from '../errors.ts';
import { gitIdentity } from '../git.ts';
import { describeFindings } from '../formatters/describe.ts';
import { isLang } from '../i18n/index.ts';
import { cli } from '../i18n/cli.ts';
import type { Io } from '../io.ts';
import { today as todayOption } from '../model/dates.ts';
import { displayPath } from '../model/find-files.ts';
import { asWritten, contentHash, rememberAsWritten, sectionHashes } from '../model/hash.ts';
import { checkSchemaVersion } from '../model/load.ts';
import { parseAssessment } from '../model/parse.ts';
import { renderEdited } from '../model/save-edited.ts';
import { VERSION_PATTERN } from '../model/schema.ts';
import { nearest } from '../model/validate.ts';
import { knownRoles, signoffState } from '../model/signoffs.ts';
import { readSource } from '../model/source.ts';
import { editableDocument, lockForUpdate, replaceFile, type Held } from '../model/update.ts';
import { setIn } from '../model/write.ts';
import { runRules } from '../rules/engine.ts';
import type { Lang } from '../rules/types.ts';

export interface ApproveOptions {
  file: string;
  role: string;
  name: string;
  date?: string;
  force?: boolean;
  reason?: string;
  lang?: string;
}

/** Findings that the approval itself settles, so they never block it. */
const SETTLED_BY_APPROVAL = new Set(['accountability/signoff', 'accountability/signoff-stale']);

/** A missing or stale sign-off, or a planned start that waits for the approval (not for the authority's answer). */
function settledByApproval(finding: { rule: string; args: Record<string, unknown> }): boolean {
  if (finding.rule === 'accountability/go-live') return !finding.args.consultation;
  return SETTLED_BY_APPROVAL.has(finding.rule);
}

export async function approve(options: ApproveOptions, io: Io): Promise<number> {
  const role = options.role?.trim();
  const name = options.name?.trim();
  if (!role) throw new UsageError(cliError('error.approve.roleEmpty'));
  if (!/^[A-Za-z][A-Za-z0-9_-]*$/.test(role)) throw new UsageError(cliError('error.approve.roleOneWord', { role }));
  if (!name) throw new UsageError(cliError('error.approve.nameEmpty'));
  if (options.force && !options.reason?.trim()) throw new UsageError(cliError('error.approve.forceNeedsReason'));
  if (options.reason !== undefined && !options.force) throw new UsageError(cliError('error.approve.reasonWithoutForce'));
  const date = todayOption(options.date, '--date');

  const config = loadConfig(io.cwd);
  const known = knownRoles(config);
  if (!known.includes(role)) {
    // `owner` was the default role before `risk-owner`; it is no typo of it, but meant it.
    const suggestion = nearest(role, known) ?? known.find((k) => k.endsWith(`-${role.toLowerCase()}`)) ?? '';
    throw new UsageError(cliError('error.approve.unknownRole', { role, suggestion, roles: known.join(', ') }));
  }

  const file = resolve(io.cwd, options.file);
  const display = displayPath(file, io.cwd);
  // Read, sign and write under the file's lock: parallel approvals take turns, none is lost.
  readSource(file);
  // Who runs the command, as git knows them: asked now, answered while the file is read.
  const identity = gitIdentity(dirname(file));
  const lock = await lockForUpdate(file, display);
  try {
    return await signLocked({ ...options, role, name }, date, config, file, display, lock, identity, io);
  } finally {
    lock.release();
  }
}

async function signLocked(options: ApproveOptions, date: string, config: ReturnType<typeof loadConfig>, file: string, display: string, lock: Held, asked: Promise<string | undefined>, io: Io): Promise<number> {
  const { role, name } = options;
  const original = readSource(file, file, true);
  const parsed = checkSchemaVersion(parseAssessment(original, display));
  const data = parsed.data;
  const lang: Lang = isLang(options.lang) ? options.lang : config.language ?? (isLang(data.language) ? data.language : 'en');

  const version = data.version;
  if (typeof version !== 'string' || !new RegExp(VERSION_PATTERN).test(version)) {
    io.stderr.write(`dpia: ${display}: ${cli(lang, 'approve.noVersion')}\n`);
    return EXIT.findings;
  }

  // Judge the file as it will be after signing, minus what signing settles.
  // Who ran the command, as git knows them: beside the name typed, never instead of it.
  const identity = await asked;
  const signoff: Record<string, unknown> = {
    role, name, ...(identity ? { gitIdentity: identity } : {}), date, version, contentHash: contentHash(data), sections: sectionHashes(data),
  };
  if (options.force) {
    signoff.forced = true;
    signoff.reason = options.reason!.trim();
  }
  const signoffs = Array.isArray(data.signoffs) ? [...data.signoffs] : [];
  const replaced = signoffs.findIndex((s) => s && typeof s === 'object' && (s as Record<string, unknown>).role === role && (s as Record<string, unknown>).version === version);
  if (replaced === -1) signoffs.push(signoff);
  else signoffs[replaced] = signoff;
  const after: Record<string, unknown> = { ...data, signoffs };
  // A file not yet migrated is signed as written: `after` must hash as `data` does.
  rememberAsWritten(after, asWritten(data));
  const state = signoffState(after, config);
  after.status = state.missing.length === 0 ? 'approved' : 'in-review';

  const errors = runRules(after, { today: date, config }).filter((f) => f.severity === 'error' && !settledByApproval(f));
  if (errors.length > 0) {
    const described = describeFindings(errors, parsed, lang);
    for (const f of described) io.stderr.write(`${display}:${f.line}:${f.column}: ${f.rule}: ${f.message}\n`);
    if (!options.force) {
      io.stderr.write(`dpia: ${display}: ${cli(lang, 'approve.refused', { count: errors.length })}\n`);
      return EXIT.findings;
    }
    io.stderr.write(`dpia: ${display}: ${cli(lang, 'approve.forced', { count: errors.length })}\n`);
  }

  const doc = editableDocument(original);
  const index = replaced === -1 ? (Array.isArray(data.signoffs) ? data.signoffs.length : 0) : replaced;
  setIn(doc, ['signoffs', index], signoff);
  // One line of section hashes per sign-off: they are for the tool, not for reading.
  const sections = doc.getIn(['signoffs', index, 'sections'], true);
  if (isMap(sections)) sections.flow = true;
  setIn(doc, ['status'], after.status);
  const text = renderEdited(original, doc);
  if (text !== original) replaceFile(file, display, text, original, lock);

  io.stdout.write(`${cli(lang, 'approve.signed', { id: typeof data.id === 'string' ? data.id : display, version, role, name })}\n`);
  io.stdout.write(`${state.missing.length === 0 ? cli(lang, 'approve.approved') : cli(lang, 'approve.waiting', { roles: state.missing.join(', ') })}\n`);
  return EXIT.ok;
}
