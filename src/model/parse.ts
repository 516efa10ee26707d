// Parsing a string into an assessment document. No disk access here (see source.ts and
// write.ts): the interview and the tests parse strings too.
import { isAlias, isMap, isPair, isScalar, isSeq, parseAllDocuments, visit, type Document } from 'yaml';
import { cliError, InputError, type Said } from '../errors.ts';
import { lineColumn } from './locate.ts';

export interface Parsed {
  file: string;
  text: string;
  doc: Document.Parsed;
  /** Plain data; keys such as __proto__ are refused before this is made. */
  data: Record<string, unknown>;
}

/** Aliases expand into copies; more than this many is an alias bomb, not an assessment. */
const MAX_ALIAS_COUNT = 50;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export function parseAssessment(text: string, file: string): Parsed {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const fail = (reason: Said, offset?: number): never => {
    const at = offset === undefined ? undefined : lineColumn(text, offset);
    throw new InputError(file, reason, at?.line, at?.column);
  };
  if (text.trim() === '') fail(cliError('error.yaml.emptyHint'));

  let docs: ReturnType<typeof parseAllDocuments>;
  try {
    docs = parseAllDocuments(text, { prettyErrors: false, uniqueKeys: true, keepSourceTokens: false });
  } catch (error) {
    return fail(cliError('error.yaml.cannotParse', { reason: (error as Error).message }));
  }
  if (!Array.isArray(docs)) return fail(cliError('error.yaml.noDocument'));
  const real = docs.filter((d) => d.contents !== null || d.errors.length > 0);
  if (real.length > 1) {
    fail(cliError('error.yaml.several'), real[1].range?.[0]);
  }
  const doc = (real[0] ?? docs[0]) as Document.Parsed | undefined;
  if (!doc) return fail(cliError('error.yaml.empty'));
  for (const error of doc.errors) {
    const reason = error.code === 'DUPLICATE_KEY'
      ? cliError('error.yaml.duplicateKey', { key: quotedKey(text, error.pos[0]) })
      : tooDeep(error.message)
        ? cliError('error.yaml.tooDeep')
        : cliError('error.yaml.invalid', { reason: firstLine(error.message) });
    fail(reason, error.pos[0]);
  }
  for (const warning of doc.warnings) fail(cliError('error.yaml.unsupported', { reason: firstLine(warning.message) }), warning.pos[0]);

  const contents = doc.contents;
  if (contents === null || (isScalar(contents) && (contents.value === null || contents.value === ''))) {
    fail(cliError('error.yaml.empty'));
  }
  if (isSeq(contents)) fail(cliError('error.yaml.list'), contents.range?.[0]);
  if (!isMap(contents)) fail(cliError('error.yaml.scalar'), contents?.range?.[0]);

  let aliases = 0;
  visit(doc, {
    Pair(_, pair) {
      if (isPair(pair) && isScalar(pair.key) && FORBIDDEN_KEYS.has(String(pair.key.value))) {
        fail(cliError('error.yaml.forbiddenKey', { key: String(pair.key.value) }), pair.key.range?.[0]);
      }
      if (isPair(pair) && pair.key !== null && !isScalar(pair.key)) {
        fail(cliError('error.yaml.plainKeys'), (pair.key as { range?: number[] }).range?.[0]);
      }
    },
    Alias(_, alias) {
      aliases++;
      if (isAlias(alias) && aliases > MAX_ALIAS_COUNT) fail(cliError('error.yaml.tooManyAliases', { max: String(MAX_ALIAS_COUNT) }), alias.range?.[0]);
      if (isAlias(alias) && !alias.resolve(doc)) fail(cliError('error.yaml.badAlias', { alias: alias.source }), alias.range?.[0]);
    },
  });

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    const message = (error as Error).message;
    if (tooDeep(message)) return fail(cliError('error.yaml.tooDeep'));
    return fail(/alias/i.test(message) ? cliError('error.yaml.aliasBomb') : cliError('error.yaml.cannotBeRead', { reason: firstLine(message) }));
  }
  return { file, text, doc: doc as Document.Parsed, data: data as Record<string, unknown> };
}

/** The yaml library recurses; a structure nested thousands deep overflows the stack. */
function tooDeep(message: string): boolean {
  return /maximum call stack/i.test(message);
}

function firstLine(message: string): string {
  return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '').trim();
}

function quotedKey(text: string, offset: number): string {
  const rest = text.slice(offset).split('\n')[0];
  const match = /^\s*["']?([^:"'\n]+)/.exec(rest);
  return match ? `"${match[1].trim()}"` : '';
}
