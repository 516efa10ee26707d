// The interview as data: sections of questions, each naming the principle and article it
// serves and the YAML path it writes. The runner (runner.ts) walks them; ask.ts asks.
// Words are not here: each question's message, help and choice labels are messages of the
// interview catalogue (i18n/<lang>/interview.json), keyed by the question (see text.ts).
import type { Config } from '../config.ts';
import type { PSEUDO } from '../i18n/catalogue.ts';
import type { Assessment } from '../model/schema.ts';
import type { Lang, Principle } from '../rules/types.ts';

/** The language of an interview: a language of dpia, or the pseudo-locale in tests. */
export type InterviewLang = Lang | typeof PSEUDO;
export const KINDS = ['text', 'confirm', 'select', 'checkbox', 'number', 'duration', 'date', 'list-of-items'] as const;
export type Kind = (typeof KINDS)[number];
export type Item = Record<string, unknown>;

export interface Scope {
  data: Assessment;
  /** The list item being asked about, for item questions. */
  item?: Item;
  index?: number;
  today: string;
  config: Config;
  lang: InterviewLang;
}

export interface Choice {
  value: string | number;
  /** The catalogue key of its label when several questions share the choice; by default `<question key>.choice.<value>`. */
  key?: string;
  /** A label that is data, not words (an item's id and name). */
  label?: string;
  /** An enumeration value whose word is the labels catalogue's `<labelKind>.<value>` (one word for an enum everywhere). */
  labelKind?: string;
  /** A catalogue key whose words explain the choice, shown beside it. */
  descriptionKey?: string;
}

export interface Seed {
  value: string;
  /** The catalogue key of its label. */
  key: string;
  /** The item it adds, in the interview's language. */
  item: Item;
  /** Other catalogue keys the item is made from. */
  itemKeys?: string[];
}

export interface Question {
  /** Key in an --answers file and in the README table; for list items, `list.key`. */
  id: string;
  /** Dotted YAML path written, relative to the list item for item questions. */
  path: string;
  kind: Kind;
  /** The catalogue key its words hang from (`<key>.message`, `<key>.help`, …); by default the id. */
  key?: string;
  principle: Principle;
  article: string;
  choices?: Choice[] | ((scope: Scope) => Choice[]);
  when?: (scope: Scope) => boolean;
  default?: unknown | ((scope: Scope) => unknown);
  /** Blank input is allowed and writes nothing. */
  optional?: boolean;
  /** A text answer is a comma-separated list of strings. */
  split?: boolean;
  /** A text answer that reads as a number ("0.1", "0,1") is stored as a number. */
  numeric?: boolean;
  /** checkbox: ticking nothing is an answer ("none of these"), also when editing. */
  emptyIsAnswer?: boolean;
  /** Number bounds. */
  min?: number;
  max?: number;
  /** For the `id` of an item: suggest a slug of this item key. */
  slugOf?: string;
  /** list-of-items: the questions for each item. */
  item?: Question[];
  /** list-of-items: how an item is shown in menus. */
  label?: (item: Item) => string;
  /** list-of-items: ready-made items offered when the list is empty. */
  seeds?: { choices: (scope: Scope) => Seed[] };
  /** What a chosen value brings with it: other answers written first (a measure picked from the catalogue is created in `security.measures`). */
  resolve?: (value: unknown, scope: Scope) => Array<[string, unknown]>;
  /** list-of-items: walk the items that exist (no add or remove), e.g. legal basis per purpose. */
  fixed?: boolean;
}

export interface Section {
  /** For `dpia edit --section NAME`. */
  name: string;
  questions: Question[];
  when?: (scope: Scope) => boolean;
  /** Values that follow from the answers (e.g. the screening conclusion), written after each answer. */
  derive?: (scope: Scope) => { writes: Array<[string, unknown]>; message?: string } | undefined;
}

/** Choices for an enumeration of the file format; their labels are `<question key>.choice.<value>`. */
export const enumChoices = (values: readonly string[]): Choice[] => values.map((v) => ({ value: v }));

/** Choices for an enumeration worded in the labels catalogue (i18n/<lang>/labels.json). */
export const labelChoices = (labelKind: string, values: readonly string[]): Choice[] => values.map((v) => ({ value: v, labelKind }));

/** Choices that several questions share, labelled `<prefix>.<value>`. */
export const sharedChoices = (prefix: string, values: readonly (string | number)[]): Choice[] =>
  values.map((v) => ({ value: v, key: `${prefix}.${String(v)}` }));

/** Choices that refer to the items of a list by id (data categories, purposes, groups). */
export const refChoices = (list: Item[] | undefined): Choice[] =>
  (list ?? []).filter((x) => typeof x.id === 'string').map((x) => ({ value: String(x.id), label: x.name ? `${String(x.id)} — ${String(x.name)}` : String(x.id) }));

/** An item question: its id is `list.key` and it writes `key` inside the item. */
export function itemQuestions(listId: string, questions: Array<Omit<Question, 'id' | 'path'> & { key: string }>): Question[] {
  return questions.map(({ key, ...rest }) => ({ ...rest, id: `${listId}.${key}`, path: key }));
}

/** A top-level question whose id is the path it writes. */
export function questions(list: Array<Omit<Question, 'path'> & { path?: string }>): Question[] {
  return list.map((q) => ({ ...q, path: q.path ?? q.id }));
}

/** Levels 1-4 of likelihood or severity (WP248 Annex 2, CNIL), labelled `level.<what>.<n>`. */
export const LEVEL_CHOICES = (what: 'likelihood' | 'severity'): Choice[] => sharedChoices(`level.${what}`, [1, 2, 3, 4]);
