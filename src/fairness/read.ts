// Reading a model's predictions into the counts a bias test needs, a row at a time: CSV
// with a header row (csv-parse) or JSON Lines (one object per line). Memory stays with the
// number of groups, not of rows. Which column is what comes from the test's definition:
// the group columns (several make intersectional groups, "female × 30-49"), the model's
// decision or its score with a decision threshold, and the actual outcome where known.
// A bad value stops the run with its file, line and column: a bias figure computed from
// misread rows would be evidence of nothing.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { parse } from 'csv-parse';
import { cliError, InputError } from '../errors.ts';
import { describeFsError } from '../model/source.ts';
import { addRow, emptyTable, type CountsTable } from './counts.ts';
import { BAND_COLUMN, COUNT_COLUMN, DECISION_COLUMN } from './sql.ts';

export interface Columns {
  /** One column, or several for intersectional groups. */
  group: string[];
  /** The model's decision: a 0/1, true/false or yes/no column, or labels with `positive` naming the selected one. */
  prediction?: string;
  /** The model's score, when there is no decision column: selected when it is at least `decisionThreshold`. */
  score?: string;
  decisionThreshold?: number;
  /** The actual outcome, encoded as the decision is; empty where not (yet) known. */
  outcome?: string;
  /** The label that means positive (selected, or the outcome happened), when the columns hold labels. */
  positive?: string;
  /** The edges of the score bands, ascending, for the metrics that compare scores band by band (calibration, AUC). */
  bands?: number[];
  /** Where the rows are a counts table: the column holding each line's band (its index, from 0). */
  bandColumn?: string;
}

export type PredictionFormat = 'csv' | 'jsonl';

/** CSV unless the name ends in .jsonl or .ndjson. */
export function formatOf(file: string): PredictionFormat {
  return /\.(jsonl|ndjson)$/i.test(file) ? 'jsonl' : 'csv';
}

const TRUE = new Set(['1', 'true', 'yes']);
const FALSE = new Set(['0', 'false', 'no']);

/** Empty and null are missing; anything else is the value as text. */
function text(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  const s = String(value).trim();
  return s === '' ? undefined : s;
}

interface Place {
  file: string;
  line: number;
}

function binary(value: unknown, column: string, positive: string | undefined, at: Place): boolean | undefined {
  const s = text(value);
  if (s === undefined) return undefined;
  if (positive !== undefined) return s === positive;
  const lower = s.toLowerCase();
  if (TRUE.has(lower)) return true;
  if (FALSE.has(lower)) return false;
  throw new InputError(at.file, cliError('error.fairness.label', { column, value: s }), at.line, 1);
}

