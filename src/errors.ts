// Expected failures carry a one-line message for the user and an exit code; anything
// else that reaches the boundary in cli.ts is an internal error (exit 2, one line).
// The message is a key of a catalogue with its arguments, not a sentence: the boundary
// words it in the user's language (`--lang`, else the config's, else English), and
// `Error.message` holds the English wording for logs and tests.
import { BRAND, EXIT } from './exit.ts';
import { catalogueLanguages, message, type Area, type MessageArgs } from './i18n/catalogue.ts';

export { EXIT, isDpiaError, worstExit } from './exit.ts';


/** The keys of the CLI catalogue that errors use (cli-keys.ts lists them as used). */
export const ERROR_KEYS = [
  'error.approve.forceNeedsReason', 'error.approve.nameEmpty', 'error.approve.reasonWithoutForce', 'error.approve.roleEmpty', 'error.approve.roleOneWord', 'error.approve.unknownRole',
  'error.badDate',
  'error.check.concurrency', 'error.check.failed', 'error.check.maxWarnings', 'error.check.stdinAlone', 'error.check.stdinFilenameWithoutStdin',
  'error.bump.noAuthor', 'error.bump.noSummary', 'error.bump.version',
  'error.config.invalid', 'error.config.language', 'error.config.unknownKey', 'error.config.unknownRule',
  'error.diff.docxFiles', 'error.diff.fileCount', 'error.diff.notFound', 'error.diff.revisionsWithTwoFiles',
  'error.edit.noFile', 'error.edit.unknownSection',
  'error.export.what',
  'error.fairness.band', 'error.fairness.bands', 'error.fairness.count', 'error.fairness.csv', 'error.fairness.decisionThreshold', 'error.fairness.invalid', 'error.fairness.json', 'error.fairness.label', 'error.fairness.noColumn', 'error.fairness.noData', 'error.fairness.noDecision', 'error.fairness.noGroup',
  'error.fairness.noMetric', 'error.fairness.noOutcome', 'error.fairness.noProxies', 'error.fairness.noScoreOutcome', 'error.fairness.outOfBands', 'error.fairness.parquet', 'error.fairness.parquetCodec', 'error.fairness.noTests', 'error.fairness.noThreshold', 'error.fairness.score', 'error.fairness.unknownTest',
  'error.file.binary', 'error.file.cannotBeWritten', 'error.file.changed', 'error.file.directory', 'error.file.holdsNone', 'error.file.largerThan', 'error.file.locked', 'error.file.matchesNone', 'error.file.notRegular',
  'error.file.notUtf8', 'error.file.tooLarge', 'error.file.utf16',
  'error.fs.EACCES', 'error.fs.EISDIR', 'error.fs.ENOENT', 'error.fs.ENOTDIR', 'error.fs.other',
  'error.git.notARepository', 'error.git.notARevision', 'error.git.notInstalled', 'error.git.showFailed', 'error.git.unknownRevision',
  'error.internal', 'error.interview.answers',
  'error.migrate.version',
  'error.render.binaryToTerminal', 'error.render.browserMissing', 'error.render.cannotWrite', 'error.render.invalid', 'error.render.noBrowser', 'error.render.noticeRefused', 'error.render.printFailed', 'error.render.unknownDocument',
  'error.rules.unknownRule',
  'error.save.needsMigration',
  'error.scan.catalogue.bad-id', 'error.scan.catalogue.fixed-field', 'error.scan.catalogue.no-group', 'error.scan.catalogue.no-words', 'error.scan.catalogue.not-a-list',
  'error.scan.suggestFormat', 'error.scan.unreadable',
  'error.schemaVersion',
  'error.template.cannotBeRead', 'error.template.cannotRender', 'error.template.invalid', 'error.template.noFolder',
  'error.unknownFormat', 'error.unknownLanguage',
  'error.yaml.aliasBomb', 'error.yaml.aliasCycle', 'error.yaml.badAlias', 'error.yaml.cannotBeRead', 'error.yaml.cannotParse', 'error.yaml.duplicateKey', 'error.yaml.empty',
  'error.yaml.emptyHint', 'error.yaml.forbiddenKey', 'error.yaml.invalid',
  'error.yaml.reason.aliasProps', 'error.yaml.reason.badAlias', 'error.yaml.reason.badCollection', 'error.yaml.reason.badDirective', 'error.yaml.reason.badEscape', 'error.yaml.reason.badIndent', 'error.yaml.reason.badPropOrder', 'error.yaml.reason.badScalarStart', 'error.yaml.reason.blockAsKey', 'error.yaml.reason.blockInFlow', 'error.yaml.reason.impossible', 'error.yaml.reason.missingChar', 'error.yaml.reason.multilineKey', 'error.yaml.reason.multipleAnchors', 'error.yaml.reason.multipleDocs', 'error.yaml.reason.multipleTags', 'error.yaml.reason.nonStringKey', 'error.yaml.reason.resourceExhaustion', 'error.yaml.reason.tabIndent', 'error.yaml.reason.tagUnresolved', 'error.yaml.reason.unexpected', 'error.yaml.list', 'error.yaml.mergeKey', 'error.yaml.noDocument', 'error.yaml.plainKeys',
  'error.yaml.scalar', 'error.yaml.several', 'error.yaml.tag', 'error.yaml.tooDeep', 'error.yaml.tooManyAliases', 'error.yaml.unsupported',
] as const;
export type ErrorKey = (typeof ERROR_KEYS)[number];

