// JUnit XML for CI test reports: a testsuite per file, a passing testcase per rule that
// found nothing in it and a failing testcase per finding. No timestamps (deterministic).
import { localiseCitation } from '../i18n/articles.ts';
import { cli } from '../i18n/cli.ts';
import type { Lang } from '../rules/types.ts';
import type { DescribedFinding, Formatter } from './types.ts';

/** Text for XML attributes and content; characters XML 1.0 cannot hold at all are dropped. */
export function xmlEscape(value: string | number): string {
  return String(value)
    // eslint-disable-next-line no-control-regex -- the control characters XML 1.0 forbids are what this drops
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\r/g, '&#13;')
    .replace(/\n/g, '&#10;')
    .replace(/\t/g, '&#9;');
}

export const formatJunit: Formatter = (results, context) => {
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>'];
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  let errors = 0;
  for (const file of results.files) {
    if (file.error) {
      // A file that could not be checked is one testcase in error, named by the rule that failed.
      const where = `${file.file}${file.error.line ? `:${file.error.line}:${file.error.column ?? 1}` : ''}`;
      suites.push(
        `  <testsuite name="${xmlEscape(file.file)}" tests="1" failures="0" errors="1" skipped="0">`,
        `    <testcase name="${xmlEscape(file.error.rule ?? 'dpia')}" classname="${xmlEscape(file.file)}" file="${xmlEscape(file.file)}"${file.error.line ? ` line="${file.error.line}"` : ''}>`,
        `      <error message="${xmlEscape(file.error.message)}" type="error">${xmlEscape(`${where}: ${file.error.message}`)}</error>`,
        '    </testcase>',
        '  </testsuite>',
      );
      tests++;
      errors++;
      continue;
    }
    const cases: string[] = [];
    const byRule = new Map<string, DescribedFinding[]>();
    for (const finding of file.findings) byRule.set(finding.rule, [...(byRule.get(finding.rule) ?? []), finding]);
    for (const rule of context.rules) {
      const found = byRule.get(rule.id);
      if (!found) {
        cases.push(`    <testcase name="${xmlEscape(rule.id)}" classname="${xmlEscape(file.file)}"/>`);
        continue;
      }
      for (const finding of found) cases.push(failingCase(file.file, finding, file.lang));
      byRule.delete(rule.id);
    }
    // Findings of rules the context does not list (none in practice) still fail.
    for (const found of byRule.values()) for (const finding of found) cases.push(failingCase(file.file, finding, file.lang));
    tests += cases.length;
    failures += file.findings.length;
    suites.push(
      `  <testsuite name="${xmlEscape(file.file)}" tests="${cases.length}" failures="${file.findings.length}" errors="0" skipped="0">`,
      ...cases,
      '  </testsuite>',
    );
  }
  out.push(`<testsuites name="dpia" tests="${tests}" failures="${failures}" errors="${errors}">`, ...suites, '</testsuites>');
  return `${out.join('\n')}\n`;
};

/** A failing testcase, its body in the language of the file's findings. */
function failingCase(file: string, finding: DescribedFinding, lang: Lang): string {
  const body = cli(lang, 'junit.failure', {
    where: `${file}:${finding.line}:${finding.column}`,
    severity: finding.severity,
    rule: finding.rule,
    message: finding.message,
    path: finding.path || cli(lang, 'junit.wholeFile'),
    article: localiseCitation(finding.article, lang),
    hint: finding.hint,
  });
  // The body is element content: newlines stay real newlines there.
  const content = xmlEscape(body).replace(/&#10;/g, '\n');
  return [
    `    <testcase name="${xmlEscape(`${finding.rule} ${finding.path}`.trim())}" classname="${xmlEscape(file)}" file="${xmlEscape(file)}" line="${finding.line}">`,
    `      <failure message="${xmlEscape(finding.message)}" type="${finding.severity}">${content}</failure>`,
    '    </testcase>',
  ].join('\n');
}
