// Rule documentation in Markdown, made from the rule metadata: `dpia rules ID --format md`
// prints one section, `npm run docs` writes docs/rules.md (English) and docs/rules.nb.md
// (bokmål), and a test fails when the committed files differ from what this makes.
import { catalogueLanguages } from '../i18n/catalogue.ts';
import { cli } from '../i18n/cli.ts';
import { ui } from '../i18n/index.ts';
import { localiseCitation } from '../i18n/articles.ts';
import { RULES } from './registry.ts';
import { ruleAnchor, ruleSummary } from './summary.ts';
import { ruleHint, ruleWhy } from './words.ts';
import type { Lang, Rule } from './types.ts';

/** The language whose message each section shows too: the catalogue names it (bokmål beside English, English beside the others). */
const other = (lang: Lang): Lang => cli(lang, 'ruleDocs.otherLanguage');

/** Text in a Markdown table cell or paragraph: no raw HTML, no cell breaks. */
export function mdText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\|/g, '\\|');
}

function fence(code: string, info: string): string {
  const longest = Math.max(2, ...[...code.matchAll(/`+/g)].map((m) => m[0].length));
  const ticks = '`'.repeat(longest + 1);
  return `${ticks}${info}\n${code.trimEnd()}\n${ticks}`;
}

/** One rule's section: heading with anchor, facts, why, fix, bad and good example. */
export function ruleSection(rule: Rule, lang: Lang, level = 2): string {
  const t = ui(lang);
  const f = t.ruleFields;
  const hashes = '#'.repeat(level);
  return [
    `<a id="${ruleAnchor(rule.id)}"></a>`,
    '',
    `${hashes} \`${rule.id}\``,
    '',
    `- **${f.article}:** ${mdText(localiseCitation(rule.article, lang))}`,
    `- **${f.severity}:** ${t.severities[rule.severity]}`,
    `- **${f.principle}:** ${t.principles[rule.principle]}`,
    `- **${f.message}:** ${mdText(ruleSummary(rule, lang))}`,
    `- **${cli(lang, 'ruleDocs.otherMessage')}:** ${mdText(ruleSummary(rule, other(lang)))}`,
    '',
    `**${f.why}:** ${ruleWhy(rule, lang)}`,
    '',
    `**${f.fix}:** ${ruleHint(rule, lang)}`,
    '',
    ...(rule.example.schema ? [`**${cli(lang, 'ruleDocs.schema', { file: rule.example.schema.file })}:**`, '', fence(rule.example.schema.text, 'sql'), ''] : []),
    `**${f.bad}:**`,
    '',
    fence(rule.example.bad, 'yaml'),
    '',
    `**${f.good}:**`,
    '',
    fence(rule.example.good, 'yaml'),
    '',
  ].join('\n');
}

/** The list of rules as a Markdown table, linking to the sections. */
export function rulesTable(rules: readonly Rule[], lang: Lang): string {
  const t = ui(lang);
  const f = t.ruleFields;
  const rows = rules.map((rule) => `| [\`${rule.id}\`](#${ruleAnchor(rule.id)}) | ${t.severities[rule.severity]} | ${t.principles[rule.principle]} | ${mdText(localiseCitation(rule.article, lang))} | ${mdText(ruleSummary(rule, lang))} |`);
  return [`| ${f.rule} | ${f.severity} | ${f.principle} | ${f.article} | ${f.message} |`, '|---|---|---|---|---|', ...rows, ''].join('\n');
}

/** The whole rules page in one language. */
export function rulesPage(lang: Lang, rules: readonly Rule[] = RULES): string {
  return [
    '<!-- Generated from the rule metadata in src/rules/ by `npm run docs`; do not edit by hand. -->',
    '',
    `# ${cli(lang, 'ruleDocs.title')}`,
    '',
    cli(lang, 'ruleDocs.sibling'),
    '',
    cli(lang, 'ruleDocs.intro'),
    '',
    fence('rules:\n  consent/records: warn\n  security/backup: off', 'yaml'),
    '',
    `## ${cli(lang, 'ruleDocs.list')}`,
    '',
    rulesTable(rules, lang),
    ...rules.map((rule) => ruleSection(rule, lang)),
  ].join('\n');
}

/** Every generated docs file by its path in the repository. */
export function generatedDocs(rules: readonly Rule[] = RULES): Record<string, string> {
  // English is docs/rules.md; every other catalogue language gets docs/rules.<code>.md.
  return Object.fromEntries(catalogueLanguages().map((lang) => [lang === 'en' ? 'docs/rules.md' : `docs/rules.${lang}.md`, rulesPage(lang, rules)]));
}
