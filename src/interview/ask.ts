// The only file that talks to @inquirer/prompts. The runner asks through the Prompter
// interface; tests and --answers use a scripted Prompter (answers.ts) instead.
import { styleText } from 'node:util';
import type { Lang } from '../rules/types.ts';
import type { Io } from '../io.ts';
import { helpOrValidate, withHelpKey } from './help-key.ts';
import { words } from './words.ts';

export type PromptKind = 'text' | 'confirm' | 'select' | 'checkbox' | 'menu';

export interface PromptChoice {
  value: string | number;
  name: string;
  /** Shown once chosen, instead of the whole label. */
  short?: string;
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
  /** The question's help, shown on demand (`?`, see help-key.ts). */
  help?: string;
  /** Set for questions about one list item. */
  list?: { id: string; index: number; key: string };
}

export interface Prompter {
  ask(request: PromptRequest): Promise<unknown>;
}

/** The real terminal. Ctrl-C rejects with inquirer's ExitPromptError (see isPromptExit). */
export function terminalPrompter(io: Io, lang: Lang): Prompter {
  const context: { input: typeof io.stdin; output: NodeJS.WritableStream; clearPromptOnDone: boolean; signal?: AbortSignal } = { input: io.stdin, output: io.stdout as NodeJS.WritableStream, clearPromptOnDone: false };
  let hinted = false;
  const w = words(lang);
  const yesNo = { yes: w.yes, no: w.no };
  // The keyboard help line of select and checkbox, in the interview's language: inquirer
  // passes [key, action] pairs in English (navigate, select, submit, all, invert; the key `space`).
  const keysHelp = (actions: Record<string, string>) => (keys: [string, string][]) => keys
    .map(([key, action]) => `${styleText('bold', key === 'space' ? w.keys.space : key)} ${styleText('dim', actions[action] ?? action)}`)
    .join(styleText('dim', ' • '));
  const withHelp = (tip: (keys: [string, string][]) => string) => (keys: [string, string][]) => tip([...keys, ['?', w.keys.help]]);
  const selectHelp = withHelp(keysHelp({ navigate: w.keys.navigate, select: w.keys.choose }));
  const checkboxHelp = withHelp(keysHelp({ navigate: w.keys.navigate, select: w.keys.tick, submit: w.keys.submit, all: w.keys.all, invert: w.keys.invert }));
  const prompts: Prompter = {
    async ask(request) {
      const inquirer = await import('@inquirer/prompts');
      switch (request.kind) {
        case 'text':
          return inquirer.input({
            message: request.message,
            default: request.default === undefined ? undefined : String(request.default),
            validate: helpOrValidate(request.help, request.validate),
            theme: { style: { error: (text: string) => (text === request.help ? styleText('dim', text) : styleText('red', `> ${text}`)) } },
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
            choices: (request.choices ?? []).map((c) => ({ value: c.value, name: c.name, short: c.short })),
            default: request.default as string | number | undefined,
            pageSize: 12,
            theme: { style: { keysHelpTip: selectHelp } },
          }, context);
        case 'checkbox':
          return inquirer.checkbox({
            message: request.message,
            choices: (request.choices ?? []).map((c) => ({ value: c.value, name: c.name, short: c.short, checked: c.checked === true })),
            pageSize: 16,
            theme: { style: { keysHelpTip: checkboxHelp } },
          }, context);
      }
    },
  };
  return {
    ask(request) {
      // Said once, at the first question that has help.
      if (request.help && !hinted) context.output.write(`${styleText('dim', w.helpKey)}\n`);
      hinted ||= request.help !== undefined;
      const help = request.kind === 'text' || !request.help ? undefined : styleText('dim', request.help);
      return withHelpKey(io.stdin, context.output, help, (signal) => {
        context.signal = signal;
        return prompts.ask(request);
      });
    },
  };
}

/** Ctrl-C (or a closed terminal) inside a prompt. */
export function isPromptExit(error: unknown): boolean {
  return error instanceof Error && (error.name === 'ExitPromptError' || error.name === 'AbortPromptError');
}
