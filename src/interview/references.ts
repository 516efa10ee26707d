// Where the items of one list are referred to by id from others. Removing an item that is
// referred to asks first, names the items that refer to it, and removes those references too.
import { list } from '../rules/facts.ts';
import { pathToString, type PathSegment } from '../model/locate.ts';
import type { Assessment } from '../model/schema.ts';
import type { Prompter } from './ask.ts';
import { removalOrder } from './consistency.ts';
import { say } from './text.ts';
import type { InterviewLang, Item } from './types.ts';
import { runnerText } from './words.ts';

/** For each list, the lists whose items refer to its ids, and the field (dotted, inside the item) that does. */
const REFERRERS: Record<string, Array<{ list: string; field: string; noun: string }>> = {
  'purposes': [
    { list: 'dataCategories', field: 'purposes', noun: 'dataCategories.noun' },
    { list: 'consents', field: 'purposes', noun: 'consents.noun' },
    { list: 'phases', field: 'purposes', noun: 'phases.noun' },
  ],
  'dataCategories': [
    { list: 'recipients', field: 'categories', noun: 'recipients.noun' },
    { list: 'phases', field: 'dataCategories', noun: 'phases.noun' },
  ],
  'dataSubjects': [{ list: 'dataCategories', field: 'subjects', noun: 'dataCategories.noun' }],
  'recipients': [{ list: 'dataCategories', field: 'storage.processors', noun: 'dataCategories.noun' }],
  'security.measures': [{ list: 'risks', field: 'measures', noun: 'risks.noun' }],
  'references': [
    { list: 'consultation.authority.dialogue', field: 'references', noun: 'consultation.authority.dialogue.noun' },
    { list: 'openQuestions', field: 'references', noun: 'openQuestions.noun' },
  ],
};

const dig = (value: unknown, dotted: string): unknown =>
  dotted.split('.').reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), value);

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

export interface References {
  /** The referring items, as "Risk 'x'". */
  names: string[];
  /** The id entries that refer, to remove with the item. */
  paths: PathSegment[][];
}

/** The items that refer to item `index` of the list at `listPath`. */
export function referencesTo(data: Assessment, listPath: readonly PathSegment[], index: number, lang: InterviewLang): References {
  const listId = pathToString(listPath);
  const id = (dig(data, listId) as Item[] | undefined)?.[index]?.id;
  const out: References = { names: [], paths: [] };
  if (typeof id !== 'string') return out;
  for (const referrer of REFERRERS[listId] ?? []) {
    list(dig(data, referrer.list) as Item[] | undefined).forEach((item, i) => {
      const ids = dig(item, referrer.field);
      if (!Array.isArray(ids) || !ids.includes(id)) return;
      out.names.push(`${lowerFirst(say(lang, referrer.noun))} '${String(item.id ?? item.name ?? item.title ?? i + 1)}'`);
      const field = [...referrer.list.split('.'), i, ...referrer.field.split('.')];
      // A list left empty would say "none"; it goes, so the file says nothing it was not told.
      if (ids.every((v) => v === id)) out.paths.push(field);
      else ids.forEach((v, j) => { if (v === id) out.paths.push([...field, j]); });
    });
  }
  out.paths = removalOrder(out.paths);
  return out;
}

/** Asks before removing an item others refer to; true when it may go (nothing refers to it, or the user agrees). */
export async function confirmRemoval(prompter: Prompter, lang: InterviewLang, item: string, references: References): Promise<boolean> {
  if (references.names.length === 0) return true;
  const answer = await prompter.ask({
    id: 'removeReferenced', kind: 'confirm', default: false,
    message: runnerText(lang, 'removeReferenced', { item, referrers: references.names.join(', ') }),
  });
  return answer === true || ['y', 'yes', 'j', 'ja'].includes(String(answer).trim().toLowerCase());
}
