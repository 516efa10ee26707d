// Shared by the labels and CLI catalogue tests: bokmål entries that still carry English.
// A word counts when the bokmål message of a key uses a word (three letters or more) that
// the English message of the same key uses too; command names, options, code spans
// (`dpia rules`, --force) and link targets (rules.md) are left out first. What remains
// must be a listed true cognate or code.
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';

function literals(elements: MessageFormatElement[], out: string[] = []): string[] {
  for (const element of elements) {
    if (element.type === TYPE.literal) out.push(element.value);
    if ('options' in element) for (const option of Object.values(element.options)) literals(option.value, out);
  }
  return out;
}

export function wordsOf(text: string): Set<string> {
  const prose = literals(parse(text, { ignoreTag: true })).join(' ').replace(/`[^`]*`/g, ' ').replace(/--[a-z-]+/g, ' ').replace(/\]\([^)]*\)/g, '] ');
  return new Set(prose.toLowerCase().match(/\p{L}{3,}/gu) ?? []);
}

/** Per key, the words of the bokmål entry that are also in the English one and not allowed. */
export function englishInBokmal(english: Readonly<Record<string, string>>, bokmal: Readonly<Record<string, string>>, allowed: ReadonlySet<string>): string[] {
  const found: string[] = [];
  for (const [key, text] of Object.entries(bokmal)) {
    if (!(key in english)) continue;
    const theirs = wordsOf(english[key]);
    const shared = [...wordsOf(text)].filter((word) => theirs.has(word) && !allowed.has(word));
    if (shared.length > 0) found.push(`${key}: ${shared.join(', ')}`);
  }
  return found;
}

/** Keys whose bokmål entry is the English entry, letter for letter, and not allowed. */
export function identicalEntries(english: Readonly<Record<string, string>>, bokmal: Readonly<Record<string, string>>, allowed: (key: string) => boolean): string[] {
  return Object.keys(bokmal).filter((key) => english[key] === bokmal[key] && !allowed(key));
}
