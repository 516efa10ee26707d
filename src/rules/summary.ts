// One line that says what a rule reports, made from its message in the rules catalogue,
// for the rule list, the generated docs and SARIF's shortDescription. A message made only
// of adjacent optional parts (`{arg, select, none {} other {…}}`) offers alternatives
// ("A / B"); a lone optional part at the end after plain text is an addition and is left
// out; other placeholders become `<name>`.
import { TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { messageElements } from '../i18n/catalogue.ts';
import { ruleKey } from './words.ts';
import type { Rule } from './types.ts';

type Part = { kind: 'text'; text: string } | { kind: 'arg'; name: string } | { kind: 'when'; body: MessageFormatElement[] };

function parts(elements: readonly MessageFormatElement[]): Part[] {
  return elements.map((element): Part => {
    if (element.type === TYPE.literal) return { kind: 'text', text: element.value };
    if (element.type === TYPE.argument) return { kind: 'arg', name: element.value };
    if (element.type === TYPE.select && 'none' in element.options && 'other' in element.options && element.options.none.value.length === 0) {
      return { kind: 'when', body: element.options.other.value };
    }
    throw new Error(`a rule message may hold only text, {name} and {name, select, none {} other {…}} (found element type ${element.type})`);
  });
}

/** Placeholders become `<name>`; adjacent optional parts are alternatives; a last lone one is left out. */
export function summariseElements(elements: readonly MessageFormatElement[]): string {
  const all = parts(elements);
  let out = '';
  for (let i = 0; i < all.length; i++) {
    const part = all[i];
    if (part.kind === 'text') out += part.text;
    else if (part.kind === 'arg') out += `<${part.name}>`;
    else {
      const run: string[] = [];
      for (; i < all.length && all[i].kind === 'when'; i++) run.push(summariseElements((all[i] as { body: MessageFormatElement[] }).body));
      i--;
      const optionalTail = run.length === 1 && i === all.length - 1 && out.trim() !== '';
      if (!optionalTail) out += run.join(' / ');
    }
  }
  return out.trim();
}

export function ruleSummary(rule: Pick<Rule, 'id'>, lang: string): string {
  // The pseudo-locale's elements come marked (messageElements).
  return summariseElements(messageElements(lang, 'rules', ruleKey(rule.id, 'message')));
}

/** The HTML anchor of a rule's section in docs/rules.md: `consent/withdrawal` → `consent-withdrawal`. */
export function ruleAnchor(id: string): string {
  return id.replace(/[^a-z0-9]+/g, '-');
}
