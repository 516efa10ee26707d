// GitHub Actions workflow commands: each finding becomes an annotation on its line in
// the pull request. https://docs.github.com/actions/reference/workflow-commands-for-github-actions
import type { Formatter } from './types.ts';

/** The message part of a command: %, CR and LF must be percent-encoded. */
export function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A property value: as data, and also ':' and ',' that would end the property. */
export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export const formatGithub: Formatter = (results) => {
  const lines: string[] = [];
  for (const file of results.files) {
    if (file.error) {
      const at = file.error.line ? `,line=${file.error.line},col=${file.error.column ?? 1}` : '';
      lines.push(`::error file=${escapeProperty(file.file)}${at},title=${escapeProperty(file.error.rule ?? 'dpia')}::${escapeData(file.error.message)}`);
    }
    for (const finding of file.findings) {
      const command = finding.severity === 'error' ? 'error' : 'warning';
      const properties = [
        `file=${escapeProperty(file.file)}`,
        `line=${finding.line}`,
        `col=${finding.column}`,
        `title=${escapeProperty(finding.rule)}`,
      ].join(',');
      const message = `${finding.message}${finding.path ? ` (${finding.path})` : ''}\n${finding.article}: ${finding.hint}`;
      lines.push(`::${command} ${properties}::${escapeData(message)}`);
    }
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
};
