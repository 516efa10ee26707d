// Rule documentation in Markdown, made from the rule metadata: `dpia rules ID --format md`
// prints one section, `npm run docs` writes docs/rules.md (English) and docs/rules.nb.md
// (bokmål), and a test fails when the committed files differ from what this makes.
import { ui } from '../i18n/index.ts';
import { localiseCitation } from '../i18n/articles.ts';
import { RULES } from './registry.ts';
import { ruleAnchor, ruleSummary } from './summary.ts';
import { ruleHint, ruleWhy } from './words.ts';
import type { Lang, Rule } from './types.ts';

const other = (lang: Lang): Lang => (lang === 'en' ? 'nb' : 'en');

/** Text in a Markdown table cell or paragraph: no raw HTML, no cell breaks. */
export function mdText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\|/g, '\\|');
}

function fence(code: string, info: string): string {
  const longest = Math.max(2, ...[...code.matchAll(/`+/g)].map((m) => m[0].length));
  const ticks = '`'.repeat(longest + 1);
  return `${ticks}${info}\n${code.trimEnd()}\n${ticks}`;
}

const WORDS = {
  en: { otherMessage: 'Message in bokmål', title: 'Rules', list: 'All rules' },
  nb: { otherMessage: 'Melding på engelsk', title: 'Regler', list: 'Alle regler' },
} as const;

/** One rule's section: heading with anchor, facts, why, fix, bad and good example. */
export function ruleSection(rule: Rule, lang: Lang, level = 2): string {
  const t = ui(lang);
  const f = t.ruleFields;
  const w = WORDS[lang];
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
    `- **${w.otherMessage}:** ${mdText(ruleSummary(rule, other(lang)))}`,
    '',
    `**${f.why}:** ${ruleWhy(rule, lang)}`,
    '',
    `**${f.fix}:** ${ruleHint(rule, lang)}`,
    '',
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

const INTRO: Record<Lang, string> = {
  en: [
    '`dpia check` runs every rule below on each assessment. A finding at `error` level makes the check fail',
    '(exit 1); `warning` fails only with `--strict`. `dpia rules ID` prints a section of this page in the terminal.',
    'Change a rule\'s severity, or switch it off, in `dpia.config.yaml`:',
  ].join('\n'),
  nb: [
    '`dpia check` kjører alle reglene nedenfor på hver vurdering. Et funn på nivået `feil` gjør at kontrollen feiler',
    '(exit 1); `advarsel` feiler bare med `--strict`. `dpia rules ID` skriver ut et avsnitt fra denne siden i terminalen.',
    'Endre alvorlighetsgraden til en regel, eller slå den av, i `dpia.config.yaml`:',
  ].join('\n'),
};

/** The whole rules page in one language. */
export function rulesPage(lang: Lang, rules: readonly Rule[] = RULES): string {
  const sibling = lang === 'en' ? '[Norsk bokmål](rules.nb.md)' : '[English](rules.md)';
  return [
    '<!-- Generated from the rule metadata in src/rules/ by `npm run docs`; do not edit by hand. -->',
    '',
    `# ${WORDS[lang].title}`,
    '',
    sibling,
    '',
    INTRO[lang],
    '',
    fence('rules:\n  consent/records: warn\n  security/backup: off', 'yaml'),
    '',
    `## ${WORDS[lang].list}`,
    '',
    rulesTable(rules, lang),
    ...rules.map((rule) => ruleSection(rule, lang)),
  ].join('\n');
}

/** Every generated docs file by its path in the repository. */
export function generatedDocs(rules: readonly Rule[] = RULES): Record<string, string> {
  return { 'docs/rules.md': rulesPage('en', rules), 'docs/rules.nb.md': rulesPage('nb', rules) };
}