/** Words to be said: a catalogue key and its arguments, which may be words themselves. */
export interface Said {
  area: Area;
  key: string;
  args?: Record<string, string | number | undefined | Said>;
}

/** An error's words from the CLI catalogue. */
export function cliError(key: ErrorKey, args?: Said['args']): Said {
  return { area: 'cli', key, args };
}

/** The words in `lang`. */
export function sayIn(lang: string, said: Said): string {
  const args: MessageArgs = {};
  for (const [name, value] of Object.entries(said.args ?? {})) args[name] = typeof value === 'object' ? sayIn(lang, value) : value;
  return message(lang, said.area, said.key, args);
}


export class DpiaError extends Error {
  readonly [BRAND] = true;
  constructor(readonly said: Said, readonly exitCode: number = EXIT.usage) {
    super(sayIn('en', said));
    this.name = 'DpiaError';
  }

  /** The one-line message in `lang` (the boundary prefixes "dpia: "). */
  text(lang: string): string {
    return sayIn(lang, this.said);
  }
}

/** Marks an InputError of any bundle: check's analysis is a bundle of its own (dist/commands/check-engine.cjs). */
const INPUT_BRAND = Symbol.for('dpia.InputError');

/** Input that cannot be read or parsed: names the file and, where known, line:column. */
export class InputError extends DpiaError {
  readonly [INPUT_BRAND] = true;

  /** `instanceof InputError` holds for one made by another bundle's copy of this class. */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[INPUT_BRAND] === true;
  }

  constructor(readonly file: string, readonly reason: Said, readonly line?: number, readonly column?: number) {
    super(reason, EXIT.usage);
    this.message = this.text('en');
    this.name = 'InputError';
  }

  /** `file:line:col: reason`, the reason in `lang`. */
  override text(lang: string): string {
    return `${this.file}${this.line ? `:${this.line}:${this.column ?? 1}` : ''}: ${sayIn(lang, this.reason)}`;
  }
}

export class UsageError extends DpiaError {
  constructor(said: Said) {
    super(said, EXIT.usage);
    this.name = 'UsageError';
  }
}

/** A language that has no catalogue: the languages that have one are listed. */
export function unknownLanguage(lang: string): Said {
  return cliError('error.unknownLanguage', { lang, langs: catalogueLanguages().join(', ') });
}

/** The rule an unexpected error names (a RuleFailure's `rule`), for "could not be checked (rule …)". */
export function failedRule(error: unknown): string | undefined {
  const rule = (error as { rule?: unknown } | null | undefined)?.rule;
  return typeof rule === 'string' ? rule : undefined;
}
