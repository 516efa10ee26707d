// `dpia fairness --emit-sql`: a query that aggregates the predictions where they live (a
// warehouse) into the counts a test needs, one line per group × decision × outcome with
// its number of rows. Its result, saved as CSV or JSON Lines, is read by `--data` as the
// rows it stands for: the same counts, the same figures, without moving the rows.
//
// Portable SQL (PostgreSQL, DuckDB, BigQuery, Snowflake, Spark SQL): SELECT, CASE, COUNT(*),
// GROUP BY the same expressions, ORDER BY the output names; no casts (their type names
// differ between engines), so a label column is grouped as it is and dpia reads its
// values, and a score is compared with the threshold in the query (numbers compare
// everywhere). Plain identifiers are written as they are; any other is quoted as standard
// SQL does ("…"), which BigQuery and Spark SQL write with backticks instead.
import type { Columns } from './read.ts';

/** The count of rows each line of a counts table stands for. */
export const COUNT_COLUMN = 'dpia_count';
/** A counts table's decision where the test thresholds a score: 1, 0, or NULL without a score. */
export const DECISION_COLUMN = 'dpia_decision';
/** A counts table's score band, where the test bands scores: the band's index from 0, or NULL without a score. */
export const BAND_COLUMN = 'dpia_band';

const PLAIN = /^[A-Za-z_][A-Za-z0-9_]*$/;

export function identifier(name: string): string {
  return PLAIN.test(name) ? name : `"${name.replace(/"/g, '""')}"`;
}

/** The query for one set of columns over `table` (written as given: it may name a schema). */
export function countsQuery(columns: Columns, table: string, comment: string[] = []): string {
  const outputs: { expression: string; name: string }[] = [...columns.group, ...(columns.proxies ?? [])].map((name) => ({ expression: identifier(name), name: identifier(name) }));
  // The decision column, and the score thresholded (for tests that read a score, where one
  // query serves several).
  if (columns.prediction !== undefined) {
    outputs.push({ expression: identifier(columns.prediction), name: identifier(columns.prediction) });
  }
  if (columns.score !== undefined && columns.decisionThreshold !== undefined) {
    const score = identifier(columns.score!);
    outputs.push({ expression: `CASE WHEN ${score} IS NULL THEN NULL WHEN ${score} >= ${columns.decisionThreshold} THEN 1 ELSE 0 END`, name: DECISION_COLUMN });
  }
  if (columns.bands !== undefined) {
    // Each band holds its lower edge, the last its upper edge too (as dpia bands a file's
    // scores, comparing with the same edges); a score outside them is -1, which dpia refuses
    // as it refuses such a score in a file; no score is NULL, which dpia counts as missing.
    const score = identifier(columns.score!);
    const edges = columns.bands;
    const last = edges.length - 2;
    const whens = edges.slice(1, -1).map((edge, i) => `WHEN ${score} < ${edge} THEN ${i}`);
    outputs.push({ expression: `CASE WHEN ${score} IS NULL THEN NULL WHEN ${score} < ${edges[0]} OR ${score} > ${edges[last + 1]} THEN -1 ${[...whens, `ELSE ${last}`].join(' ')} END`, name: BAND_COLUMN });
  }
  if (columns.outcome !== undefined) outputs.push({ expression: identifier(columns.outcome), name: identifier(columns.outcome) });
  const select = outputs.map((o) => (o.expression === o.name ? `  ${o.name}` : `  ${o.expression} AS ${o.name}`));
  const quoted = [...columns.group, ...(columns.proxies ?? []), ...[columns.prediction, columns.score, columns.outcome].filter((name) => name !== undefined)].some((name) => !PLAIN.test(name));
  return [
    ...comment.map((line) => `-- ${line}`),
    ...(quoted ? ['-- Quoted names are standard SQL ("name"); BigQuery and Spark SQL write them `name`.'] : []),
    'SELECT',
    `${select.join(',\n')},`,
    `  COUNT(*) AS ${COUNT_COLUMN}`,
    `FROM ${table}`,
    `GROUP BY ${outputs.map((o) => o.expression).join(', ')}`,
    `ORDER BY ${outputs.map((o) => o.name).join(', ')};`,
    '',
  ].join('\n');
}
