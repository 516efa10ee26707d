import type { Formatter } from './types.ts';

export const formatJson: Formatter = (results) => `${JSON.stringify({
  files: results.files.map((file) => ({
    file: file.file,
    findings: file.findings.map(({ rule, severity, message, path, line, column, article }) => ({ rule, severity, message, path, line, column, article })),
    ...(file.error ? { error: file.error } : {}),
  })),
  summary: results.summary,
}, null, 2)}\n`;
