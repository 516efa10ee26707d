// Fields of SQL DDL and migrations, read with sqlparser-rs (Apache DataFusion's SQL
// parser, compiled to WebAssembly: @guanmingchiu/sqlparser-ts) in the dialect of
// PostgreSQL, MySQL or SQL Server: CREATE TABLE's columns and ALTER TABLE … ADD; a
// column's comment from the parser's own comments (`--`, `/* */`, `#` on the column's
// line or the lines just above it), MySQL's COMMENT '…', PostgreSQL's COMMENT ON COLUMN
// and SQL Server's MS_Description. DROP and RENAME are returned too, so that a history of
// migrations gives the fields that are still there (src/scan/run.ts applies them in order).
import { lazyModule } from '../../lazy-module.ts';
import type { Extracted, Field } from '../field.ts';

type SqlParser = typeof import('@guanmingchiu/sqlparser-ts');
declare const require: (id: string) => unknown;
const parser = lazyModule<SqlParser>(import.meta.url, '@guanmingchiu/sqlparser-ts', () => require('@guanmingchiu/sqlparser-ts'));

export const SQL_DIALECTS = ['postgresql', 'mysql', 'mssql'] as const;
export type SqlDialect = (typeof SQL_DIALECTS)[number];

/** Loads the parser's WebAssembly, once; before the first extractSql. */
export async function loadSqlParser(): Promise<void> {
  await parser().init();
}

interface Span { start: { line: number; column: number } }
interface Ident { value: string; span: Span }
type NamePart = { Identifier: Ident } | Ident;
interface ColumnDef { name: Ident; data_type: unknown; options?: { option?: { Comment?: string } }[] }
interface SqlComment { content: string; prefix?: string; startLine: number; startColumn: number; endLine: number; endColumn: number }

const ident = (part: NamePart): Ident => ('Identifier' in part ? part.Identifier : part);
const names = (parts: readonly NamePart[]) => parts.map((part) => ident(part).value);

/** A removal or a rename a migration makes, applied to the fields of earlier files. */
export type SchemaChange =
  | { kind: 'drop-table'; table: string[] }
  | { kind: 'drop-column'; table: string[]; column: string }
  | { kind: 'rename-table'; table: string[]; to: string[] }
  | { kind: 'rename-column'; table: string[]; column: string; to: string };

export interface ExtractedSql extends Extracted {
  /** In the order the file makes them. */
  changes: { change: SchemaChange; line: number }[];
}

/** The dialect a file is written in, unless the config names one: by what only one dialect writes. */
export function guessDialect(sql: string): SqlDialect {
  const lines = sql.split('\n');
  if (lines.some((line) => line.trim().toUpperCase() === 'GO') || sql.includes('sp_addextendedproperty') || /\[[^\]\n]+\]\s*\.\s*\[/.test(sql)) return 'mssql';
  if (sql.includes('`') || /\bENGINE\s*=/i.test(sql) || /\bAUTO_INCREMENT\b/i.test(sql)) return 'mysql';
  return 'postgresql';
}

/** The declared type as SQL writes it, from the parser's tree (`{Char: {IntegerLength: {length: 11}}}` → `char(11)`). */
function typeText(type: unknown): string | undefined {
  if (type === null || type === undefined) return undefined;
  if (typeof type === 'string') return type.toLowerCase();
  const [kind, value] = Object.entries(type as Record<string, unknown>)[0] ?? [];
  if (kind === undefined) return undefined;
  const name = kind.toLowerCase();
  if (value === null || value === undefined) return name;
  if (kind === 'Custom' && Array.isArray(value)) return names(value[0] as NamePart[]).join('.').toLowerCase();
  const numbers = JSON.stringify(value).match(/\d+/g);
  return numbers && numbers.length > 0 && numbers.length <= 2 ? `${name}(${numbers.join(',')})` : name;
}

/** Line starts, to turn the parser's line and column (in code points) into offsets and back into UTF-16 columns. */
function columnOf(lines: readonly string[], line: number, codePoints: number): number {
  const text = lines[line - 1] ?? '';
  let units = 0;
  let seen = 1;
  for (const char of text) {
    if (seen >= codePoints) break;
    units += char.length;
    seen++;
  }
  return units + 1;
}

/** Where the parser says it failed: "… at Line: 4, Column: 39". */
function errorPlace(message: string): { line: number; column: number } | undefined {
  const match = /at Line: (\d+), Column: (\d+)/.exec(message);
  return match ? { line: Number(match[1]), column: Number(match[2]) } : undefined;
}

/**
 * SQL Server scripts as SSMS writes them: `GO` alone on a line ends a batch (a client
 * command, not T-SQL), and statements need no `;`. Each batch is parsed alone, the other
 * lines blank, so a batch the parser cannot read costs only its own fields (and is
 * reported); where the parser says a statement should have ended, the line before takes
 * a `;` at its end. Positions are lines and columns: nothing moves.
 */
/** Characters added to a line for the parser (an ADD), so that the positions it gives can be counted back. */
interface Shift { line: number; column: number; by: number }

