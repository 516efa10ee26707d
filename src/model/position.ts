// Paths and positions without the YAML library, for code that must stay light.
export type PathSegment = string | number;
export type Path = readonly PathSegment[];

export function pathToString(path: Path): string {
  return path.join('.');
}

export function parsePath(dotted: string): PathSegment[] {
  if (dotted === '') return [];
  return dotted.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

export interface Position {
  line: number;
  column: number;
}

/** 1-based line and column of a character offset. */
export function lineColumn(text: string, offset: number): Position {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}
