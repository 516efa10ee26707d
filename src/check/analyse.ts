// The work behind `dpia check` for one file: parse, run the rules, put words to the
// findings. Kept apart from the command, in a bundle of its own
// (dist/commands/check-engine.cjs), so that a run answered from the result cache never
// loads, or even compiles, the parser, the validator or the rules.
import type { Config } from '../config.ts';
import { failedRule, InputError, type Said } from '../errors.ts';
import { describeFindings } from '../formatters/describe.ts';
import type { DescribedFinding } from '../formatters/types.ts';
import { isLang } from '../i18n/index.ts';
import { checkSchemaVersion } from '../model/load.ts';
import { parseAssessment } from '../model/parse.ts';
import { runRules } from '../rules/engine.ts';
import type { Lang } from '../rules/types.ts';

export { RULES, RULES_BY_ID } from '../rules/registry.ts';
export { effectiveSeverity, ruleGroup } from '../rules/engine.ts';
export { nearest } from '../model/validate.ts';

export interface Analysis {
  lang: Lang;
  findings: DescribedFinding[];
}

/** This module, for a worker of a parallel check to load (src/check/parallel.ts). */
export const ENGINE_URL = import.meta.url;

/** The settings every file of one check shares, as a worker receives them. */
export interface AnalyseSettings {
  today: string;
  config: Config;
  lang?: Lang;
}

export function analyseSource(text: string, display: string, options: AnalyseSettings): Analysis {
  const parsed = checkSchemaVersion(parseAssessment(text, display));
  const lang: Lang = options.lang ?? options.config.language ?? (isLang(parsed.data.language) ? parsed.data.language : 'en');
  const findings = runRules(parsed.data, { today: options.today, config: options.config });
  return { lang, findings: describeFindings(findings, parsed, lang) };
}

/** A file's analysis, or why it has none, as it crosses from a worker to the main thread. */
export type WorkerReply =
  | { id: number; analysis: Analysis }
  | { id: number; input: { file: string; reason: Said; line?: number; column?: number } }
  | { id: number; failure: { rule?: string; message: string; stack?: string } };

/** A worker of a parallel check: analyses each file the main thread sends, in the settings it was started with. */
export async function serveWorker(): Promise<void> {
  const { parentPort, workerData } = await import('node:worker_threads');
  const settings = workerData as AnalyseSettings;
  parentPort!.on('message', ({ id, text, display }: { id: number; text: string; display: string }) => {
    let reply: WorkerReply;
    try {
      reply = { id, analysis: analyseSource(text, display, settings) };
    } catch (error) {
      if (error instanceof InputError) reply = { id, input: { file: error.file, reason: error.reason, line: error.line, column: error.column } };
      else reply = { id, failure: { rule: failedRule(error), message: String((error as Error)?.message ?? error), stack: (error as Error)?.stack } };
    }
    parentPort!.postMessage(reply);
  });
}
