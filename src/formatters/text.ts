import { ui } from '../i18n/index.ts';
import { PLAIN } from './palette.ts';
import { visible } from '../visible.ts';
import type { Formatter } from './types.ts';

export const formatText: Formatter = (results, context) => {
  const chalk = context.colour ? context.palette ?? PLAIN : PLAIN;
  const words = ui(context.lang);
  const lines: string[] = [];
  for (const file of results.files) {
    if (file.findings.length === 0) continue;
    lines.push(chalk.underline(visible(file.file)));
    const t = ui(file.lang);
    const width = Math.max(...file.findings.map((f) => `${f.line}:${f.column}`.length));
    const severityWidth = Math.max(...file.findings.map((f) => t.severities[f.severity].length));
    const ruleWidth = Math.max(...file.findings.map((f) => f.rule.length));
    for (const finding of file.findings) {
      const where = `${finding.line}:${finding.column}`.padEnd(width);
      const label = t.severities[finding.severity].padEnd(severityWidth);
      const severity = finding.severity === 'error' ? chalk.red(label) : chalk.yellow(label);
      lines.push(`  ${chalk.dim(where)}  ${severity}  ${chalk.dim(finding.rule.padEnd(ruleWidth))}  ${visible(finding.message)}`);
    }
    lines.push('');
  }
  const { errors, warnings } = results.summary;
  // Files that could not be checked are named on stderr, one line each; here they are counted.
  const unreadable = results.files.filter((file) => file.error).length;
  const files = results.summary.files - unreadable;
  if (errors + warnings === 0) {
    if (files > 0 || unreadable === 0) lines.push(chalk.green(words.noFindings(files)));
  } else {
    lines.push(chalk.bold((errors > 0 ? chalk.red : chalk.yellow)(words.summary(errors + warnings, errors, warnings, files))));
    lines.push(chalk.dim(words.explain));
  }
  if (unreadable > 0) lines.push(chalk.red(words.unreadable(unreadable)));
  return `${lines.join('\n')}\n`;
};

/** Control characters from the file (a key with a newline, an escape sequence) are shown escaped. */
export { visible };
