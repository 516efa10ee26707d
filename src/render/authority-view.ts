// What the report shows of the dialogue with the authority, the open legal questions, the
// documents the assessment rests on, and the user's own `x-` keys (the appendix), so that
// nothing recorded in the file is invisible. Joined to the view in buildView (view.ts),
// which escapes every string here as it does the file's own values.
import type { Assessment } from '../model/schema.ts';
import { list } from '../rules/facts.ts';
import { isOpen } from '../rules/open-questions.ts';

/** One value under an `x-` key: where it is (a dotted path, as `dpia check` prints paths) and its text. */
export interface Extension {
  path: string;
  value?: string;
  /** null, '', [] or {}: recorded, but with nothing in it. */
  empty?: boolean;
}

const isMap = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);

/** The text of a scalar: a date (a YAML timestamp, should a reader make one) as YYYY-MM-DD. */
function scalarText(value: unknown): string {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? String(value) : value.toISOString().slice(0, 10);
  return String(value);
}

/**
 * Every value under a key that starts with `x-`, anywhere in the file, in file order (the
 * order of the parsed maps), one entry per scalar with its full path. Below an `x-` key
 * every key counts, so nested values are shown too.
 */
export function extensions(data: unknown): Extension[] {
  const out: Extension[] = [];
  const leaves = (node: unknown, path: Array<string | number>): void => {
    if (Array.isArray(node) && node.length > 0) node.forEach((item, index) => leaves(item, [...path, index]));
    else if (isMap(node) && Object.keys(node).length > 0) for (const [key, child] of Object.entries(node)) leaves(child, [...path, key]);
    else if (node === null || node === undefined || node === '' || Array.isArray(node) || isMap(node)) out.push({ path: path.join('.'), empty: true });
    else out.push({ path: path.join('.'), value: scalarText(node) });
  };
  const walk = (node: unknown, path: Array<string | number>): void => {
    if (Array.isArray(node)) node.forEach((item, index) => walk(item, [...path, index]));
    else if (isMap(node)) {
      for (const [key, child] of Object.entries(node)) {
        if (key.startsWith('x-')) leaves(child, [...path, key]);
        else walk(child, [...path, key]);
      }
    }
  };
  walk(data, []);
  return out;
}

export function authorityView(data: Assessment): Record<string, unknown> {
  const references = list(data.references);
  const titles = new Map(references.filter((r) => typeof r?.id === 'string').map((r) => [r.id!, r.title ?? r.id!]));
  const referenceNames = (ids: string[] | undefined) => list(ids).map((id) => titles.get(id) ?? id);
  const dialogue = data.consultation?.authority?.dialogue;
  // What an open question affects, by the names the report uses; an id two lists share, or a dotted path, stays as written.
  const named = new Map<string, string | null>();
  const lists: unknown[] = [data.purposes, data.dataSubjects, data.dataCategories, data.consents, data.phases, data.recipients, data.security?.measures, data.risks];
  for (const item of lists.flatMap((l) => (Array.isArray(l) ? l : [])) as Array<{ id?: unknown; name?: unknown; title?: unknown }>) {
    if (typeof item?.id !== 'string') continue;
    const name = [item.name, item.title].find((n): n is string => typeof n === 'string' && n.trim() !== '') ?? item.id;
    named.set(item.id, named.has(item.id) ? null : name);
  }
  const questions = list(data.openQuestions).map((q) => ({
    ...q,
    state: isOpen(q) ? 'open' : 'answered',
    referenceNames: referenceNames(q.references),
    affectNames: list(q.affects).map((id) => named.get(id) ?? id),
  }));
  return {
    // An empty list is an answer ("none"); a missing key is not, and shows nothing.
    authorityDialogueKnown: Array.isArray(dialogue),
    authorityDialogue: list(dialogue).map((entry) => ({ ...entry, referenceNames: referenceNames(entry.references) })),
    openQuestionsKnown: Array.isArray(data.openQuestions),
    openQuestionList: questions,
    openQuestionCount: questions.filter((q) => q.state === 'open').length,
    referencesKnown: Array.isArray(data.references),
    referenceList: references,
    extensions: extensions(data),
  };
}
