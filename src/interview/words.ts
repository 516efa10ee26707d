// Interface words of the interview (menus, notes, errors, the closing hints), from the
// interview catalogue: `runner.<key>`.
import type { InterviewLang } from './types.ts';
import { say } from './text.ts';

/** Every runner key the code uses (the catalogue test checks each exists and none is unused). */
export const RUNNER_KEYS = [
  'add', 'done', 'skip', 'edit', 'remove', 'badDuration', 'badDate', 'badNumber', 'badId', 'takenId', 'noTty', 'saved', 'created',
  'resuming', 'item.named', 'item.numbered', 'remaining', 'clean', 'next', 'nextCheck', 'nextRender', 'nextApprove', 'unchanged', 'updated', 'conclusion.required',
  'conclusion.recommended', 'conclusion.not-required', 'screenedInto', 'startNew', 'notSaved', 'leaveOpen', 'yes', 'no', 'answerYesNo',
  'verdict.art35_3', 'verdict.national', 'verdict.nationalAlone', 'verdict.criteria', 'verdict.criterion', 'verdict.noCriteria',
  'verdict.required', 'verdict.recommended', 'verdict.not-required', 'interrupted',
  'keys.navigate', 'keys.choose', 'keys.back', 'backHint', 'keys.tick', 'keys.submit', 'keys.all', 'keys.invert', 'keys.space', 'keys.help', 'helpKey',
  'badField', 'badCountry', 'countryFound', 'moot', 'moot.insideEea', 'moot.notUs', 'moot.mechanism', 'moot.role', 'moot.aiOff', 'moot.notConsent',
  'removeReferenced', 'newMeasure',
  'notice.marker', 'notice.guidance',
  'error.answer', 'error.notYesNo', 'error.notAChoice', 'error.notADuration', 'error.notADate', 'error.notANumber', 'error.notAnId', 'error.unknownSeeds',
] as const;

export type RunnerKey = (typeof RUNNER_KEYS)[number];

export const runnerText = (lang: InterviewLang, key: RunnerKey, args?: Record<string, string | undefined>): string => say(lang, `runner.${key}`, args);

export function words(lang: InterviewLang) {
  const w = (key: RunnerKey, args?: Record<string, string | undefined>) => runnerText(lang, key, args);
  return {
    add: (noun: string) => w('add', { noun: noun.toLowerCase() }),
    done: w('done'),
    skip: w('skip'),
    edit: w('edit'),
    remove: w('remove'),
    badDuration: w('badDuration'),
    badDate: w('badDate'),
    badNumber: (min?: number, max?: number) => w('badNumber', min !== undefined && max !== undefined ? { min: String(min), max: String(max) } : {}),
    badId: w('badId'),
    takenId: (id: string) => w('takenId', { id }),
    noTty: (command: string) => w('noTty', { command }),
    saved: (file: string, command: string) => w('saved', { file, command }),
    created: (file: string) => w('created', { file }),
    resuming: (file: string) => w('resuming', { file }),
    remaining: w('remaining'),
    clean: w('clean'),
    next: w('next'),
    nextCheck: w('nextCheck'),
    nextRender: w('nextRender'),
    nextApprove: w('nextApprove'),
    unchanged: (file: string) => w('unchanged', { file }),
    updated: (file: string) => w('updated', { file }),
    conclusion: { required: w('conclusion.required'), recommended: w('conclusion.recommended'), 'not-required': w('conclusion.not-required') },
    screenedInto: (file: string) => w('screenedInto', { file }),
    startNew: (command: string) => w('startNew', { command }),
    notSaved: (command: string) => w('notSaved', { command }),
    leaveOpen: w('leaveOpen'),
    yes: w('yes'),
    no: w('no'),
    answerYesNo: (yes: string, no: string) => w('answerYesNo', { yes, no }),
    interrupted: w('interrupted'),
    /** Under the first section heading: how to go back. */
    backHint: w('backHint'),
    helpKey: w('helpKey'),
    /** The prompts' keyboard help ("↑↓ navigate • ⏎ select"): the actions and the space key's name. */
    keys: {
      navigate: w('keys.navigate'), choose: w('keys.choose'), tick: w('keys.tick'), submit: w('keys.submit'),
      all: w('keys.all'), invert: w('keys.invert'), space: w('keys.space'), back: w('keys.back'), help: w('keys.help'),
    },
  };
}
