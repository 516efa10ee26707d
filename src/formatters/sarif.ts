// SARIF 2.1.0 for code scanning (GitHub, Azure DevOps, IDE viewers): the rules with
// their help, and a result per finding with its region. Same input, same bytes.
import type { Invocation, Log, Notification, ReportingDescriptor, Result } from 'sarif';
import { ui } from '../i18n/index.ts';
import { ruleSummary } from '../rules/summary.ts';
import { ruleHint, ruleWhy } from '../rules/words.ts';
import type { Rule } from '../rules/types.ts';
import type { Formatter, FormatContext } from './types.ts';

const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

/** A relative path as a URI reference (forward slashes, each segment percent-encoded). */
export function fileUri(file: string): string {
  const slashed = file.replace(/\\/g, '/');
  const encoded = slashed.split('/').map((segment) => encodeURIComponent(segment)).join('/');
  if (/^[A-Za-z]:\//.test(slashed)) return `file:///${slashed.slice(0, 2)}${encoded.slice(slashed.indexOf('/') + 2)}`;
  return slashed.startsWith('/') ? `file://${encoded}` : encoded;
}

function descriptor(rule: Rule, context: FormatContext): ReportingDescriptor {
  const lang = context.lang;
  const words = ui(lang).ruleFields;
  const summary = ruleSummary(rule, lang);
  const hint = ruleHint(rule, lang);
  const why = ruleWhy(rule, lang);
  return {
    id: rule.id,
    name: rule.id.split(/[/-]/).map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join(''),
    shortDescription: { text: summary },
    fullDescription: { text: why },
    help: {
      text: `${words.fix}: ${hint}\n${words.article}: ${rule.article}\n${words.why}: ${why}`,
      markdown: [
        `**${words.fix}:** ${hint}`,
        `**${words.article}:** ${rule.article}`,
        `**${words.why}:** ${why}`,
        `**${words.bad}:**\n\n\`\`\`yaml\n${rule.example.bad.trimEnd()}\n\`\`\``,
        `**${words.good}:**\n\n\`\`\`yaml\n${rule.example.good.trimEnd()}\n\`\`\``,
      ].join('\n\n'),
    },
    defaultConfiguration: { level: rule.severity === 'error' ? 'error' : 'warning' },
    properties: { principle: rule.principle, article: rule.article, tags: ['privacy', 'gdpr', rule.principle] },
  };
}

/** The repository's root, for code scanning: the base of every relative artifact URI. */
const SRCROOT = '%SRCROOT%';

export const formatSarif: Formatter = (results, context) => {
  const index = new Map(context.rules.map((rule, i) => [rule.id, i]));
  // Relative to the repository's root where it is known (uriBaseId %SRCROOT%), else as reported.
  const artifact = (file: string) => {
    const inRepo = context.sourcePath?.(file);
    return inRepo !== undefined ? { uri: fileUri(inRepo), uriBaseId: SRCROOT } : { uri: fileUri(file) };
  };
  const out: Result[] = [];
  for (const file of results.files) {
    for (const finding of file.findings) {
      const result: Result = {
        ruleId: finding.rule,
        level: finding.severity === 'error' ? 'error' : 'warning',
        message: { text: finding.message },
        locations: [{
          physicalLocation: {
            artifactLocation: artifact(file.file),
            region: { startLine: finding.line, startColumn: finding.column },
          },
          ...(finding.path ? { logicalLocations: [{ fullyQualifiedName: finding.path, kind: 'member' }] } : {}),
        }],
        properties: { path: finding.path, article: finding.article, principle: finding.principle },
      };
      const ruleIndex = index.get(finding.rule);
      if (ruleIndex !== undefined) result.ruleIndex = ruleIndex;
      out.push(result);
    }
  }
  // Files that could not be checked: notifications of a run that did not succeed.
  const notifications: Notification[] = results.files.filter((file) => file.error).map((file) => ({
    level: 'error',
    message: { text: file.error!.message },
    locations: [{
      physicalLocation: {
        artifactLocation: artifact(file.file),
        ...(file.error!.line ? { region: { startLine: file.error!.line, startColumn: file.error!.column ?? 1 } } : {}),
      },
    }],
    ...(file.error!.rule ? { associatedRule: { id: file.error!.rule } } : {}),
  }));
  const invocations: Invocation[] = notifications.length > 0 ? [{ executionSuccessful: false, toolExecutionNotifications: notifications }] : [];
  const log: Log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: 'dpia',
          version: context.version,
          semanticVersion: context.version,
          // No informationUri: dpia has no public address yet, and a made-up one answers nothing.
          rules: context.rules.map((rule) => descriptor(rule, context)),
        },
      },
      ...(invocations.length > 0 ? { invocations } : {}),
      // The root itself is left to the consumer (GitHub checks out the repository there): no machine's path in the log.
      ...(context.sourcePath ? { originalUriBaseIds: { [SRCROOT]: { description: { text: 'The root of the repository' } } } } : {}),
      columnKind: 'utf16CodeUnits',
      results: out,
    }],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};
