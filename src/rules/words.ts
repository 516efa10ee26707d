// The words of a rule come from the rules catalogue (i18n/<lang>/rules.json), three keys
// per rule: `<id>.message` (the finding, filled from the report's args), `<id>.hint` (how
// to fix it) and `<id>.why` (why the rule exists). The rule files hold no sentences.
import { message, type MessageArgs } from '../i18n/catalogue.ts';
import { formatDate, formatDuration } from '../i18n/format.ts';
import { isDate, isDuration, parseDuration } from '../model/dates.ts';
import { RULES } from './registry.ts';
import type { Args, Rule } from './types.ts';

export const RULE_WORDS = ['message', 'hint', 'why'] as const;
export type RuleWord = (typeof RULE_WORDS)[number];

/** The catalogue key of one of a rule's words: `consent/withdrawal.message`. */
export function ruleKey(id: string, word: RuleWord): string {
  return `${id}.${word}`;
}

/** Every key of the rules catalogue that the rules use: three per rule. */
export function usedRuleKeys(rules: readonly Pick<Rule, 'id'>[] = RULES): string[] {
  return rules.flatMap((rule) => RULE_WORDS.map((word) => ruleKey(rule.id, word)));
}

/** The names of the args that hold a duration as written in the file (any other arg holds one only in its ISO form). */
const DURATION_ARGS = new Set(['retention', 'logRetention', 'responseTime', 'frequency', 'cadence']);

/**
 * Numbers as strings: ICU would group their digits by locale, and no rule message has a
 * plural. Dates and durations in words, as people read them ("3 March 2027", "1 month"),
 * never `2027-03-03` or `P1M`; `found` is what a schema finding quotes as written.
 */
function strings(args: Args | undefined, lang: string): MessageArgs {
  return Object.fromEntries(Object.entries(args ?? {}).map(([name, value]) => {
    if (name === 'found') return [name, String(value)];
    if (isDate(value)) return [name, formatDate(value, lang)];
    if (isDuration(value) || (DURATION_ARGS.has(name) && parseDuration(value) !== undefined)) return [name, formatDuration(value, lang)];
    return [name, String(value)];
  }));
}

/** A finding's message: the rule's message with the finding's args. */
export function ruleMessage(rule: Pick<Rule, 'id' | 'messageArgs'>, lang: string, args: Args = {}): string {
  return message(lang, 'rules', ruleKey(rule.id, 'message'), strings(rule.messageArgs ? rule.messageArgs(args, lang) : args, lang));
}

/** How to fix what the rule finds. */
export function ruleHint(rule: Pick<Rule, 'id'>, lang: string): string {
  return message(lang, 'rules', ruleKey(rule.id, 'hint'));
}

/** Why the rule exists (with the rule's own data, where its explanation lists some). */
export function ruleWhy(rule: Pick<Rule, 'id' | 'whyArgs'>, lang: string): string {
  return message(lang, 'rules', ruleKey(rule.id, 'why'), strings(rule.whyArgs?.(lang), lang));
}
