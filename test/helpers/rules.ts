// Running the rules on a YAML string, for rule fixtures and unit tests.
import { migrateInMemory } from '../../src/model/load.ts';
import { parseAssessment } from '../../src/model/parse.ts';
import { runRules } from '../../src/rules/engine.ts';
import type { Config } from '../../src/config.ts';
import type { Finding } from '../../src/rules/types.ts';

export const TODAY = '2026-11-29';

export function findingsOf(yaml: string, options: { today?: string; config?: Partial<Config> } = {}): Finding[] {
  // A file written for schemaVersion 1 is read in the current shape, as every command reads it.
  const parsed = migrateInMemory(parseAssessment(yaml, 'test.dpia.yaml'));
  return runRules(parsed.data, { today: options.today ?? TODAY, config: { root: '.', ...options.config } });
}

/** `rule@path` strings, sorted, for compact assertions. */
export function ruleHits(yaml: string, rule: string, options: { today?: string; config?: Partial<Config> } = {}): string[] {
  return findingsOf(yaml, options).filter((f) => f.rule === rule).map((f) => f.path.join('.')).sort();
}