function parseMssql(sql: string, parse: (text: string) => Parsed): Parsed & { failures: unknown[]; shifts: Shift[] } {
  const rows = sql.split('\n');
  const batches: number[][] = [[]];
  rows.forEach((row, index) => {
    if (/^\s*GO(\s+\d+)?\s*$/i.test(row)) batches.push([]);
    else batches.at(-1)!.push(index);
  });
  const out: Parsed & { failures: unknown[]; shifts: Shift[] } = { statements: [], comments: [], failures: [], shifts: [] };
  for (const batch of batches) {
    if (batch.every((index) => rows[index]!.trim() === '')) continue;
    const own = new Set(batch);
    const text = rows.map((row, index) => (own.has(index) ? row : ''));
    try {
      const parsed = parseEnding(text, parse, out.shifts);
      out.statements.push(...parsed.statements);
      out.comments.push(...parsed.comments);
    } catch (error) {
      out.failures.push(error);
    }
  }
  return out;
}

function parseEnding(rows: string[], parse: (text: string) => Parsed, shifts: Shift[]): Parsed {
  const tried = new Set<string>();
  for (;;) {
    try {
      return parse(rows.join('\n'));
    } catch (error) {
      const message = String((error as Error).message);
      const at = errorPlace(message);
      // Each place once: a fix that did not help there is not tried again.
      if (!at || tried.has(`${at.line}:${at.column}`)) throw error;
      tried.add(`${at.line}:${at.column}`);
      const row = rows[at.line - 1] ?? '';
      const before = row.slice(0, columnOf(rows, at.line, at.column) - 1);
      // `ALTER TABLE t ADD a int, b int`: SQL Server adds several columns after one ADD,
      // sqlparser-rs wants an ADD before each. The line takes one before the next column,
      // and the columns after it on that line are counted back (shifts).
      if (message.includes('after ALTER TABLE, found:') && before.trimEnd().endsWith(',')) {
        rows[at.line - 1] = `${before}ADD ${row.slice(before.length)}`;
        shifts.push({ line: at.line, column: at.column, by: 4 });
        continue;
      }
      if (!message.includes('Expected: end of statement')) throw error;
      if (before.trim() === '') {
        let previous = at.line - 2;
        while (previous >= 0 && rows[previous]!.trim() === '') previous--;
        if (previous < 0) throw error;
        rows[previous] = `${rows[previous]};`;
      } else if (/\s$/.test(before)) {
        rows[at.line - 1] = `${before.slice(0, -1)};${row.slice(before.length)}`;
      } else {
        throw error;
      }
    }
  }
}

/**
 * MySQL scripts with `DELIMITER` (a command of the mysql client, not SQL): its line becomes
 * blank and the custom delimiter at the end of a line becomes `;`, so positions stay.
 */
function withoutDelimiters(sql: string): string {
  let delimiter = ';';
  return sql.split('\n').map((row) => {
    const command = /^\s*DELIMITER\s+(\S+)\s*$/i.exec(row);
    if (command) {
      delimiter = command[1]!;
      return ' '.repeat(row.length);
    }
    const end = row.trimEnd();
    if (delimiter !== ';' && end.endsWith(delimiter)) return `${end.slice(0, -delimiter.length)};${row.slice(end.length)}`;
    return row;
  }).join('\n');
}

interface Parsed { statements: unknown[]; comments: SqlComment[] }

