import { filled, itemName, list } from '../facts.ts';
import type { Rule } from '../types.ts';
import { CATCH_ALL_TAILS, FILLER_WORDS, MIN_CONTENT_WORDS, MIN_WORDS, VAGUE_PHRASES } from './vague-phrases.ts';

const PHRASES = byFirstWord(Object.values(VAGUE_PHRASES).flat().map((phrase) => ({ words: words(phrase) })));
const TAILS = byFirstWord(Object.values(CATCH_ALL_TAILS).flat().map((tail) => ({ words: words(tail), abbreviation: tail.endsWith('.') })));
const FILLER = new Set(Object.values(FILLER_WORDS).flat());

/** The entries by their first word, longest first: a text is matched word by word against only those that can start there. */
function byFirstWord<T extends { words: string[] }>(entries: T[]): Map<string, T[]> {
  const index = new Map<string, T[]>();
  for (const entry of entries) {
    if (entry.words.length === 0) continue;
    const list = index.get(entry.words[0]) ?? [];
    list.push(entry);
    index.set(entry.words[0], list);
  }
  for (const list of index.values()) list.sort((a, b) => b.words.length - a.words.length);
  return index;
}

/** The longest entry whose words are the tokens from `at` on. */
function longestAt<T extends { words: string[] }>(index: Map<string, T[]>, tokens: readonly string[], at: number): T | undefined {
  return index.get(tokens[at])?.find((entry) => entry.words.every((word, k) => tokens[at + k] === word));
}

function words(text: string): string[] {
  return text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** The first catch-all tail in the text, quoted as written ("bl.a.", "and so on"). */
function catchAllTail(text: string): string | undefined {
  const tokens = [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => ({ word: m[0].toLowerCase(), start: m.index!, end: m.index! + m[0].length }));
  const plain = tokens.map((token) => token.word);
  for (let i = 0; i < tokens.length; i++) {
    const tail = longestAt(TAILS, plain, i);
    if (!tail) continue;
    const end = tokens[i + tail.words.length - 1].end;
    return text.slice(tokens[i].start, end) + (tail.abbreviation && text[end] === '.' ? '.' : '');
  }
  return undefined;
}

/** The vague phrases found, and the words left that are neither vague nor filler. */
function analyse(text: string): { total: number; phrases: string[]; content: number } {
  const tokens = words(text);
  const phrases: string[] = [];
  let content = 0;
  for (let i = 0; i < tokens.length;) {
    const match = longestAt(PHRASES, tokens, i)?.words;
    if (match) {
      phrases.push(match.join(' '));
      i += match.length;
    } else {
      if (!FILLER.has(tokens[i])) content++;
      i++;
    }
  }
  return { total: tokens.length, phrases, content };
}

export const rule: Rule = {
  id: 'purpose/vague',
  principle: 'purpose',
  article: 'GDPR Art. 5(1)(b)',
  severity: 'warning',
  example: {
    bad: 'schemaVersion: 1\nid: churn\npurposes:\n  - id: churn\n    description: We use customer data for marketing purposes and to improve customer experience with AI.\n',
    good: 'schemaVersion: 1\nid: churn\npurposes:\n  - id: churn\n    description: Predict which subscribers are likely to cancel within 90 days from their usage and support history, so that account managers can call them with a retention offer.\n',
  },
  check({ data }, report) {
    list(data.purposes).forEach((purpose, index) => {
      // A missing description is purpose/missing's finding.
      if (!filled(purpose.description) || typeof purpose.description !== 'string') return;
      const found = analyse(purpose.description);
      const path = ['purposes', index, 'description'];
      const name = itemName(purpose, index);
      const tail = catchAllTail(purpose.description);
      if (tail) report(path, { purpose: name, tail });
      else if (found.total < MIN_WORDS) report(path, { purpose: name, words: found.total });
      else if (found.phrases.length > 0 && found.content < MIN_CONTENT_WORDS) report(path, { purpose: name, phrase: [...new Set(found.phrases)].join(', ') });
    });
  },
};
