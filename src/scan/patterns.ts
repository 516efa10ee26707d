// The fields an assessment declares, as patterns: `crm.customers.email`, `Lead.Email`,
// `schema.prisma:Customer.*`. A pattern is dotted parts matched against a field's qualified
// name (its containers and its name), without regard to case (SQL folds unquoted names,
// Salesforce's API names ignore case); `*` in a part stands for any characters, a part `**`
// for any number of parts. A pattern is matched against the end of the name, so
// `customers.email` is `crm.customers.email` as well (a table in the default schema is
// written without one). Before a colon, a file: its name, or a path from the repository's
// top when it has a slash, with glob syntax.
import { basename } from 'node:path';
import { qualifiedName, type Field } from './field.ts';

export interface FieldPattern {
  /** As written. */
  source: string;
  file?: RegExp;
  fileHasSlash: boolean;
  parts: (RegExp | '**')[];
}

const fold = (text: string) => text.normalize('NFC').toLowerCase();

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** `*` any characters but a slash, `?` one; `**` any folders. */
function fileGlob(glob: string): RegExp {
  let out = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*' && glob[i + 1] === '*') {
      i++;
      if (glob[i + 1] === '/') {
        out += '(?:.*/)?';
        i++;
      } else out += '.*';
    } else if (c === '*') out += '[^/]*';
    else if (c === '?') out += '[^/]';
    else out += escape(c);
  }
  return new RegExp(`^${out}$`, 'iu');
}

/** Splits on dots outside quotes, so `"first.name"` stays one part. */
function splitParts(text: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quote: string | undefined;
  for (const c of text) {
    if (quote) {
      if (c === quote) quote = undefined;
      else current += c;
    } else if (c === '"' || c === '`') quote = c;
    else if (c === '[' ) quote = ']';
    else if (c === '.') {
      parts.push(current);
      current = '';
    } else current += c;
  }
  parts.push(current);
  return parts;
}

export function parsePattern(source: string): FieldPattern {
  const colon = source.lastIndexOf(':');
  const file = colon > 0 ? source.slice(0, colon).trim() : undefined;
  const name = colon > 0 ? source.slice(colon + 1).trim() : source.trim();
  const parts = splitParts(name).map((part) => (part === '**' ? '**' as const : new RegExp(`^${fold(part).split('*').map(escape).join('.*')}$`, 'u')));
  return { source, file: file ? fileGlob(file.replace(/\\/g, '/')) : undefined, fileHasSlash: file?.includes('/') ?? false, parts };
}

/** Whether pattern parts match the last parts of `name` (a `**` takes any number, none included). */
function matchParts(parts: FieldPattern['parts'], name: string[]): boolean {
  // Anchored at the end: the pattern's last part is the field's name.
  const go = (p: number, n: number): boolean => {
    if (p < 0) return true;
    const part = parts[p]!;
    if (part === '**') {
      for (let k = n; k >= -1; k--) if (go(p - 1, k)) return true;
      return false;
    }
    return n >= 0 && part.test(name[n]!) && go(p - 1, n - 1);
  };
  return go(parts.length - 1, name.length - 1);
}

/** `fileFromRoot`: the field's file relative to the repository's top, with forward slashes. */
export function matchesField(pattern: FieldPattern, field: Field, fileFromRoot: string): boolean {
  if (pattern.file && !pattern.file.test(pattern.fileHasSlash ? fileFromRoot : basename(fileFromRoot))) return false;
  return matchParts(pattern.parts, [...field.container, field.name].map(fold));
}

export { qualifiedName };
