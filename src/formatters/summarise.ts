import type { CheckResults, FileResult } from './types.ts';

export function summarise(files: FileResult[]): CheckResults {
  let errors = 0;
  let warnings = 0;
  for (const file of files) {
    for (const finding of file.findings) {
      if (finding.severity === 'error') errors++;
      else warnings++;
    }
  }
  return { files, summary: { files: files.length, errors, warnings } };
}
