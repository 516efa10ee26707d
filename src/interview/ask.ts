// The only file that talks to @inquirer/prompts. The runner asks through the Prompter
// interface; tests and --answers use a scripted Prompter (answers.ts) instead.
import { styleText } from 'node:util';
import type { Lang } from '../rules/types.ts';
import type { Io } from '../io.ts';
import { words } from './words.ts';

export type PromptKind = 'text' | 'confirm' | 'select' | 'checkbox' | 'menu';

export interface PromptChoice {
  value: string | number;
  name: string;
  checked?: boolean;
}

export interface PromptRequest {
  /** The question id (answers files key on it). */
  id: string;
  kind: PromptKind;
  message: string;
  default?: string | number | boolean;
  choices?: PromptChoice[];
  validate?: (value: string) => true | string;
  /** How a typed answer is shown once given (a duration or date in words). */
  shown?: (value: string) => string;
  /** Set for questions about one list item. */
  list?: { id: string; index: number; key: string };
}

export interface Prompter {
  ask(request: PromptRequest): Promise<unknown>;
}

/** The real terminal. Ctrl-C rejects with inquirer's ExitPromptError (see isPromptExit). */
export function terminalPrompter(io: Io, lang: Lang): Prompter {
  const context = { input: io.stdin, output: io.stdout as NodeJS.WritableStream, clearPromptOnDone: false };
  const w = words(lang);
  const yesNo = { yes: w.yes, no: w.no };
  // The keyboard help line of select and checkbox, in the interview's language: inquirer
  // passes [key, action] pairs in English (navigate, select, submit, all, invert; the key `space`).
  const keysHelp = (actions: Record<string, string>) => (keys: [string, string][]) => keys
    .map(([key, action]) => `${styleText('bold', key === 'space' ? w.keys.space : key)} ${styleText('dim', actions[action] ?? action)}`)
    .join(styleText('dim', ' • '));
  const selectHelp = keysHelp({ navigate: w.keys.navigate, select: w.keys.choose });
  const checkboxHelp = keysHelp({ navigate: w.keys.navigate, select: w.keys.tick, submit: w.keys.submit, all: w.keys.all, invert: w.keys.invert });
  return {
    async ask(request) {
      const inquirer = await import('@inquirer/prompts');
      switch (request.kind) {
        case 'text':
          return inquirer.input({
            message: request.message,
            default: request.default === undefined ? undefined : String(request.default),
            validate: request.validate,
            transformer: request.shown ? (value: string, { isFinal }: { isFinal: boolean }) => (isFinal ? request.shown!(value) : value) : undefined,
          }, context);
        case 'confirm':
          return inquirer.confirm({
            message: request.message,
            default: typeof request.default === 'boolean' ? request.default : undefined,
            theme: { keywords: { ...yesNo, error: ({ yes, no }: { yes: string; no: string }) => w.answerYesNo(yes, no) } },
          }, context);
        case 'select':
        case 'menu':
          return inquirer.select({
            message: request.message,
            choices: (request.choices ?? []).map((c) => ({ value: c.value, name: c.name })),
            default: request.default as string | number | undefined,
            pageSize: 12,
            theme: { style: { keysHelpTip: selectHelp } },
          }, context);
        case 'checkbox':
          return inquirer.checkbox({
            message: request.message,
            choices: (request.choices ?? []).map((c) => ({ value: c.value, name: c.name, checked: c.checked === true })),
            pageSize: 16,
            theme: { style: { keysHelpTip: checkboxHelp } },
          }, context);
      }
    },
  };
}

/** Ctrl-C (or a closed terminal) inside a prompt. */
export function isPromptExit(error: unknown): boolean {
  return error instanceof Error && (error.name === 'ExitPromptError' || error.name === 'AbortPromptError');
}
