// Parsing a string into an assessment document. No disk access here (see source.ts and
// write.ts): the interview and the tests parse strings too.
import type { Document } from 'yaml';
import { cliError, InputError, type ErrorKey, type Said } from '../errors.ts';
import { lineColumn } from './locate.ts';
import { plainRead } from './plain-yaml.ts';
import { isAlias, isMap, isNode, isPair, isScalar, isSeq, yaml } from './yaml-lib.ts';

export interface Parsed {
  file: string;
  text: string;
  /** The yaml library's Document, with the source range of every node; made on first use when the file was read plainly (plain-yaml.ts). */
  doc: Document.Parsed;
  /** Plain data; keys such as __proto__ are refused before this is made. */
  data: Record<string, unknown>;
  /** For a file read plainly: where a path is written, as offsetOf finds it in the Document, without making it (undefined where only the Document knows). */
  offsetAt?: (path: readonly (string | number)[]) => number | undefined;
}

/** Aliases expand into copies; more than this many is an alias bomb, not an assessment. */
const MAX_ALIAS_COUNT = 50;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** Explicit tags that only say what plain YAML already says; any other tag is refused. */
const PLAIN_TAGS = new Set(['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((name) => `tag:yaml.org,2002:${name}`));
/** The parser's options: each key once per map, no merge keys (YAML 1.2), errors as data. */
const YAML_OPTIONS = { prettyErrors: false, uniqueKeys: true, merge: false, strict: true, keepSourceTokens: false } as const;

export function parseAssessment(text: string, file: string): Parsed {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const plain = plainRead(text);
  if (plain === undefined) return parseWithDocument(text, file);
  let doc: Document.Parsed | undefined;
  return {
    file,
    text,
    data: plain.data,
    offsetAt: plain.offsetAt,
    get doc(): Document.Parsed {
      doc ??= parseWithDocument(text, file).doc;
      return doc;
    },
  };
}

/** Reading through the yaml library's Document: every file that is not plain, and every error, with its position. */
export function parseWithDocument(text: string, file: string): Parsed {
  // A problem with the file as a whole is placed at its start: every error names file:line:col.
  const fail = (reason: Said, offset = 0): never => {
    const at = lineColumn(text, offset);
    throw new InputError(file, reason, at.line, at.column);
  };
  if (text.trim() === '') fail(cliError('error.yaml.emptyHint'));

  let docs: ReturnType<typeof import('yaml').parseAllDocuments>;
  try {
    docs = yaml().parseAllDocuments(text, YAML_OPTIONS);
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
        : cliError('error.yaml.invalid', { reason: yamlReason(error.code, error.message) });
    fail(reason, error.pos[0]);
  }
  const contents = doc.contents;
  if (contents === null || (isScalar(contents) && (contents.value === null || contents.value === ''))) {
    fail(cliError('error.yaml.empty'));
  }
  if (isSeq(contents)) fail(cliError('error.yaml.list'), contents.range?.[0]);
  if (!isMap(contents)) fail(cliError('error.yaml.scalar'), contents?.range?.[0]);

  let aliases = 0;
  yaml().visit(doc, {
    Node(_, node) {
      // Other tags build other types (!!binary, !!set, !!timestamp) or merge maps (!!merge).
      if (isNode(node) && node.tag !== undefined && !PLAIN_TAGS.has(node.tag)) {
        const start = node.range?.[0] ?? 0;
        fail(cliError('error.yaml.tag', { tag: shortTag(node.tag) }), Math.max(0, text.lastIndexOf('!', start)));
      }
    },
    Pair(_, pair) {
      if (!isPair(pair)) return;
      if (isScalar(pair.key) && pair.key.tag !== undefined && !PLAIN_TAGS.has(pair.key.tag)) {
        fail(cliError('error.yaml.tag', { tag: shortTag(pair.key.tag) }), pair.key.range?.[0]);
      }
      if (isScalar(pair.key) && FORBIDDEN_KEYS.has(String(pair.key.value))) {
        fail(cliError('error.yaml.forbiddenKey', { key: String(pair.key.value) }), pair.key.range?.[0]);
      }
      // YAML 1.2 has no merge keys: `<<` would silently become a key of its own.
      if (isScalar(pair.key) && pair.key.value === '<<') fail(cliError('error.yaml.mergeKey'), pair.key.range?.[0]);
      if (pair.key !== null && !isScalar(pair.key)) {
        fail(cliError('error.yaml.plainKeys'), (pair.key as { range?: number[] }).range?.[0]);
      }
    },
    Alias(_, alias, path) {
      aliases++;
      if (!isAlias(alias)) return;
      if (aliases > MAX_ALIAS_COUNT) fail(cliError('error.yaml.tooManyAliases', { max: String(MAX_ALIAS_COUNT) }), alias.range?.[0]);
      const target = alias.resolve(doc);
      if (!target) return fail(cliError('error.yaml.badAlias', { alias: alias.source }), alias.range?.[0]);
      // An alias inside the node its anchor names (`a: &x [*x]`) would be an endless value.
      if ((path as readonly unknown[]).includes(target)) fail(cliError('error.yaml.aliasCycle', { alias: alias.source }), alias.range?.[0]);
    },
  });
  for (const warning of doc.warnings) {
    const reason = warning.code === 'TAG_RESOLVE_FAILED'
      ? cliError('error.yaml.tag', { tag: tagAt(text, warning.pos[0]) })
      : cliError('error.yaml.unsupported', { reason: yamlReason(warning.code, warning.message) });
    fail(reason, warning.pos[0]);
  }

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

/** `tag:yaml.org,2002:binary` as the user wrote it: `!!binary`. */
function shortTag(tag: string): string {
  const core = 'tag:yaml.org,2002:';
  return tag.startsWith(core) ? `!!${tag.slice(core.length)}` : tag.startsWith('!') ? tag : `!<${tag}>`;
}

/** The tag written at `offset` (the parser reports an unresolved tag by its position). */
function tagAt(text: string, offset: number): string {
  return /^!\S*/.exec(text.slice(offset, offset + 200))?.[0] ?? '!';
}

/** The yaml library's error codes in the user's words; its own English only for a code this list does not know yet. */
const YAML_REASONS: Readonly<Record<string, ErrorKey>> = {
  ALIAS_PROPS: 'error.yaml.reason.aliasProps',
  BAD_ALIAS: 'error.yaml.reason.badAlias',
  BAD_DIRECTIVE: 'error.yaml.reason.badDirective',
  BAD_DQ_ESCAPE: 'error.yaml.reason.badEscape',
  BAD_INDENT: 'error.yaml.reason.badIndent',
  BAD_PROP_ORDER: 'error.yaml.reason.badPropOrder',
  BAD_SCALAR_START: 'error.yaml.reason.badScalarStart',
  BLOCK_AS_IMPLICIT_KEY: 'error.yaml.reason.blockAsKey',
  BLOCK_IN_FLOW: 'error.yaml.reason.blockInFlow',
  IMPOSSIBLE: 'error.yaml.reason.impossible',
  MISSING_CHAR: 'error.yaml.reason.missingChar',
  MULTILINE_IMPLICIT_KEY: 'error.yaml.reason.multilineKey',
  MULTIPLE_ANCHORS: 'error.yaml.reason.multipleAnchors',
  MULTIPLE_DOCS: 'error.yaml.reason.multipleDocs',
  MULTIPLE_TAGS: 'error.yaml.reason.multipleTags',
  NON_STRING_KEY: 'error.yaml.reason.nonStringKey',
  RESOURCE_EXHAUSTION: 'error.yaml.reason.resourceExhaustion',
  TAB_AS_INDENT: 'error.yaml.reason.tabIndent',
  TAG_RESOLVE_FAILED: 'error.yaml.reason.tagUnresolved',
  UNEXPECTED_TOKEN: 'error.yaml.reason.unexpected',
  BAD_COLLECTION_TYPE: 'error.yaml.reason.badCollection',
};

function yamlReason(code: string, message: string): Said | string {
  const key = Object.hasOwn(YAML_REASONS, code) ? YAML_REASONS[code] : undefined;
  return key ? cliError(key) : firstLine(message);
}

function firstLine(message: string): string {
  return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '').trim();
}

function quotedKey(text: string, offset: number): string {
  const rest = text.slice(offset).split('\n')[0];
  const match = /^\s*["']?([^:"'\n]+)/.exec(rest);
  return match ? `"${match[1].trim()}"` : '';
}
