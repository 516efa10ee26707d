// The words of the command line (summaries, messages of the version commands, table
// headers, report formats) from i18n/<lang>/cli.json. Code names a key; the type below
// lists every key, so a key the code uses is always one the completeness test knows.
import type { Principle, Lang } from '../rules/types.ts';
import type { ItemChange } from '../diff/semantic.ts';
import type { RopaColumn } from '../ropa/record.ts';
import { hasMessage, message, type MessageArgs } from './catalogue.ts';

/** The keys used as written in the code (the families built from an id are below). */
export const CLI_KEYS = [
  'approve.approved', 'approve.forced', 'approve.noVersion', 'approve.refused', 'approve.signed', 'approve.waiting',
  'bump.bumped',
  'migrate.consent.moved', 'migrate.consent.renamed', 'migrate.current', 'migrate.duration', 'migrate.moved', 'migrate.needed', 'migrate.schemaVersion',
  'migrate.signoff.rebound', 'migrate.signoff.stale', 'migrate.wouldMove',
  'check.explain', 'check.noFindings', 'check.summary', 'check.tooManyWarnings', 'check.unreadable',
  'diff.noChange', 'diff.other', 'diff.status', 'diff.textChanged', 'diff.version', 'diff.workingTree',
  'diff.note.legalBasis.changed', 'diff.note.legalBasis.set', 'diff.note.level.changed', 'diff.note.level.removed', 'diff.note.level.set',
  'fairness.computed', 'fairness.group', 'fairness.missing', 'fairness.recorded', 'fairness.result', 'fairness.sql',
  'diff.note.noLongerSpecial', 'diff.note.nowSpecial', 'diff.note.special', 'diff.note.transfer',
  'junit.failure', 'junit.wholeFile',
  // The summary notes of the migration steps (src/model/migrations/*.ts).
  'migrate.ai-act-class.renamed', 'migrate.personal-data-for-training.dropped', 'migrate.personal-data-for-training.renamed',
  'ropa.countryNotStated', 'ropa.findings', 'ropa.mechanismNotStated', 'ropa.noDpo', 'ropa.none', 'ropa.notStated', 'ropa.planned', 'ropa.purposePlanned',
  'ropa.securityAbove', 'ropa.special', 'ropa.warnErrors',
  'scan.counts', 'scan.nothingToSuggest', 'scan.suggested',
  'scanDocs.abbreviations', 'scanDocs.comments', 'scanDocs.contexts', 'scanDocs.contextual', 'scanDocs.intro', 'scanDocs.law', 'scanDocs.names', 'scanDocs.nationalId', 'scanDocs.not', 'scanDocs.title',
  'status.approvedNotSigned', 'status.awaiting', 'status.overdue', 'status.stale',
  'ruleDocs.intro', 'ruleDocs.list', 'ruleDocs.otherLanguage', 'ruleDocs.otherMessage', 'ruleDocs.schema', 'ruleDocs.sibling', 'ruleDocs.title',
] as const;

/** The fields of a rule's explanation (`dpia rules ID`, SARIF help, docs/rules.md). */
export const RULE_FIELDS = ['rule', 'message', 'principle', 'article', 'severity', 'why', 'fix', 'bad', 'good'] as const;
export type RuleField = (typeof RULE_FIELDS)[number];

/** The columns of `dpia status`, in order. */
export const STATUS_COLUMNS = ['file', 'id', 'title', 'version', 'status', 'errors', 'warnings', 'highestResidualRisk', 'nextReview', 'signedBy'] as const;
export type StatusColumn = (typeof STATUS_COLUMNS)[number];

export type CliKey =
  | (typeof CLI_KEYS)[number]
  | `principle.${Principle}`
  | `ruleField.${RuleField}`
  | `diff.${ItemChange['kind']}`
  | `diff.section.${string}`
  | `status.header.${StatusColumn}`
  | `ropa.header.${RopaColumn}`;

/** The message `key` of the CLI catalogue in `lang`. */
export function cli(lang: Lang, key: CliKey, args?: MessageArgs): string {
  return message(lang, 'cli', key, args);
}

/** Like cli(), for a key built from data that may have no words (then undefined). */
export function cliIfAny(lang: Lang, key: CliKey): string | undefined {
  return hasMessage(lang, 'cli', key) ? message(lang, 'cli', key) : undefined;
}
