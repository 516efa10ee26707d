// The edge where findings (data) get their words, language, line and column.
import { lineColumn, offsetIn, pathToString } from '../model/locate.ts';
import type { Parsed } from '../model/parse.ts';
import { RULES_BY_ID } from '../rules/registry.ts';
import type { Finding } from '../rules/types.ts';
import { ruleHint, ruleMessage } from '../rules/words.ts';
import type { DescribedFinding } from './types.ts';

export { summarise } from './summarise.ts';

export function describeFindings(findings: readonly Finding[], parsed: Pick<Parsed, 'doc' | 'text' | 'offsetAt'>, lang: string): DescribedFinding[] {
  const described = findings.map((finding) => {
    const rule = RULES_BY_ID.get(finding.rule);
    if (!rule) throw new Error(`unknown rule ${finding.rule}`);
    // A finding about a field of the CRM's schemas (dpia scan) is placed at the field; its path stays the assessment's.
    const at = finding.at ?? lineColumn(parsed.text, offsetIn(parsed, finding.path));
    return {
      rule: finding.rule,
      severity: finding.severity,
      message: ruleMessage(rule, lang, finding.args),
      path: pathToString(finding.path),
      line: at.line,
      column: at.column,
      article: rule.article,
      principle: rule.principle,
      hint: ruleHint(rule, lang),
    };
  });
  return described.sort((a, b) => a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule) || a.path.localeCompare(b.path) || a.message.localeCompare(b.message));
}

