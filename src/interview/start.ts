// Options every interview command shares: language, the day, the configuration.
import { loadConfig, type Config } from '../config.ts';
import { unknownLanguage, UsageError } from '../errors.ts';
import { isLang } from '../i18n/index.ts';
import type { Io } from '../io.ts';
import { today as todayOption } from '../model/dates.ts';
import type { Lang } from '../rules/types.ts';

export interface InterviewCommandOptions {
  file?: string;
  lang?: string;
  answers?: string;
  today?: string;
}

export function settings(options: InterviewCommandOptions, io: Io): { config: Config; today: string; lang?: Lang } {
  // The boundary (cli.ts) words these in the language of --lang or the config, else English.
  if (options.lang !== undefined && !isLang(options.lang)) throw new UsageError(unknownLanguage(options.lang));
  const today = todayOption(options.today);
  const config = loadConfig(io.cwd);
  return { config, today, lang: (options.lang as Lang | undefined) ?? config.language };
}

export function fileLanguage(data: Record<string, unknown>): Lang | undefined {
  return isLang(data.language) ? data.language : undefined;
}
