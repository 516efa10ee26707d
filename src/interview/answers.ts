// A scripted Prompter: answers keyed by question id, from an --answers file (YAML or JSON)
// or from a test. Lists are arrays of maps keyed by the item question's key.
import { parse } from 'yaml';
import { InputError, type Said } from '../errors.ts';
import { readSource } from '../model/source.ts';
import type { Prompter, PromptRequest } from './ask.ts';
import { allQuestions } from './catalogue.ts';

export type Answers = Record<string, unknown>;

/** Flattens nested maps (`system: {name: X}`) into dotted ids (`system.name`); lists stay lists. */
export function flattenAnswers(value: Record<string, unknown>, prefix = '', out: Answers = {}): Answers {
  for (const [key, v] of Object.entries(value)) {
    const id = prefix ? `${prefix}.${key}` : key;
    if (v !== null && typeof v === 'object' && !Array.isArray(v) && !isKnownLeaf(id)) flattenAnswers(v as Record<string, unknown>, id, out);
    else out[id] = v;
  }
  return out;
}

const known = () => new Map(allQuestions().map(({ question }) => [question.id, question]));
const isKnownLeaf = (id: string) => known().has(id);

export function loadAnswers(file: string): Answers {
  const text = readSource(file);
  let data: unknown;
  try {
    data = parse(text);
  } catch (error) {
    throw new InputError(file, answersError('answers.cannotParse', { reason: (error as Error).message.split('\n')[0] }));
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) throw new InputError(file, answersError('answers.notAMap'));
  const answers = flattenAnswers(data as Record<string, unknown>);
  checkIds(answers, file);
  return answers;
}

/** Unknown ids are typos; say so rather than silently skipping them. */
export function checkIds(answers: Answers, file: string): void {
  const questions = known();
  const ids = [...questions.keys()];
  for (const [id, value] of Object.entries(answers)) {
    const question = questions.get(id) ?? (id.endsWith('.seeds') ? questions.get(id.slice(0, -6)) : undefined);
    if (!question) throw new InputError(file, answersError('answers.unknownQuestion', { id, suggestion: suggest(id, ids) }));
    if (question.kind === 'list-of-items' && !id.endsWith('.seeds')) {
      if (!Array.isArray(value)) throw new InputError(file, answersError('answers.notAList', { id }));
      const keys = new Set(allQuestions().filter((q) => q.list?.id === id).map((q) => q.question.path));
      value.forEach((item, index) => {
        if (item === null || typeof item !== 'object' || Array.isArray(item)) throw new InputError(file, answersError('answers.itemNotAMap', { id, index: String(index) }));
        for (const key of Object.keys(flattenItem(item as Record<string, unknown>, keys))) {
          if (!keys.has(key)) throw new InputError(file, answersError('answers.unknownItemKey', { id, index: String(index), key, suggestion: suggest(key, [...keys]) }));
        }
      });
    }
  }
}

function flattenItem(item: Record<string, unknown>, keys: Set<string>, prefix = '', out: Answers = {}): Answers {
  for (const [key, v] of Object.entries(item)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (v !== null && typeof v === 'object' && !Array.isArray(v) && !keys.has(path)) flattenItem(v as Record<string, unknown>, keys, path, out);
    else out[path] = v;
  }
  return out;
}

/** The id the user probably meant, if one is close. */
function suggest(id: string, ids: string[]): string | undefined {
  return ids.find((other) => other.toLowerCase() === id.toLowerCase() || other.endsWith(`.${id}`) || id.endsWith(`.${other.split('.').pop()}`));
}

/** The keys of the interview catalogue that errors about an answers file use. */
export const ANSWERS_KEYS = ['answers.cannotParse', 'answers.itemNotAMap', 'answers.notAList', 'answers.notAMap', 'answers.unknownItemKey', 'answers.unknownQuestion'] as const;

function answersError(key: (typeof ANSWERS_KEYS)[number], args?: Said['args']): Said {
  return { area: 'interview', key, args };
}

/** Answers the interview from `answers`; a missing answer means "press Enter" (the default). */
export function answersPrompter(answers: Answers): Prompter {
  const cursor = new Map<string, number>();
  return {
    async ask(request: PromptRequest) {
      const list = request.list;
      if (request.kind === 'menu' && list) {
        const wanted = answers[list.id];
        const next = cursor.get(list.id) ?? 0;
        if (!Array.isArray(wanted) || next >= wanted.length) return 'done';
        cursor.set(list.id, next + 1);
        return next < list.index ? `edit:${next}` : 'add';
      }
      if (list) {
        const wanted = answers[list.id];
        const item = Array.isArray(wanted) ? wanted[list.index] as Record<string, unknown> | undefined : undefined;
        if (!item) return undefined;
        return flattenItem(item, new Set([list.key]))[list.key];
      }
      return answers[request.id];
    },
  };
}
