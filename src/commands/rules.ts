// `dpia rules [ID]`: the list of rules, or one rule explained (article, why, how to fix,
// an example that triggers it and one that passes).
import { Chalk } from 'chalk';
import { loadConfig } from '../config.ts';
import { cliError, DpiaError, EXIT, unknownLanguage, UsageError } from '../errors.ts';
import { isLang, ui } from '../i18n/index.ts';
import { localiseCitation } from '../i18n/articles.ts';
import { useColour, type Io } from '../io.ts';
import { nearest } from '../model/validate.ts';
import { RULES, RULES_BY_ID } from '../rules/registry.ts';
import { ruleSection, rulesTable } from '../rules/rule-docs.ts';
import { ruleSummary } from '../rules/summary.ts';
import { ruleHint, ruleWhy } from '../rules/words.ts';
import type { Lang, Rule } from '../rules/types.ts';

export interface RulesOptions {
  id?: string;
  lang?: string;
  format?: string;
}

const FORMATS = ['text', 'json', 'md'] as const;

export async function rules(options: RulesOptions, io: Io): Promise<number> {
  const format = options.format ?? 'text';
  if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(cliError('error.unknownFormat', { format: format, formats: FORMATS.join(', ') }));
  if (options.lang !== undefined && !isLang(options.lang)) throw new UsageError(unknownLanguage(options.lang));
  const lang: Lang = (options.lang as Lang | undefined) ?? configLanguage(io) ?? 'en';

  if (options.id === undefined) {
    io.stdout.write(format === 'json' ? json(RULES.map((rule) => listEntry(rule, lang))) : format === 'md' ? rulesTable(RULES, lang) : listText(RULES, lang, useColour(io)));
    return EXIT.ok;
  }
  const rule = RULES_BY_ID.get(options.id);
  if (!rule) {
    const suggestion = nearest(options.id, [...RULES_BY_ID.keys()]);
    throw new UsageError(cliError('error.rules.unknownRule', { id: options.id, suggestion }));
  }
  io.stdout.write(format === 'json' ? json(detail(rule, lang)) : format === 'md' ? ruleSection(rule, lang, 1) : explainText(rule, lang, useColour(io)));
  return EXIT.ok;
}

/** The configured language, if a readable config says so; a broken config is `check`'s business. */
function configLanguage(io: Io): Lang | undefined {
  try {
    return loadConfig(io.cwd).language;
  } catch (error) {
    if (error instanceof DpiaError) return undefined;
    throw error;
  }
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

function listEntry(rule: Rule, lang: Lang) {
  return { id: rule.id, severity: rule.severity, principle: rule.principle, article: rule.article, message: ruleSummary(rule, lang) };
}

function detail(rule: Rule, lang: Lang) {
  return { ...listEntry(rule, lang), why: ruleWhy(rule, lang), hint: ruleHint(rule, lang), example: { bad: rule.example.bad, good: rule.example.good } };
}

function listText(list: readonly Rule[], lang: Lang, colour: boolean): string {
  const chalk = new Chalk({ level: colour ? 1 : 0 });
  const t = ui(lang);
  const rows = list.map((rule) => [rule.id, t.severities[rule.severity], t.principles[rule.principle], localiseCitation(rule.article, lang), ruleSummary(rule, lang)]);
  const header = [t.ruleFields.rule, t.ruleFields.severity, t.ruleFields.principle, t.ruleFields.article, t.ruleFields.message];
  const widths = header.slice(0, -1).map((_, i) => Math.max(header[i].length, ...rows.map((row) => row[i].length)));
  const line = (cells: string[]) => cells.map((cell, i) => (i < widths.length ? cell.padEnd(widths[i]) : cell)).join('  ').trimEnd();
  const body = rows.map((row) => {
    const text = line(row);
    const severity = row[1] === t.severities.error ? chalk.red : chalk.yellow;
    // Colour after padding, so escape codes do not upset the column widths.
    return chalk.bold(text.slice(0, widths[0])) + text.slice(widths[0], widths[0] + 2) + severity(text.slice(widths[0] + 2, widths[0] + 2 + widths[1])) + text.slice(widths[0] + 2 + widths[1]);
  });
  return `${[chalk.dim(line(header)), ...body, '', chalk.dim(t.explain)].join('\n')}\n`;
}

function explainText(rule: Rule, lang: Lang, colour: boolean): string {
  const chalk = new Chalk({ level: colour ? 1 : 0 });
  const t = ui(lang);
  const f = t.ruleFields;
  const indent = (text: string) => text.trimEnd().split('\n').map((l) => `    ${l}`).join('\n');
  const facts: [string, string][] = [[f.article, localiseCitation(rule.article, lang)], [f.severity, t.severities[rule.severity]], [f.principle, t.principles[rule.principle]]];
  const width = Math.max(...facts.map(([label]) => label.length)) + 1;
  return `${[
    `${chalk.bold(rule.id)}  ${ruleSummary(rule, lang)}`,
    '',
    ...facts.map(([label, value]) => `${`${label}:`.padEnd(width)} ${value}`),
    '',
    chalk.bold(f.why),
    indent(wrap(ruleWhy(rule, lang))),
    '',
    chalk.bold(f.fix),
    indent(wrap(ruleHint(rule, lang))),
    '',
    chalk.bold(`${f.bad}:`),
    chalk.red(indent(rule.example.bad)),
    '',
    chalk.bold(`${f.good}:`),
    chalk.green(indent(rule.example.good)),
  ].join('\n')}\n`;
}

/** Wraps prose at 88 columns so that it reads well in an 80–100 column terminal. */
function wrap(text: string, width = 88): string {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (current && current.length + 1 + word.length > width) {
      lines.push(current);
      current = word;
    } else {
      current = current ? `${current} ${word}` : word;
    }
  }
  if (current) lines.push(current);
  return lines.join('\n');
}
