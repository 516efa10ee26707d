// Options every interview command shares: language, the day, the configuration.
import { loadConfig, type Config } from '../config.ts';
import { UsageError } from '../errors.ts';
import { isLang, languageChoice } from '../i18n/index.ts';
import type { Io } from '../io.ts';
import { localToday } from '../rules/facts.ts';
import type { Lang } from '../rules/types.ts';
import { parseDate } from './input.ts';
import { runnerText } from './words.ts';

export interface InterviewCommandOptions {
  file?: string;
  lang?: string;
  answers?: string;
  today?: string;
}

export function settings(options: InterviewCommandOptions, io: Io): { config: Config; today: string; lang?: Lang } {
  // Errors in the command line come before the language is known: in English, as the CLI's.
  if (options.lang !== undefined && !isLang(options.lang)) throw new UsageError(runnerText('en', 'badLanguage', { lang: options.lang, languages: languageChoice('en') }));
  const today = options.today ?? localToday();
  if (!parseDate(today)) throw new UsageError(runnerText('en', 'badToday', { today }));
  const config = loadConfig(io.cwd);
  return { config, today, lang: (options.lang as Lang | undefined) ?? config.language };
}

export function fileLanguage(data: Record<string, unknown>): Lang | undefined {
  return isLang(data.language) ? data.language : undefined;
}