export function extractSql(sql: string, file: string, dialect: SqlDialect = guessDialect(sql)): ExtractedSql {
  const lines = sql.split('\n');
  const parse = (text: string) => parser().parseWithComments(text, dialect) as unknown as Parsed;
  const failure = (error: unknown) => {
    const message = String((error as Error).message).replace(/^sql parser error: /, '');
    const at = errorPlace(message);
    return { file, ...(at ? { line: at.line, column: columnOf(lines, at.line, at.column) } : {}), message: `${message.replace(/ at Line: \d+, Column: \d+$/, '')} (SQL dialect ${dialect})` };
  };
  let parsed: Parsed;
  let shifts: Shift[] = [];
  const errors: ExtractedSql['errors'] = [];
  try {
    if (dialect === 'mssql') {
      const batches = parseMssql(sql, parse);
      parsed = batches;
      shifts = batches.shifts;
      errors.push(...batches.failures.map(failure));
    } else {
      parsed = parse(dialect === 'mysql' ? withoutDelimiters(sql) : sql);
    }
  } catch (error) {
    return { fields: [], changes: [], errors: [failure(error)] };
  }
  /** A column the parser gave, counted back past what was added before it on its line. */
  const back = (line: number, column: number) => column - shifts.filter((shift) => shift.line === line && shift.column <= column).reduce((sum, shift) => sum + shift.by, 0);
  for (const comment of parsed.comments) comment.startColumn = back(comment.startLine, comment.startColumn);
  const fields: (Field & { codeColumn: number })[] = [];
  const changes: ExtractedSql['changes'] = [];
  const described = new Map<string, string>();
  const add = (table: string[], column: ColumnDef) => {
    const { line } = column.name.span.start;
    const codeColumn = back(line, column.name.span.start.column);
    const comment = column.options?.map((option) => option.option?.Comment).find((text) => typeof text === 'string');
    const type = typeText(column.data_type);
    fields.push({ file, line, column: columnOf(lines, line, codeColumn), codeColumn, format: 'sql', container: table, name: column.name.value, ...(type ? { type } : {}), ...(comment ? { comment } : {}) });
  };
  for (const statement of parsed.statements) {
    const [kind, body] = Object.entries(statement as Record<string, Record<string, unknown>>)[0] ?? [];
    if (kind === 'CreateTable') {
      const table = names(body!.name as NamePart[]);
      for (const column of (body!.columns as ColumnDef[]) ?? []) add(table, column);
    } else if (kind === 'AlterTable') {
      const table = names(body!.name as NamePart[]);
      for (const operation of (body!.operations as Record<string, Record<string, unknown>>[]) ?? []) {
        if (operation.AddColumn) add(table, operation.AddColumn.column_def as ColumnDef);
        else if (operation.DropColumn) {
          for (const column of operation.DropColumn.column_names as Ident[]) changes.push({ change: { kind: 'drop-column', table, column: column.value }, line: column.span.start.line });
        } else if (operation.RenameColumn) {
          const from = operation.RenameColumn.old_column_name as Ident;
          changes.push({ change: { kind: 'rename-column', table, column: from.value, to: (operation.RenameColumn.new_column_name as Ident).value }, line: from.span.start.line });
        } else if (operation.RenameTable) {
          const to = (operation.RenameTable.table_name as { To?: NamePart[] }).To ?? (operation.RenameTable.table_name as NamePart[]);
          if (Array.isArray(to)) changes.push({ change: { kind: 'rename-table', table, to: names(to) }, line: ident(to[0]!).span.start.line });
        }
      }
    } else if (kind === 'Drop' && body!.object_type === 'Table') {
      for (const name of body!.names as NamePart[][]) changes.push({ change: { kind: 'drop-table', table: names(name) }, line: ident(name[0]!).span.start.line });
    } else if (kind === 'Comment' && body!.object_type === 'Column' && typeof body!.comment === 'string') {
      described.set(names(body!.object_name as NamePart[]).join('.').toLowerCase(), body!.comment);
    } else if (kind === 'Execute') {
      msDescription(body!, described);
    }
  }
  // A column's comment: the parser's comments on its line after it (before the next
  // column there), or on the lines just above it.
  for (const [index, field] of fields.entries()) {
    const words: string[] = [];
    const next = fields[index + 1];
    for (const comment of parsed.comments) {
      const text = comment.content.trim();
      if (!text) continue;
      const sameLine = comment.startLine === field.line && comment.startColumn > field.codeColumn && !(next && next.line === field.line && comment.startColumn > next.codeColumn);
      // A `--` comment ends at the start of the next line: its own last line is the one before.
      const lastLine = comment.endLine > comment.startLine && comment.endColumn === 1 ? comment.endLine - 1 : comment.endLine;
      const above = lastLine < field.line && comment.startLine >= field.line - 3
        && !fields.some((other) => other !== field && other.line >= comment.startLine && other.line < field.line)
        && lines.slice(lastLine, field.line - 1).every((between) => between.trim() === '')
        && (lines[comment.startLine - 1] ?? '').slice(0, comment.startColumn - 1).trim() === '';
      if (sameLine || above) words.push(text);
    }
    const onColumn = [...described.entries()].find(([key]) => key === [...field.container, field.name].join('.').toLowerCase() || key.endsWith(`.${[...field.container.slice(-1), field.name].join('.').toLowerCase()}`))?.[1];
    const comment = [field.comment, onColumn, ...words].filter((text): text is string => typeof text === 'string' && text.trim() !== '').join(' — ');
    if (comment) field.comment = comment;
  }
  return { fields: fields.map(({ codeColumn: _, ...field }) => field), changes, errors };
}

/** SQL Server's column comment: EXEC sp_addextendedproperty @name = N'MS_Description', @value = …, … @level2type = N'COLUMN'. */
function msDescription(body: Record<string, unknown>, described: Map<string, string>): void {
  const procedure = names((body.name as NamePart[]) ?? []).join('.').toLowerCase();
  if (!procedure.endsWith('sp_addextendedproperty')) return;
  const args = new Map<string, string>();
  for (const parameter of (body.parameters as Record<string, { left?: { Identifier?: Ident }; right?: { Value?: { value?: Record<string, unknown> } } }>[]) ?? []) {
    const pair = parameter.BinaryOp;
    const name = pair?.left?.Identifier?.value?.toLowerCase();
    const value = pair?.right?.Value?.value ? Object.values(pair.right.Value.value)[0] : undefined;
    if (name && typeof value === 'string') args.set(name, value);
  }
  if (args.get('@name') !== 'MS_Description' || args.get('@level2type')?.toUpperCase() !== 'COLUMN') return;
  const key = [args.get('@level0name'), args.get('@level1name'), args.get('@level2name')].filter(Boolean).join('.').toLowerCase();
  if (args.get('@value')) described.set(key, args.get('@value')!);
}
