// One shape for every output format: (results, context) => string.
import type { Lang, Principle, Rule, Severity } from '../rules/types.ts';
import type { Palette } from './palette.ts';

export interface DescribedFinding {
  rule: string;
  severity: Severity;
  message: string;
  /** Dotted YAML path, e.g. `risks.2.residual`. */
  path: string;
  line: number;
  column: number;
  article: string;
  principle: Principle;
  hint: string;
}

/** Why a file could not be checked (it has no findings then): its words and where. */
export interface FileError {
  message: string;
  /** Absent when the path itself was not found. */
  line?: number;
  column?: number;
  /** The rule that failed, when the failure was one rule's. */
  rule?: string;
}

export interface FileResult {
  /** As given or found, relative to the working directory where possible. */
  file: string;
  lang: Lang;
  findings: DescribedFinding[];
  /** Set when the file could not be read or checked; every other file is still reported. */
  error?: FileError;
}

export interface CheckResults {
  files: FileResult[];
  summary: { files: number; errors: number; warnings: number };
}

export interface FormatContext {
  lang: Lang;
  colour: boolean;
  /** Colours to use when `colour` is on (see palette.ts). */
  palette?: Palette;
  rules: readonly Rule[];
  version: string;
  /**
   * For SARIF: each reported file's path relative to the repository's root (forward
   * slashes), so that code scanning finds it whichever folder check ran from. Files outside
   * the repository (or with no repository) are left as reported.
   */
  sourcePath?: (file: string) => string | undefined;
}

export type Formatter = (results: CheckResults, context: FormatContext) => string;
