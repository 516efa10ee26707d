import { PRINCIPLES, type Principle, type Severity } from '../rules/types.ts';
import { cli, RULE_FIELDS, type RuleField } from './cli.ts';
import { label } from './labels.ts';

/** Interface words that the rules' docs, `dpia rules`, `check` and the interview share. */
export interface UiText {
  noFindings(files: number): string;
  summary(total: number, errors: number, warnings: number, files: number): string;
  explain: string;
  /** `check`: how many files could not be checked. */
  unreadable(files: number): string;
  principles: Record<Principle, string>;
  severities: Record<Severity, string>;
  ruleFields: Record<RuleField, string>;
}

const cache = new Map<string, UiText>();

/** The interface words of `lang`, from the CLI and labels catalogues. */
/** `lang` may be the pseudo-locale (tests). */
export function ui(lang: string): UiText {
  let found = cache.get(lang);
  if (found) return found;
  found = {
    noFindings: (files) => cli(lang, 'check.noFindings', { files }),
    summary: (total, errors, warnings, files) => cli(lang, 'check.summary', { total, errors, warnings, files }),
    explain: cli(lang, 'check.explain'),
    unreadable: (files) => cli(lang, 'check.unreadable', { files }),
    principles: Object.fromEntries(PRINCIPLES.map((id) => [id, cli(lang, `principle.${id}`)])) as Record<Principle, string>,
    severities: { error: label(lang, 'severity', 'error'), warning: label(lang, 'severity', 'warning') },
    ruleFields: Object.fromEntries(RULE_FIELDS.map((field) => [field, cli(lang, `ruleField.${field}`)])) as Record<RuleField, string>,
  };
  cache.set(lang, found);
  return found;
}

export { isLang, languageChoice, unknownLanguage } from './catalogue.ts';
