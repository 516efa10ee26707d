// Where the interview's words come from: the interview catalogue (i18n/<lang>/interview.json).
// A question's words hang from its key (by default its id): `<key>.message`, `<key>.help`,
// `<key>.noun` (what one item of a list is called), `<key>.seeds.message` and
// `<key>.choice.<value>`; a section's title is `section.<name>.title`.
import { hasMessage, message, type MessageArgs } from '../i18n/catalogue.ts';
import { joinList } from '../i18n/format.ts';
import { label } from '../i18n/labels.ts';
import { peopleConcerned } from '../model/people.ts';
import type { Assessment } from '../model/schema.ts';
import type { Choice, InterviewLang, Question, Section } from './types.ts';

/** A message of the interview catalogue. */
export const say = (lang: InterviewLang, key: string, args?: MessageArgs): string => message(lang, 'interview', key, args);

export const questionKey = (question: Question): string => question.key ?? question.id;

export type QuestionPart = 'message' | 'help' | 'noun' | 'seeds.message';

export const partKey = (question: Question, part: QuestionPart): string => `${questionKey(question)}.${part}`;

/** A question's words; `args` are what they may name from the draft (draftArgs). */
export const questionText = (lang: InterviewLang, question: Question, part: QuestionPart, args?: MessageArgs): string =>
  say(lang, partKey(question, part), args);

/**
 * What a question may name from the draft: `people`, the groups of data subjects as the team
 * named them ("leads and contact persons"), so the interview asks about them and not about
 * "customers"; `none` in a message while no group is named.
 */
export function draftArgs(lang: InterviewLang, data: Assessment): MessageArgs {
  const names = peopleConcerned(data);
  return { people: names.length > 0 ? joinList(names, lang) : undefined };
}

/** The key of a choice's label; the empty value ("none of these") is `none`. */
export const choiceKey = (question: Question, choice: Choice): string =>
  choice.key ?? `${questionKey(question)}.choice.${choice.value === '' ? 'none' : String(choice.value)}`;

export const choiceLabel = (lang: InterviewLang, question: Question, choice: Choice): string =>
  choice.label ?? (choice.labelKind ? label(lang, choice.labelKind, choice.value) : say(lang, choiceKey(question, choice)));

/**
 * What a confirmed choice shows after the prompt: the catalogue's `<key>.short.<value>` where
 * there is one, an item's id, else the label up to its explanation ("(a) consent — the person …").
 */
export function choiceShort(lang: InterviewLang, question: Question, choice: Choice): string {
  if (choice.label !== undefined) return String(choice.value);
  const short = `${questionKey(question)}.short.${String(choice.value)}`;
  if (!choice.labelKind && !choice.key && hasMessage(lang, 'interview', short)) return say(lang, short);
  const text = choiceLabel(lang, question, choice);
  return text.split(' — ')[0].replace(/(.) \(.*$/, '$1');
}
/** The words that explain a choice, where it has them. */
export const choiceDescription = (lang: InterviewLang, choice: Choice): string | undefined => (choice.descriptionKey ? say(lang, choice.descriptionKey) : undefined);

export const titleKey = (section: Section): string => `section.${section.name}.title`;

export const sectionTitle = (lang: InterviewLang, section: Section): string => say(lang, titleKey(section));