/** The band a score falls in: each band holds its lower edge, the last its upper edge too. */
export function bandOf(score: number, edges: number[]): number | undefined {
  if (score < edges[0] || score > edges[edges.length - 1]) return undefined;
  // The last edge at or below the score, by halves (a thousand bands are ten steps).
  let low = 0;
  let high = edges.length - 2;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (edges[middle] <= score) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** One row's group, decision, band and outcome, by the columns. */
function rowOf(record: Record<string, unknown>, columns: Columns, at: Place) {
  const parts = columns.group.map((name) => text(record[name]));
  const group = parts.some((p) => p === undefined) ? undefined : parts.join(' × ');
  let score: number | undefined;
  if (columns.score !== undefined) {
    const s = text(record[columns.score]);
    if (s !== undefined) {
      score = Number(s);
      if (!Number.isFinite(score)) throw new InputError(at.file, cliError('error.fairness.score', { column: columns.score, value: s }), at.line, 1);
    }
  }
  let predicted: boolean | undefined;
  if (columns.prediction !== undefined) predicted = binary(record[columns.prediction], columns.prediction, columns.prediction === DECISION_COLUMN ? undefined : columns.positive, at);
  else if (score !== undefined && columns.decisionThreshold !== undefined) predicted = score >= columns.decisionThreshold;
  let band: number | undefined;
  if (columns.bands !== undefined && columns.bandColumn !== undefined) {
    const s = text(record[columns.bandColumn]);
    if (s !== undefined) {
      band = Number(s);
      if (!Number.isInteger(band) || band < 0 || band >= columns.bands.length - 1) {
        throw new InputError(at.file, cliError('error.fairness.band', { column: columns.bandColumn, value: s, last: columns.bands.length - 2 }), at.line, 1);
      }
    }
  } else if (columns.bands !== undefined && score !== undefined) {
    band = bandOf(score, columns.bands);
    if (band === undefined) {
      throw new InputError(at.file, cliError('error.fairness.outOfBands', { column: columns.score!, value: String(score), lower: columns.bands[0], upper: columns.bands[columns.bands.length - 1] }), at.line, 1);
    }
  }
  const actual = columns.outcome === undefined ? undefined : binary(record[columns.outcome], columns.outcome, columns.positive, at);
  return { group, predicted, band, actual };
}

/**
 * A test's columns must name a group and a decision (or a score and a threshold); one that
 * compares scores band by band, a score and the outcome.
 */
export function checkDefinition(file: string, columns: Columns): void {
  if (columns.group.length === 0) throw new InputError(file, cliError('error.fairness.noGroup'));
  if (columns.bands !== undefined) {
    if (columns.score === undefined || columns.outcome === undefined) throw new InputError(file, cliError('error.fairness.noScoreOutcome'));
  } else if (columns.prediction === undefined && (columns.score === undefined || columns.decisionThreshold === undefined)) {
    throw new InputError(file, cliError('error.fairness.noDecision'));
  }
}

/**
 * The columns to read a file by, from its header: a counts table (the result of
 * `dpia fairness --emit-sql`, with its ${COUNT_COLUMN} column) holds the decision as
 * ${DECISION_COLUMN} where the test thresholds a score; and every column the test names
 * must be there.
 */
function columnsFor(file: string, header: string[], columns: Columns, line: number): { columns: Columns; weighted: boolean } {
  const weighted = header.includes(COUNT_COLUMN);
  let read = columns;
  if (weighted && columns.bands !== undefined) {
    // Banded by the query: the decision, if the test has one, is a column of its own too.
    read = { ...columns, bandColumn: BAND_COLUMN, score: undefined, ...(columns.prediction === undefined && columns.decisionThreshold !== undefined ? { prediction: DECISION_COLUMN, decisionThreshold: undefined } : {}) };
  } else if (weighted && columns.prediction === undefined && header.includes(DECISION_COLUMN)) {
    read = { ...columns, prediction: DECISION_COLUMN, score: undefined, decisionThreshold: undefined };
  }
  const decision = read.prediction ?? read.score;
  const named = [...read.group, ...(decision === undefined ? [] : [decision]), ...(read.bandColumn === undefined ? [] : [read.bandColumn]), ...(read.outcome === undefined ? [] : [read.outcome])];
  for (const name of named) {
    if (!header.includes(name)) throw new InputError(file, cliError('error.fairness.noColumn', { column: name, columns: header.join(', ') }), line, 1);
  }
  return { columns: read, weighted };
}

/** A counts table's line stands for this many rows. */
function weightOf(record: Record<string, unknown>, at: Place): number {
  const s = text(record[COUNT_COLUMN]);
  const n = s === undefined ? NaN : Number(s);
  if (!Number.isInteger(n) || n < 0) throw new InputError(at.file, cliError('error.fairness.count', { column: COUNT_COLUMN, value: s ?? '' }), at.line, 1);
  return n;
}

export async function readPredictions(file: string, columns: Columns, format: PredictionFormat = formatOf(file)): Promise<CountsTable> {
  checkDefinition(file, columns);
  const table = emptyTable(columns.bands, columns.outcome !== undefined);
  if (format === 'jsonl') return readJsonLines(file, columns, table);
  return readCsv(file, columns, table);
}

async function readJsonLines(file: string, columns: Columns, table: CountsTable): Promise<CountsTable> {
  try {
    const lines = createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
    let line = 0;
    let mode: ReturnType<typeof columnsFor> | undefined;
    for await (const raw of lines) {
      line++;
      const trimmed = (line === 1 ? raw.replace(/^\ufeff/, '') : raw).trim();
      if (trimmed === '') continue;
      let record: unknown;
      try {
        record = JSON.parse(trimmed);
      } catch (error) {
        const position = /position (\d+)/.exec(String((error as Error).message));
        throw new InputError(file, cliError('error.fairness.json', { reason: (error as Error).message }), line, position ? Number(position[1]) + 1 : 1);
      }
      if (typeof record !== 'object' || record === null || Array.isArray(record)) throw new InputError(file, cliError('error.fairness.json', { reason: 'not an object' }), line, 1);
      if (mode === undefined) {
        // The first object's keys stand for the header: a column named in the test must be there.
        mode = columnsFor(file, Object.keys(record), columns, line);
      }
      const at = { file, line };
      addRow(table, rowOf(record as Record<string, unknown>, mode.columns, at), mode.weighted ? weightOf(record as Record<string, unknown>, at) : 1);
    }
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(file, describeFsError(error));
  }
  return table;
}

async function readCsv(file: string, columns: Columns, table: CountsTable): Promise<CountsTable> {
  const source = createReadStream(file);
  const parser = source.pipe(parse({ bom: true, columns: true, info: true, skip_empty_lines: true, relax_column_count: false }));
  // pipe() does not pass the file's errors on: the parser ends with them instead.
  source.on('error', (error) => parser.destroy(error));
  let mode: ReturnType<typeof columnsFor> | undefined;
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: Record<string, string>; info: { lines: number } }>) {
      mode ??= columnsFor(file, Object.keys(record), columns, 1);
      const at = { file, line: info.lines };
      addRow(table, rowOf(record, mode.columns, at), mode.weighted ? weightOf(record, at) : 1);
    }
  } catch (error) {
    if (error instanceof InputError) throw error;
    const e = error as Error & { code?: string; lines?: number };
    if (typeof e.code === 'string' && !e.code.startsWith('CSV_')) throw new InputError(file, describeFsError(error));
    throw new InputError(file, cliError('error.fairness.csv', { reason: e.message }), e.lines ?? 1, 1);
  }
  return table;
}
