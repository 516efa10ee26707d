// Run by the command table, when there is a config, before every command that reads it (except `check`,
// which checks its rule ids itself, loading the rules only when it needs them): a config
// whose `rules` name an unknown rule is refused before the command does anything.
import { checkRuleSettings } from '../config-rules.ts';
import { loadConfig } from '../config.ts';
import { RULES_BY_ID } from '../rules/registry.ts';

export function checkConfig(cwd: string, explicit?: string): void {
  const config = loadConfig(cwd, explicit);
  if (config.rules && Object.keys(config.rules).length > 0) checkRuleSettings(config, RULES_BY_ID.keys());
}
