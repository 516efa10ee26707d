// Runs the rules over one parsed assessment and returns findings as data.
import type { Config } from '../config.ts';
import { pathToString, type Path, type PathSegment } from '../model/locate.ts';
import type { Assessment } from '../model/schema.ts';
import { KEY_SHAPE } from '../model/generated/schema-shape-data.ts';
import type { KeyShape } from '../model/schema-shape.ts';
import { asWritten, contentHash, rememberAsWritten } from '../model/hash.ts';
import { validate } from '../model/validate.ts';
import { RULES, RULES_BY_ID } from './registry.ts';
import type { Finding, Rule, Severity } from './types.ts';
import type { ScanFacts } from '../scan/facts.ts';

export interface RunOptions {
  today: string;
  config: Config;
  /** Only these rules (the interview checks one section at a time). */
  only?: (rule: Rule) => boolean;
  /** The CRM's fields in the assessment's scope, for the data/*-field rules (src/scan/run.ts). */
  scan?: ScanFacts;
}

/** The group of a rule id, as the config names it: `ai/risk-class` is in `ai/*`. */
export function ruleGroup(id: string): string {
  return `${id.slice(0, id.indexOf('/'))}/*`;
}

/** A rule's severity: its own setting in the config, else its group's (`ai/*: warn`), else its default. */
export function effectiveSeverity(rule: Pick<Rule, 'id' | 'severity'>, config: Config): Severity | 'off' {
  const setting = config.rules?.[rule.id] ?? config.rules?.[ruleGroup(rule.id)];
  if (setting === 'off') return 'off';
  if (setting === 'warn') return 'warning';
  if (setting === 'error') return 'error';
  return rule.severity;
}

/** A rule that threw: the failure is reported for the file it was checking, naming the rule. */
export class RuleFailure extends Error {
  constructor(readonly rule: string, cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause), { cause });
    this.name = 'RuleFailure';
  }
}

/**
 * Tests only: checks that stand in for rules' own (by rule id), so that a test can make a
 * rule throw and see that only the file it was checking is reported. Empty in use.
 */
export const TEST_CHECKS = new Map<string, Rule['check']>();

export function runRules(data: Record<string, unknown>, options: RunOptions): Finding[] {
  const findings: Finding[] = [];
  const invalid: string[] = [];
  let problems;
  try {
    problems = validate(data);
  } catch (error) {
    throw new RuleFailure('schema/invalid', error);
  }
  for (const problem of problems) {
    const rule = RULES_BY_ID.get(problem.rule)!;
    const severity = effectiveSeverity(rule, options.config);
    if (problem.rule === 'schema/invalid') invalid.push(pathToString(problem.path));
    if (severity === 'off' || (options.only && !options.only(rule))) continue;
    findings.push({ rule: problem.rule, severity, path: problem.path, args: problem.args });
  }
  const clean = withoutPaths(data, invalid) as Assessment;
  // A sign-off binds to the data as written, not to the copy the rules read.
  if (clean !== data) rememberAsWritten(clean, asWritten(data));
  let hash: string | undefined;
  const ctx = { data: clean, today: options.today, config: options.config, contentHash: () => (hash ??= contentHash(clean)), scan: options.scan };
  for (const rule of RULES) {
    // The validator reported these above; other schema rules (schema/version) check like any rule.
    if (rule.id === 'schema/invalid' || rule.id === 'schema/unknown-key') continue;
    if (options.only && !options.only(rule)) continue;
    const severity = effectiveSeverity(rule, options.config);
    if (severity === 'off') continue;
    const check = TEST_CHECKS.size > 0 ? TEST_CHECKS.get(rule.id) ?? rule.check : rule.check;
    try {
      check(ctx, (path, args = {}, at) => {
        const dotted = pathToString(path);
        // A value of the wrong type is already reported as schema/invalid.
        if (invalid.some((p) => dotted === p || dotted.startsWith(`${p}.`))) return;
        findings.push({ rule: rule.id, severity, path: [...path], args, ...(at ? { at: { file: at.file, line: at.line, column: at.column } } : {}) });
      });
    } catch (error) {
      throw new RuleFailure(rule.id, error);
    }
  }
  return dedupe(findings);
}

function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.rule}\u0000${pathToString(f.path)}\u0000${JSON.stringify(f.args)}\u0000${f.at ? `${f.at.file}:${f.at.line}:${f.at.column}` : ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** What the schema holds at `path`: an object's keys, a list's item, or 0 (a value, or unknown). */
function shapeAt(path: PathSegment[]): KeyShape {
  let shape: KeyShape = KEY_SHAPE;
  for (const segment of path) {
    if (shape === 0) return 0;
    shape = Array.isArray(shape) ? (shape as readonly [KeyShape])[0] : (shape as Record<string, KeyShape>)[String(segment)] ?? 0;
  }
  return shape;
}

/** A copy of `data` without the values at `paths` (dotted), so rules see only well-typed values. */
function withoutPaths(data: Record<string, unknown>, paths: string[]): Record<string, unknown> {
  if (paths.length === 0) return data;
  const copy = structuredClone(data);
  for (const dotted of paths) {
    const path: PathSegment[] = dotted === '' ? [] : dotted.split('.');
    if (path.length === 0) return {};
    let node: unknown = copy;
    for (const segment of path.slice(0, -1)) node = (node as Record<string, unknown>)?.[segment as string];
    if (node && typeof node === 'object') {
      const last = path[path.length - 1] as string;
      // An item of a list of maps (by the schema) becomes an empty map, so rules can read its keys.
      if (Array.isArray(node)) {
        const item = shapeAt(path);
        (node as unknown[])[Number(last)] = item !== 0 && !Array.isArray(item) ? {} : undefined;
      }
      else delete (node as Record<string, unknown>)[last];
    }
  }
  return copy;
}

export type { Path };
