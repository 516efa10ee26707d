// The interview as data: sections of questions, each naming the principle and article it
// serves and the YAML path it writes. The runner (runner.ts) walks them; ask.ts asks.
import type { Config } from '../config.ts';
import { label } from '../i18n/labels.ts';
import type { Assessment } from '../model/schema.ts';
import type { Lang, Principle } from '../rules/types.ts';

export type Text = Record<Lang, string>;
export type Kind = 'text' | 'confirm' | 'select' | 'checkbox' | 'number' | 'duration' | 'date' | 'list-of-items';
export type Item = Record<string, unknown>;

export interface Scope {
  data: Assessment;
  /** The list item being asked about, for item questions. */
  item?: Item;
  index?: number;
  today: string;
  config: Config;
  lang: Lang;
}

export interface Choice {
  value: string | number;
  label: Text | string;
}

export interface Seed {
  value: string;
  label: Text;
  item: Item;
}

export interface Question {
  /** Key in an --answers file and in the README table; for list items, `list.key`. */
  id: string;
  /** Dotted YAML path written, relative to the list item for item questions. */
  path: string;
  kind: Kind;
  message: Text;
  help: Text;
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
  /** list-of-items: what one item is called ("Purpose"). */
  noun?: Text;
  /** list-of-items: how an item is shown in menus. */
  label?: (item: Item) => string;
  /** list-of-items: ready-made items offered when the list is empty. */
  seeds?: { message: Text; choices: (scope: Scope) => Seed[] };
  /** list-of-items: walk the items that exist (no add or remove), e.g. legal basis per purpose. */
  fixed?: boolean;
}

export interface Section {
  /** For `dpia edit --section NAME`. */
  name: string;
  title: Text;
  questions: Question[];
  when?: (scope: Scope) => boolean;
  /** Values that follow from the answers (e.g. the screening conclusion), written after each answer. */
  derive?: (scope: Scope) => { writes: Array<[string, unknown]>; message?: string } | undefined;
}

export const t = (en: string, nb: string): Text => ({ en, nb });

/** Choices for an enumeration of the file format, in the words of src/i18n/labels.ts. */
export const enumChoices = (kind: string, values: readonly string[]): Choice[] =>
  values.map((v) => ({ value: v, label: t(label('en', kind, v), label('nb', kind, v)) }));

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

export const LEVEL_CHOICES = (what: 'likelihood' | 'severity'): Choice[] => (what === 'likelihood'
  ? [
    { value: 1, label: t('1 negligible — seems impossible for the risk sources to carry out', '1 ubetydelig — virker umulig for risikokildene å gjennomføre') },
    { value: 2, label: t('2 limited — seems difficult', '2 begrenset — virker vanskelig') },
    { value: 3, label: t('3 significant — seems possible', '3 betydelig — virker mulig') },
    { value: 4, label: t('4 maximum — seems extremely easy', '4 maksimal — virker svært lett') },
  ]
  : [
    { value: 1, label: t('1 negligible — minor inconvenience, easily overcome', '1 ubetydelig — små ulemper som lett overvinnes') },
    { value: 2, label: t('2 limited — significant inconvenience, overcome with some difficulty', '2 begrenset — betydelige ulemper som kan overvinnes med noe besvær') },
    { value: 3, label: t('3 significant — serious consequences, overcome only with real difficulty', '3 betydelig — alvorlige konsekvenser som bare kan overvinnes med store vanskeligheter') },
    { value: 4, label: t('4 maximum — irreversible or very serious consequences', '4 maksimal — irreversible eller svært alvorlige konsekvenser') },
  ]);

