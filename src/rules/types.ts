// The shape of a rule: metadata first, then the check. Rules report data (path and
// args); wording, language, line and column are added when findings are printed.
import type { Assessment } from '../model/schema.ts';
import type { Path } from '../model/locate.ts';
import type { Config } from '../config.ts';
import type { FieldLocation, ScanFacts } from '../scan/facts.ts';

export type Severity = 'error' | 'warning';
/** A language code with a catalogue folder in i18n/ (en, nb, …): the words are the catalogues', not the code's. */
export type Lang = string;

export const PRINCIPLES = ['structure', 'purpose', 'consent', 'data-quality', 'data-security', 'accountability', 'transparency', 'fairness'] as const;
export type Principle = (typeof PRINCIPLES)[number];

export type Args = Record<string, string | number>;

export interface RuleContext {
  /** The assessment, with values of the wrong type removed (they are schema findings). */
  readonly data: Assessment;
  /** The date that deadlines are judged against, YYYY-MM-DD. */
  readonly today: string;
  readonly config: Config;
  /** contentHash(data), worked out once for all the rules that compare sign-offs with it. */
  contentHash(): string;
  /** The CRM's fields in this assessment's scope, when dpia scan (or check with scan.check) runs: the data/*-field rules read it. */
  readonly scan?: ScanFacts;
}

/** `at`: for a finding about a field of the CRM's schemas, where that field is defined (the finding is reported there). */
export type Report = (path: Path, args?: Args, at?: FieldLocation) => void;

export interface Rule {
  /** `area/name`; never reused once retired. */
  id: string;
  principle: Principle;
  /** The legal source, e.g. "GDPR Art. 7(3)" or "AI Act Art. 50(1)". */
  article: string;
  severity: Severity;
  // The words (message, hint, why) are in the rules catalogue under `<id>.message`,
  // `<id>.hint` and `<id>.why`: see words.ts.
  /** Data that the rule's `why` lists (e.g. the countries with an adequacy decision), as its args. */
  whyArgs?: (lang: string) => Args;
  /**
   * Words for args that are ids (notice elements, enumeration values), added when a
   * finding is printed: findings stay data, and every language gets its own words.
   */
  messageArgs?: (args: Args, lang: string) => Args;
  /**
   * YAML documents: `bad` triggers the rule, `good` does not (both are tested); for a rule
   * that holds the CRM's schemas against the assessment, the schema file both are held against.
   */
  example: { bad: string; good: string; schema?: { file: string; text: string } };
  check(ctx: RuleContext, report: Report): void;
}

export interface Finding {
  rule: string;
  severity: Severity;
  path: Path;
  args: Args;
  /** Reported at a field of the CRM's schemas rather than in the assessment. */
  at?: FieldLocation;
}
