// Reading an assessment's bytes from disk: the size, binary and encoding checks that
// must fail with one clear line before a parser ever sees the text.
import { isUtf8 } from 'node:buffer';
import { readFileSync, statSync } from 'node:fs';
import { cliError, InputError, type Said } from '../errors.ts';
import { lineColumn } from './position.ts';

export const MAX_BYTES = 2 * 1024 * 1024;

/** Reads `file`; errors name it as `display` (what the user typed or sees). A writer keeps the BOM, to write it back. */
export function readSource(file: string, display = file, keepBom = false): string {
  let stat;
  try {
    stat = statSync(file);
  } catch (error) {
    throw new InputError(display, describeFsError(error));
  }
  // What exists is named with a position (its start when the problem is the whole file).
  if (stat.isDirectory()) throw new InputError(display, cliError('error.file.directory'), 1, 1);
  if (!stat.isFile()) throw new InputError(display, cliError('error.file.notRegular'), 1, 1);
  if (stat.size > MAX_BYTES) {
    throw new InputError(display, cliError('error.file.tooLarge', { size: (stat.size / 1024 / 1024).toFixed(1), max: String(MAX_BYTES / 1024 / 1024) }), 1, 1);
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    throw new InputError(display, describeFsError(error), 1, 1);
  }
  // A file that grew between stat and read is held to the same limit.
  if (bytes.length > MAX_BYTES) throw new InputError(display, cliError('error.file.largerThan', { max: String(MAX_BYTES / 1024 / 1024) }), 1, 1);
  return decodeText(bytes, display, keepBom);
}

/** UTF-8 only; a NUL byte means binary. Points at the first bad byte. */
export function decodeText(bytes: Uint8Array, file: string, keepBom = false): string {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new InputError(file, cliError('error.file.utf16'), 1, 1);
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    const where = lineColumn(new TextDecoder('utf-8').decode(bytes.subarray(0, nul)), nul);
    throw new InputError(file, cliError('error.file.binary'), where.line, where.column);
  }
  // isUtf8 (simdutf) checks what a fatal TextDecoder would, several times faster.
  if (isUtf8(bytes)) {
    const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
    return !keepBom && text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  }
  const bad = firstInvalidUtf8(bytes);
  const prefix = new TextDecoder('utf-8').decode(bytes.subarray(0, bad));
  const where = lineColumn(prefix, prefix.length);
  throw new InputError(file, cliError('error.file.notUtf8', { byte: bytes[bad].toString(16).padStart(2, '0') }), where.line, where.column);
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let lo = 0;
  let hi = bytes.length;
  // The longest valid prefix, by bisection; a cut inside a character also fails, so
  // step back over continuation bytes.
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    let end = mid;
    while (end > 0 && end < bytes.length && (bytes[end] & 0xc0) === 0x80) end--;
    try {
      decoder.decode(bytes.subarray(0, end));
      if (end === lo) break;
      lo = end;
    } catch {
      hi = mid - 1;
    }
  }
  let i = lo;
  while (i < bytes.length && (bytes[i] & 0xc0) === 0x80) i++;
  return Math.min(i, bytes.length - 1);
}

/** A file system error in words: the common codes from the catalogue, others as Node says them. */
export function describeFsError(error: unknown): Said {
  const code = (error as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT': return cliError('error.fs.ENOENT');
    case 'EACCES': case 'EPERM': return cliError('error.fs.EACCES');
    case 'EISDIR': return cliError('error.fs.EISDIR');
    case 'ENOTDIR': return cliError('error.fs.ENOTDIR');
    default: return cliError('error.fs.other', { message: (error as Error)?.message ?? String(error) });
  }
}
