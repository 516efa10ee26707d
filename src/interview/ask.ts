// The only file that talks to @inquirer/prompts. The runner asks through the Prompter
// interface; tests and --answers use a scripted Prompter (answers.ts) instead.
import { styleText } from 'node:util';
import type { Lang } from '../rules/types.ts';
import type { Io } from '../io.ts';
import { helpOrValidate } from './help-key.ts';
import { words } from './words.ts';

export type PromptKind = 'text' | 'confirm' | 'select' | 'checkbox' | 'menu';

export interface PromptChoice {
  value: string | number;
  name: string;
  /** Shown once chosen, instead of the whole label. */
  short?: string;
  checked?: boolean;
  /** Shown under the list for the highlighted choice. */
  description?: string;
}

export interface PromptRequest {
  /** The question id (answers files key on it). */
  id: string;
  kind: PromptKind;
  message: string;
  default?: string | number | boolean;
  choices?: PromptChoice[];
  validate?: (value: string) => true | string;
  /** Going back: the answer is put on the line to edit (text prompts), not only offered as the default. */
  prefill?: boolean;
  /** The question's help, shown on demand (`?`, see help-key.ts). */
  help?: string;
  /** How a typed answer is shown once given (a duration or date in words). */
  shown?: (value: string) => string;
  /** Set for questions about one list item. */
  list?: { id: string; index: number; key: string };
}

/** What a prompter answers when the user asks to go back to the previous question (Esc at a terminal). */
export const BACK: unique symbol = Symbol('back');

export interface Prompter {
  ask(request: PromptRequest): Promise<unknown>;
}

/** The real terminal. Ctrl-C rejects with inquirer's ExitPromptError (see isPromptExit). */
export function terminalPrompter(io: Io, lang: Lang): Prompter {
  const context = { input: io.stdin, output: io.stdout as NodeJS.WritableStream, clearPromptOnDone: false };
  let hinted = false;
  const w = words(lang);
  const yesNo = { yes: w.yes, no: w.no };
  // The keyboard help line of select and checkbox, in the interview's language: inquirer
  // passes [key, action] pairs in English (navigate, select, submit, all, invert; the key `space`).
  const keysHelp = (actions: Record<string, string>) => (keys: [string, string][]) => keys
    .map(([key, action]) => `${styleText('bold', key === 'space' ? w.keys.space : key)} ${styleText('dim', actions[action] ?? action)}`)
    .join(styleText('dim', ' • '));
  // The key line ends with ours: ? for help, Esc to go back (inquirer knows neither).
  const withKeys = (tip: (keys: [string, string][]) => string) => (keys: [string, string][]) => tip([...keys, ['?', w.keys.help], ['esc', w.keys.back]]);
  const selectHelp = withKeys(keysHelp({ navigate: w.keys.navigate, select: w.keys.choose }));
  const checkboxHelp = withKeys(keysHelp({ navigate: w.keys.navigate, select: w.keys.tick, submit: w.keys.submit, all: w.keys.all, invert: w.keys.invert }));
  const prompt = async (request: PromptRequest, signal: AbortSignal): Promise<unknown> => {
    const inquirer = await import('@inquirer/prompts');
    const at = { ...context, signal };
    switch (request.kind) {
      case 'text':
        return inquirer.input({
          message: request.message,
          default: request.default === undefined ? undefined : String(request.default),
          prefill: request.prefill ? 'editable' : 'tab',
          transformer: request.shown ? (value: string, { isFinal }: { isFinal: boolean }) => (isFinal ? request.shown!(value) : value) : undefined,
          validate: helpOrValidate(request.help, request.validate),
          theme: { style: { error: (text: string) => (text === request.help ? styleText('dim', text) : styleText('red', `> ${text}`)) } },
        }, at);
      case 'confirm':
        return inquirer.confirm({
          message: request.message,
          default: typeof request.default === 'boolean' ? request.default : undefined,
          theme: { keywords: { ...yesNo, error: ({ yes, no }: { yes: string; no: string }) => w.answerYesNo(yes, no) } },
        }, at);
      case 'select':
      case 'menu':
        return inquirer.select({
          message: request.message,
          choices: (request.choices ?? []).map((c) => ({ value: c.value, name: c.name, short: c.short, description: c.description })),
          default: request.default as string | number | undefined,
          pageSize: 12,
          theme: { style: { keysHelpTip: selectHelp } },
        }, at);
      case 'checkbox':
        return inquirer.checkbox({
          message: request.message,
          choices: (request.choices ?? []).map((c) => ({ value: c.value, name: c.name, short: c.short, checked: c.checked === true, description: c.description })),
          pageSize: 16,
          theme: { style: { keysHelpTip: checkboxHelp } },
        }, at);
    }
  };
  return {
    async ask(request) {
      // Said once, at the first question that has help.
      if (request.help && !hinted) context.output.write(`${styleText('dim', w.helpKey)}\n`);
      hinted ||= request.help !== undefined;
      // Text prompts show help for a typed `?` (helpOrValidate); the others for the `?` key.
      const help = request.kind === 'text' || !request.help ? undefined : styleText('dim', request.help);
      for (;;) {
        // Esc goes back (the runner walks back to the previous question); `?` prints the help and asks again.
        const controller = new AbortController();
        let pressed: 'back' | 'help' | undefined;
        const onKey = (_text: string, key?: { name?: string; sequence?: string }) => {
          if (key?.name === 'escape') pressed = 'back';
          else if (help && key?.sequence === '?') pressed = 'help';
          else return;
          controller.abort();
        };
        io.stdin.on('keypress', onKey);
        try {
          return await prompt(request, controller.signal);
        } catch (error) {
          if (!pressed || !(error instanceof Error && error.name === 'AbortPromptError')) throw error;
          if (pressed === 'back') return BACK;
          context.output.write(`${help}\n`);
        } finally {
          io.stdin.removeListener('keypress', onKey);
        }
      }
    },
  };
}

/** Ctrl-C (or a closed terminal) inside a prompt. */
export function isPromptExit(error: unknown): boolean {
  return error instanceof Error && (error.name === 'ExitPromptError' || error.name === 'AbortPromptError');
}
