// Interface words in English. nb.ts has the same keys (the type makes sure of it).
export const en = {
  error: 'error',
  warning: 'warning',
  noFindings: (files: number) => `✔ ${files} ${files === 1 ? 'file' : 'files'} checked, no findings`,
  summary: (total: number, errors: number, warnings: number, files: number) =>
    `✖ ${total} ${total === 1 ? 'finding' : 'findings'} (${errors} ${errors === 1 ? 'error' : 'errors'}, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}) in ${files} ${files === 1 ? 'file' : 'files'}`,
  explain: 'Run `dpia rules <id>` to see why a rule matters and how to fix it.',
  principles: {
    structure: 'File structure',
    purpose: 'Purpose',
    consent: 'Consent',
    'data-quality': 'Data quality',
    'data-security': 'Data security',
    accountability: 'Accountability',
    transparency: 'Transparency',
    fairness: 'Fairness',
  },
  severities: { error: 'error', warning: 'warning' },
  ruleFields: { rule: 'Rule', message: 'Message', principle: 'Principle', article: 'Article', severity: 'Default severity', why: 'Why', fix: 'How to fix', bad: 'Triggers the rule', good: 'Passes' },
};

export type UiText = typeof en;
