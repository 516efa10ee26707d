// Every key of the interview catalogue the code uses, listed from the section data and the
// runner's words (test/i18n/interview-catalogue.test.ts: the catalogue holds these and no others).
import { SECTIONS } from './catalogue.ts';
import { shortKey } from './screening-verdict.ts';
import { ART35_3_CHOICES, CRITERIA_CHOICES, NATIONAL_CHOICES } from './sections/screening.ts';
import { choiceKey, partKey, titleKey } from './text.ts';
import { KINDS, type Choice, type Question, type Scope } from './types.ts';
import { ANSWERS_KEYS } from './answers.ts';
import { RUNNER_KEYS } from './words.ts';

/** A scope in which every seed is offered (AI in use). */
const EVERYTHING: Scope = { data: { system: { ai: { used: true } } }, today: '2026-01-01', config: { root: '.' }, lang: 'en' };

function questionKeys(question: Question, keys: Set<string>): void {
  keys.add(partKey(question, 'message')).add(partKey(question, 'help'));
  if (question.kind === 'list-of-items') keys.add(partKey(question, 'noun'));
  if (question.seeds) {
    keys.add(partKey(question, 'seeds.message'));
    for (const seed of question.seeds.choices(EVERYTHING)) for (const key of [seed.key, ...(seed.itemKeys ?? [])]) keys.add(key);
  }
  const choices: Choice[] = typeof question.choices === 'function' ? question.choices(EVERYTHING) : question.choices ?? [];
  for (const choice of choices) {
    if (choice.label === undefined && choice.labelKind === undefined) keys.add(choiceKey(question, choice));
    if (choice.descriptionKey) keys.add(choice.descriptionKey);
  }
  for (const item of question.item ?? []) questionKeys(item, keys);
}

export function usedInterviewKeys(): Set<string> {
  const keys = new Set<string>();
  for (const section of SECTIONS) {
    keys.add(titleKey(section));
    for (const question of section.questions) questionKeys(question, keys);
  }
  for (const key of RUNNER_KEYS) keys.add(`runner.${key}`);
  for (const key of ANSWERS_KEYS) keys.add(key);
  for (const [question, choices] of [['art35_3', ART35_3_CHOICES], ['criteria', CRITERIA_CHOICES], ['nationalList', NATIONAL_CHOICES]] as const) {
    for (const choice of choices) keys.add(shortKey(question, String(choice.value)));
  }
  keys.add('table.header').add('table.references').add('table.seeds');
  for (const kind of KINDS) keys.add(`table.kind.${kind}`);
  return keys;
}
