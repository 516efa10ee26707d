// The counts a bias test is computed from: per group, how many people, how many the model
// selected (predicted positive), and, where the outcome is known, the confusion matrix.
// Every metric of src/fairness/metrics.ts is a function of these counts, so rows are
// streamed into them (memory grows with the number of groups, not of rows), and a
// warehouse can send the same table aggregated by SQL instead of its rows. An association
// test (a proxy against the protected attribute) counts pairs of values instead.
import { addPair, type Contingency } from './association.ts';

export interface GroupCounts {
  /** The group's value, or the values of several attributes joined by " × " (intersectional). */
  group: string;
  /** People in the group with a prediction (where the test reads one). */
  n: number;
  /** Of them, selected by the model (predicted positive). */
  selected: number;
  /** Of the n, those whose actual outcome is known. */
  labelled: number;
  /** Of the labelled, the actual positives. */
  positives: number;
  /** Selected and actually positive. */
  truePositives: number;
  /** Selected and actually negative. */
  falsePositives: number;
  /** By score band (for calibration and the AUC), where the test bands its scores: the labelled and the actual positives in each. */
  bands?: { labelled: number; positives: number }[];
}

/** Rows left out of every group, by what was missing; reported, never silently dropped. */
export interface Missing {
  /** No value for a group attribute. */
  group: number;
  /** No prediction (nor a score to threshold). */
  prediction: number;
  /** No actual outcome: counted in selection rates, left out of the error rates. */
  outcome: number;
  /** No value in one of the proxy columns (for an association test): left out of every proxy's table. */
  proxy: number;
}

export interface CountsTable {
  groups: Map<string, GroupCounts>;
  /** The edges of the score bands, where rows carry a band. */
  edges?: number[];
  /** Whether rows carry an actual outcome (the test names an outcome column): only then is one missing. */
  outcomes: boolean;
  /** Whether rows carry the model's decision: a test of the outcome rate alone (an evaluation's results) reads none, so none is missing. */
  decisions: boolean;
  /** For an association test: each proxy column's contingency table with the group (the protected attribute). */
  associations?: Map<string, Contingency>;
  /** For an association test: the protected attribute's name (its columns, joined by " × "). */
  attribute?: string;
  missing: Missing;
  /** Every row read, missing values included. */
  rows: number;
}

export function emptyTable(edges?: number[], outcomes = true, proxies?: string[], attribute?: string, decisions = true): CountsTable {
  return {
    groups: new Map(), missing: { group: 0, prediction: 0, outcome: 0, proxy: 0 }, rows: 0, outcomes, decisions,
    ...(edges ? { edges } : {}),
    ...(proxies ? { associations: new Map(proxies.map((proxy) => [proxy, new Map()])), ...(attribute !== undefined ? { attribute } : {}) } : {}),
  };
}

/**
 * One person's row: the group, the model's decision, the band its score falls in (where the
 * test bands scores; a row with a band but no decision counts in the bands only), and the
 * actual outcome (undefined where not known).
 */
export interface Row {
  group: string | undefined;
  predicted: boolean | undefined;
  band?: number | undefined;
  actual: boolean | undefined;
  /** The proxy columns' values, in the order of the table's proxies (for an association test). */
  proxies?: (string | undefined)[];
}

/** Adds a row, or `weight` identical rows (a line of a counts table aggregated elsewhere). */
export function addRow(table: CountsTable, row: Row, weight = 1): void {
  table.rows += weight;
  if (row.group === undefined) {
    table.missing.group += weight;
    return;
  }
  if (table.associations !== undefined) {
    // An association test counts pairs of values only: the group and each proxy's value.
    const values = row.proxies ?? [];
    if (values.some((value) => value === undefined) || values.length < table.associations.size) {
      table.missing.proxy += weight;
      return;
    }
    [...table.associations.values()].forEach((contingency, i) => addPair(contingency, row.group!, values[i]!, weight));
    return;
  }
  const banded = table.edges !== undefined;
  if (banded ? row.band === undefined : table.decisions && row.predicted === undefined) {
    table.missing.prediction += weight;
    return;
  }
  let counts = table.groups.get(row.group);
  if (counts === undefined) {
    counts = { group: row.group, n: 0, selected: 0, labelled: 0, positives: 0, truePositives: 0, falsePositives: 0 };
    if (banded) counts.bands = Array.from({ length: table.edges!.length - 1 }, () => ({ labelled: 0, positives: 0 }));
    table.groups.set(row.group, counts);
  }
  counts.n += weight;
  if (row.predicted) counts.selected += weight;
  if (row.actual === undefined) {
    if (table.outcomes) table.missing.outcome += weight;
    return;
  }
  counts.labelled += weight;
  if (counts.bands !== undefined && row.band !== undefined) {
    const band = counts.bands[row.band];
    band.labelled += weight;
    if (row.actual) band.positives += weight;
  }
  if (row.actual) {
    counts.positives += weight;
    if (row.predicted) counts.truePositives += weight;
  } else if (row.predicted) {
    counts.falsePositives += weight;
  }
}

/** The negatives among the labelled, and the two cells of the confusion matrix not kept. */
export function derived(counts: GroupCounts): { negatives: number; falseNegatives: number; trueNegatives: number } {
  const negatives = counts.labelled - counts.positives;
  return { negatives, falseNegatives: counts.positives - counts.truePositives, trueNegatives: negatives - counts.falsePositives };
}
