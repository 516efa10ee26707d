// Rule ids in the config (`rules: {consent/withdrawl: off}`): an id that names no rule and
// no group is refused by every command that reads the config, naming the config file,
// the line and column of the id and the nearest known id. The caller passes the ids, so
// that `check` can keep the rules unloaded until it needs them.
import type { Config } from './config.ts';
import { cliError, InputError } from './errors.ts';
import { isMap, isPair, isScalar } from './model/yaml-lib.ts';
import { lineColumn, offsetOf } from './model/locate.ts';
import { nearest } from './model/nearest.ts';
import { parseAssessment } from './model/parse.ts';
import { readSource } from './model/source.ts';

/** The group of a rule id, as the config names it: `ai/risk-class` is in `ai/*`. */
function group(id: string): string {
  return `${id.slice(0, id.indexOf('/'))}/*`;
}

/** Throws for the first id in `config.rules` that is neither one of `ruleIds` nor one of their groups. */
export function checkRuleSettings(config: Config, ruleIds: Iterable<string>): void {
  const ids = new Set(ruleIds);
  const known = new Set([...ids, ...[...ids].map(group)]);
  for (const id of Object.keys(config.rules ?? {})) {
    if (known.has(id)) continue;
    const file = config.file ?? 'dpia.config.yaml';
    let at: { line?: number; column?: number } = {};
    try {
      const parsed = parseAssessment(readSource(file), file);
      // The id as written: the key in `rules`.
      const rules = parsed.doc.get('rules', true);
      const pair = isMap(rules) ? rules.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === id) : undefined;
      const key = pair?.key as { range?: number[] } | undefined;
      at = lineColumn(parsed.text, key?.range?.[0] ?? offsetOf(parsed.doc, ['rules']));
    } catch {
      // The config was read a moment ago; without it the error names the file alone.
    }
    throw new InputError(file, cliError('error.config.unknownRule', { id, suggestion: nearest(id, [...known]) }), at.line, at.column);
  }
}
