// Every key of the CLI catalogue that the code uses: the keys written out (CLI_KEYS) and
// the families built from an id. Kept apart from cli.ts so that `dpia check` does not load
// the diff or the record of processing to print its summary.
import { DIFF_SECTIONS, type ItemChange } from '../diff/semantic.ts';
import { ERROR_KEYS } from '../errors.ts';
import { ROPA_COLUMNS } from '../ropa/record.ts';
import { PRINCIPLES } from '../rules/types.ts';
import { CLI_KEYS, RULE_FIELDS, STATUS_COLUMNS } from './cli.ts';

/** The families of keys built from an id at run time: prefix → the ids. */
export function cliKeyFamilies(): Record<string, readonly string[]> {
  return {
    'principle.': PRINCIPLES,
    'ruleField.': RULE_FIELDS,
    'diff.': ['added', 'removed', 'changed'] satisfies ItemChange['kind'][],
    'diff.section.': DIFF_SECTIONS,
    'status.header.': STATUS_COLUMNS,
    'ropa.header.': ROPA_COLUMNS,
  };
}

export function usedCliKeys(): string[] {
  const families = Object.entries(cliKeyFamilies()).flatMap(([prefix, ids]) => ids.map((id) => `${prefix}${id}`));
  return [...CLI_KEYS, ...ERROR_KEYS, ...families].sort();
}
