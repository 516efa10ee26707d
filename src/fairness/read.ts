// Reading a model's predictions into the counts a bias test needs, a row at a time: CSV
// with a header row (csv-parse), JSON Lines (one object per line) or Parquet (hyparquet,
// one row group at a time). Memory stays with the number of groups (and, for Parquet,
// one row group's columns), not of rows. Which column is what comes from the test's definition:
// the group columns (several make intersectional groups, "female × 30-49"), the model's
// decision or its score with a decision threshold, and the actual outcome where known.
// A bad value stops the run with its file, line and column: a bias figure computed from
// misread rows would be evidence of nothing.
import { createHash } from 'node:crypto';
import { createReadStream, type ReadStream } from 'node:fs';
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
  /** For an association test: the columns of the features that may stand in for the protected attribute (the group). */
  proxies?: string[];
  /** For a test of the outcome rate: the outcome is all it reads beside the group (no decision). */
  outcomeOnly?: true;
}

export type PredictionFormat = 'csv' | 'jsonl' | 'parquet';

/** CSV unless the name ends in .jsonl or .ndjson (JSON Lines) or .parquet. */
export function formatOf(file: string): PredictionFormat {
  return /\.(jsonl|ndjson)$/i.test(file) ? 'jsonl' : /\.parquet$/i.test(file) ? 'parquet' : 'csv';
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

/** One row's group, decision, band and outcome (or, for an association test, its proxies' values), by the columns. */
function rowOf(record: Record<string, unknown>, columns: Columns, at: Place) {
  const parts = columns.group.map((name) => text(record[name]));
  const group = parts.some((p) => p === undefined) ? undefined : parts.join(' × ');
  if (columns.proxies !== undefined) return { group, predicted: undefined, actual: undefined, proxies: columns.proxies.map((name) => text(record[name])) };
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
 * compares scores band by band, a score and the outcome; one of the outcome rate, the outcome.
 */
export function checkDefinition(file: string, columns: Columns): void {
  if (columns.group.length === 0) throw new InputError(file, cliError('error.fairness.noGroup'));
  if (columns.proxies !== undefined) {
    if (columns.proxies.length === 0) throw new InputError(file, cliError('error.fairness.noProxies'));
  } else if (columns.outcomeOnly) {
    if (columns.outcome === undefined) throw new InputError(file, cliError('error.fairness.noOutcome'));
  } else if (columns.bands !== undefined) {
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
  const decision = read.proxies !== undefined || read.outcomeOnly ? undefined : read.prediction ?? read.score;
  const named = [...read.group, ...(read.proxies ?? []), ...(decision === undefined ? [] : [decision]), ...(read.bandColumn === undefined ? [] : [read.bandColumn]), ...(read.outcome === undefined ? [] : [read.outcome])];
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

/** Reads `file` for one test's columns; a message names it as `name` (the path as the user gave it). */
export async function readPredictions(file: string, columns: Columns, format: PredictionFormat = formatOf(file), name = file): Promise<CountsTable> {
  return (await readAll(file, [columns], format, name)).tables[0];
}

/**
 * Reads `file` once for every set of columns (one counts table each) and takes its SHA-256
 * from the same bytes: however many tests there are, the rows are parsed once (a Parquet
 * file, read in row groups where it lies, is hashed in a pass of its own).
 */
export async function readAll(file: string, sets: Columns[], format: PredictionFormat = formatOf(file), name = file): Promise<{ tables: CountsTable[]; sha256: string }> {
  for (const columns of sets) checkDefinition(name, columns);
  const tables = sets.map((columns) => emptyTable(columns.bands, columns.outcome !== undefined, columns.proxies, columns.group.join(' × '), !columns.outcomeOnly));
  const reader = new Reader(name, sets, tables);
  if (format === 'parquet') {
    await readParquet(file, reader);
    return { tables, sha256: await sha256Of(file, name) };
  }
  const hash = createHash('sha256');
  const source = createReadStream(file);
  source.on('data', (chunk) => hash.update(chunk as Buffer));
  if (format === 'jsonl') await readJsonLines(source, reader);
  else await readCsv(source, reader);
  return { tables, sha256: hash.digest('hex') };
}

async function sha256Of(file: string, name: string): Promise<string> {
  const hash = createHash('sha256');
  try {
    for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  } catch (error) {
    throw new InputError(name, describeFsError(error));
  }
  return hash.digest('hex');
}

/** Each record into every set's table, by the columns its header gave that set. */
class Reader {
  private modes: ReturnType<typeof columnsFor>[] | undefined;

  constructor(readonly name: string, private readonly sets: Columns[], private readonly tables: CountsTable[]) {}

  /** The first record's keys, or the file's columns, stand for the header. */
  header(columns: string[], line: number): void {
    this.modes = this.sets.map((set) => columnsFor(this.name, columns, set, line));
  }

  get started(): boolean {
    return this.modes !== undefined;
  }

  /** The columns some set reads (for a reader that can leave the others out). */
  needed(): string[] {
    return [...new Set(this.modes!.flatMap(({ columns: read, weighted }) => [
      ...read.group, ...(read.proxies ?? []),
      ...[read.prediction, read.score, read.bandColumn, read.outcome].filter((c) => c !== undefined),
      ...(weighted ? [COUNT_COLUMN] : []),
    ]))];
  }

  add(record: Record<string, unknown>, line: number): void {
    const at = { file: this.name, line };
    this.modes!.forEach((mode, i) => addRow(this.tables[i], rowOf(record, mode.columns, at), mode.weighted ? weightOf(record, at) : 1));
  }
}

/**
 * Decompressors beyond hyparquet's own (none and Snappy, the default of pandas, pyarrow,
 * Spark and DuckDB), from node:zlib: gzip, Brotli, and Zstandard where this Node.js has it
 * (22.15 and later; Polars writes it by default).
 */
async function compressors(): Promise<import('hyparquet').Compressors> {
  const zlib = await import('node:zlib');
  const zstd = (zlib as { zstdDecompressSync?: (input: Uint8Array) => Buffer }).zstdDecompressSync;
  return {
    GZIP: (input) => new Uint8Array(zlib.gunzipSync(input)),
    BROTLI: (input) => new Uint8Array(zlib.brotliDecompressSync(input)),
    ...(zstd ? { ZSTD: (input: Uint8Array) => new Uint8Array(zstd(input)) } : {}),
  };
}

async function readParquet(file: string, reader: Reader): Promise<void> {
  const name = reader.name;
  const { asyncBufferFromFile, parquetMetadataAsync, parquetReadObjects, parquetSchema } = await import('hyparquet');
  let buffer;
  try {
    buffer = await asyncBufferFromFile(file);
  } catch (error) {
    throw new InputError(name, describeFsError(error));
  }
  const parquetError = (error: unknown, row = 1) => {
    const reason = (error as Error).message.replace(/^parquet /, '');
    const codec = /unsupported compression codec: (\w+)/.exec(reason);
    return new InputError(name, codec ? cliError('error.fairness.parquetCodec', { codec: codec[1] }) : cliError('error.fairness.parquet', { reason }), row, 1);
  };
  let metadata;
  try {
    metadata = await parquetMetadataAsync(buffer);
  } catch (error) {
    throw parquetError(error);
  }
  // The top-level columns stand for the header; a row's "line" is its number, from 1.
  reader.header(parquetSchema(metadata).children.map((child) => child.element.name), 1);
  const columns = reader.needed();
  const decompress = await compressors();
  let rowStart = 0;
  // One row group at a time: memory holds one group's columns, whatever the file's length.
  for (const group of metadata.row_groups) {
    const rowEnd = rowStart + Number(group.num_rows);
    let records: Record<string, unknown>[];
    try {
      records = await parquetReadObjects({ file: buffer, metadata, columns, rowStart, rowEnd, compressors: decompress });
    } catch (error) {
      throw parquetError(error, rowStart + 1);
    }
    records.forEach((record, i) => reader.add(record, rowStart + i + 1));
    rowStart = rowEnd;
  }
}

async function readJsonLines(source: ReadStream, reader: Reader): Promise<void> {
  const name = reader.name;
  try {
    const lines = createInterface({ input: source, crlfDelay: Infinity });
    let line = 0;
    for await (const raw of lines) {
      line++;
      const trimmed = (line === 1 ? raw.replace(/^\ufeff/, '') : raw).trim();
      if (trimmed === '') continue;
      let record: unknown;
      try {
        record = JSON.parse(trimmed);
      } catch (error) {
        const position = /position (\d+)/.exec(String((error as Error).message));
        throw new InputError(name, cliError('error.fairness.json', { reason: (error as Error).message }), line, position ? Number(position[1]) + 1 : 1);
      }
      if (typeof record !== 'object' || record === null || Array.isArray(record)) throw new InputError(name, cliError('error.fairness.json', { reason: 'not an object' }), line, 1);
      // The first object's keys stand for the header: a column named in the test must be there.
      if (!reader.started) reader.header(Object.keys(record), line);
      reader.add(record as Record<string, unknown>, line);
    }
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(name, describeFsError(error));
  }
}

async function readCsv(source: ReadStream, reader: Reader): Promise<void> {
  const name = reader.name;
  const parser = source.pipe(parse({ bom: true, columns: true, info: true, skip_empty_lines: true, relax_column_count: false }));
  // pipe() does not pass the file's errors on: the parser ends with them instead.
  source.on('error', (error) => parser.destroy(error));
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: Record<string, string>; info: { lines: number } }>) {
      if (!reader.started) reader.header(Object.keys(record), 1);
      reader.add(record, info.lines);
    }
  } catch (error) {
    if (error instanceof InputError) throw error;
    const e = error as Error & { code?: string; lines?: number };
    if (typeof e.code === 'string' && !e.code.startsWith('CSV_')) throw new InputError(name, describeFsError(error));
    throw new InputError(name, cliError('error.fairness.csv', { reason: e.message }), e.lines ?? 1, 1);
  }
}
