// The words of a failure, loaded only when a command fails (so that the command table
// stays light): an expected error (DpiaError) in the user's language, anything else as
// an internal error. The language is that of --lang, else the config's `language`, else
// English (also when the config itself cannot be read). commander's own messages about
// the command line (unknown option, missing argument) are printed by commander, in English.
import { loadConfig } from '../config.ts';
import { cliError, isDpiaError, sayIn } from '../errors.ts';
import { catalogueLanguages } from '../i18n/catalogue.ts';
import type { Io } from '../io.ts';
import { visible } from '../visible.ts';

/** The options of the command line that choose the language of an error. */
export interface ErrorOptions {
  lang?: unknown;
  config?: unknown;
}

export function errorLanguage(options: ErrorOptions, io: Pick<Io, 'cwd'>): string {
  const known = catalogueLanguages();
  if (typeof options.lang === 'string' && known.includes(options.lang)) return options.lang;
  try {
    const language = loadConfig(io.cwd, typeof options.config === 'string' ? options.config : undefined).language;
    if (language && known.includes(language)) return language;
  } catch {
    // A config that cannot be read is reported by the command itself; its error is in English.
  }
  return 'en';
}

/** What the boundary prints for `error`: one line, "dpia: " and the message (a stack first with DEBUG). */
export function errorReport(error: unknown, options: ErrorOptions, io: Pick<Io, 'cwd' | 'env'>): string {
  const lang = errorLanguage(options, io);
  // File names and git refs may hold newlines: the line stays one line.
  if (isDpiaError(error)) return `dpia: ${visible(typeof error.text === 'function' ? error.text(lang) : error.message)}\n`;
  const err = error as Error;
  const stack = io.env.DEBUG ? `${err?.stack ?? String(error)}\n` : '';
  return `${stack}dpia: ${visible(sayIn(lang, cliError('error.internal', { message: err?.message ?? String(error), debug: io.env.DEBUG ? 'yes' : undefined })))}\n`;
}
