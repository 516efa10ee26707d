// The work behind `dpia check` for one file: parse, run the rules, put words to the
// findings. Kept apart from the command, in a bundle of its own
// (dist/commands/check-engine.cjs), so that a run answered from the result cache never
// loads, or even compiles, the parser, the validator or the rules.
import type { Config } from '../config.ts';
import { describeFindings } from '../formatters/describe.ts';
import type { DescribedFinding } from '../formatters/types.ts';
import { isLang } from '../i18n/index.ts';
import { checkSchemaVersion } from '../model/load.ts';
import { parseAssessment } from '../model/parse.ts';
import { runRules } from '../rules/engine.ts';
import type { Lang } from '../rules/types.ts';

export { RULES, RULES_BY_ID } from '../rules/registry.ts';
export { effectiveSeverity, ruleGroup } from '../rules/engine.ts';
export { nearest } from '../model/validate.ts';

export interface Analysis {
  lang: Lang;
  findings: DescribedFinding[];
}

export function analyseSource(text: string, display: string, options: { today: string; config: Config; lang?: Lang }): Analysis {
  const parsed = checkSchemaVersion(parseAssessment(text, display));
  const lang: Lang = options.lang ?? options.config.language ?? (isLang(parsed.data.language) ? parsed.data.language : 'en');
  const findings = runRules(parsed.data, { today: options.today, config: options.config });
  return { lang, findings: describeFindings(findings, parsed, lang) };
}
