// Which personal-data types a field of a CRM's data definitions holds, from its name, its
// table's name, its declared type and its comment, against the catalogue of types
// (catalogue.json, extended in dpia.config.yaml). Pure: no I/O, the same matches for the
// same field. A catalogue is compiled once into an index from words to types, so a scan of
// thousands of fields does no per-field setup.
import bundled from './catalogue.json' with { type: 'json' };

/** One personal-data type and the words that reveal it (catalogue.json's `$comment` explains each list). */
export interface CatalogueEntry {
  /** Stable id, `group.name` in kebab case: `contact.email`, `special.health`. */
  id: string;
  group: string;
  /** The legal source where it matters: "GDPR Art. 9(1): data concerning health". */
  article?: string;
  special?: boolean;
  criminal?: boolean;
  nationalId?: boolean;
  flagsReveal?: boolean;
  organisations?: boolean;
  weight?: number;
  note?: string;
  /** Words per language for a type added in dpia.config.yaml (the bundled types' words are in i18n/<lang>/scan.json). */
  label?: Record<string, string>;
  names?: string[];
  abbreviations?: string[];
  weak?: string[];
  contextual?: string[];
  contexts?: string[];
  comments?: string[];
  types?: string[];
  typesAlone?: string[];
  not?: string[];
}

export interface Catalogue {
  version: number;
  groups: string[];
  qualifiers: string[];
  persons: string[];
  organisations: string[];
  things: string[];
  flagWords: string[];
  aboutWords: string[];
  settingWords: string[];
  types: CatalogueEntry[];
}

/** A type to add, or words to add to a bundled type, as written under `scan.catalogue` in dpia.config.yaml. */
export type CatalogueExtension = Partial<CatalogueEntry> & { id: string };

/** What the classifier reads of a field (a `Field` of field.ts is one). */
export interface FieldToClassify {
  name: string;
  /** The table, object or type that holds the field; a list is read outermost first (schema, table; model, nested property). */
  container?: string | readonly string[];
  /** The declared data type as written: `varchar(255)`, `DateTime?`, `Email`. */
  type?: string;
  /** The column's comment or the property's description. */
  comment?: string;
}

/**
 * What a match rests on: the whole name (`name`), a phrase within it (`name-part`), an
 * abbreviation, a word that means the type only in its context (`context`, or `weak` where
 * the context is missing), the comment, or the declared type alone.
 */
export type Evidence = 'name' | 'name-part' | 'abbreviation' | 'context' | 'weak' | 'comment' | 'type';

export interface Match {
  type: string;
  /** In (0, 1], two decimals. */
  confidence: number;
  evidence: Evidence;
  /** The catalogue's word that matched (or the declared type, for `type`). */
  term: string;
}

export const BUNDLED_CATALOGUE: Catalogue = bundled;

/** Below this a match is a hint for a reviewer, not a finding. */
export const MIN_CONFIDENCE = 0.5;

// Confidence. A whole name that is one of the type's words (after words that only say whose
// value it is: customer_email) is near certain; the same words inside a longer name leave
// room for another reading; abbreviations collide more often than words; a weak word is
// evidence only in its context. The head of a compound — its last word, in English and in
// Norwegian — names what the field holds (last_login_ip is an IP address), so a phrase
// there outranks one earlier in the name. A comment alone is said in prose that may mention
// the type in passing.
const NAME_WHOLE = 0.95;
const NAME_PART = 0.8;
const ABBREVIATION_WHOLE = 0.85;
const ABBREVIATION_PART = 0.65;
const CONTEXT_WHOLE = 0.7;
const CONTEXT_PART = 0.6;
/** A weak word with no context: kept for reviewers, below MIN_CONFIDENCE. */
const WEAK_WHOLE = 0.35;
const WEAK_PART = 0.3;
const HEAD_BONUS = 0.1;
const COMMENT = 0.6;
/** A comment that says what the name says. */
const COMMENT_AGREES = 0.04;
const TYPE_ALONE = 0.5;
const TYPE_AGREES = 0.05;
/** A yes/no field cannot hold an e-mail address or a name; it can hold "is a smoker". */
const BOOLEAN_FACTOR = 0.5;
/** A product's or a company's table: its fields describe things and organisations, not people (even where the declared type agrees). */
const CONTAINER_FACTOR = 0.45;
const MAX_CONFIDENCE = 0.99;

/** The shortest first piece a compound is cut into: `island` is not is + land. */
const MIN_PIECE = 3;
/** A compound that no cut explains is read as one of the catalogue's names at least this long and the rest. */
const FALLBACK_MIN = 5;
/** A description is prose; its first words say what the field is. */
const MAX_COMMENT_WORDS = 200;
/** Longer words are not cut: cutting costs the square of the length, and such names are generated, not written. */
const MAX_CUT = 48;
/** Memos are cleared when this full: a scan of a large repository must not grow without bound. */
const MEMO_LIMIT = 50_000;

type Kind = 'name' | 'abbreviation' | 'weak' | 'contextual' | 'comment' | 'not';

interface IndexEntry {
  type: number;
  kind: Kind;
  term: string;
}

interface TypeHint {
  word: string;
  length?: number;
}

interface CompiledType {
  entry: CatalogueEntry;
  contexts: Set<string>;
  agrees: TypeHint[];
  alone: TypeHint[];
}

export interface CompiledCatalogue {
  readonly types: readonly CompiledType[];
  readonly index: ReadonlyMap<string, readonly IndexEntry[]>;
  /** Every word a field name can be cut into (compound words): the index's keys and their words, and the catalogue's other words. */
  readonly dictionary: ReadonlySet<string>;
  /** Keys of names and abbreviations, longest first: the parts that a compound not otherwise cut can start or end with. */
  readonly heads: readonly string[];
  readonly qualifiers: ReadonlySet<string>;
  readonly persons: ReadonlySet<string>;
  readonly organisations: ReadonlySet<string>;
  readonly things: ReadonlySet<string>;
  readonly flagWords: ReadonlySet<string>;
  readonly aboutWords: ReadonlySet<string>;
  readonly settingWords: ReadonlySet<string>;
  readonly maxWords: number;
  /** Cut words, by word: names repeat across tables and files. */
  readonly memo: Map<string, string[]>;
  /** What a table's name says, by name: every field of a table asks. */
  readonly containers: Map<string, ContainerContext>;
}

interface ContainerContext {
  kind: ContainerKind;
  /** The types whose context the table is: one of their context words, or one of their names (a field of `Bostedsadresse`). */
  types: ReadonlySet<number>;
}

// ——— Words ———

const SALESFORCE_SUFFIXES = new Set(['c', 'r', 'pc', 'pr', 's', 'x', 'e', 'b', 'mdt', 'kav', 'ka', 'share', 'history', 'feed', 'chg']);
// Dynamics 365 publisher prefixes: Microsoft's own and the default `new_` and `cr<hex>_`.
// Other publishers' prefixes look like any first word (contoso_birthdate), so they stay.
const DYNAMICS_PREFIX = /^(?:new|msdyn|msdynmkt|msdynci|adx|mspp|mscrm|msfp|cr[0-9a-f]{3,5})_(?=[^\W_])/i;
const QUOTES = /^[\s"'`[]+|[\s"'`\]]+$/g;
const SEPARATORS = /[^\p{L}\p{N}]+/u;
const LOWER_UPPER = /([\p{Ll}\p{N}])(\p{Lu})/gu;
const ACRONYM_WORD = /(\p{Lu})(\p{Lu}\p{Ll})/gu;
const LETTERS_DIGITS = /\p{L}+|\p{N}+/gu;
const DIGITS = /^\p{N}+$/u;
const HAS_DIGIT = /\p{N}/u;
const MARKS = /\p{M}/gu;
// Plural and definite endings (emails, adressene) and the joining s of Norwegian compounds
// (fagforening-s-navn): the word with one is still the word.
const STEM_SUFFIXES = ['ene', 'er', 'et', 'en', 'es', 's'];

/** Lower case without accents: æ→ae, ø→o, å→a, é→e, ü→u. */
function fold(text: string): string {
  return text.toLowerCase().replace(/æ/g, 'ae').replace(/ø/g, 'o').replace(/å/g, 'a').normalize('NFD').replace(MARKS, '');
}

/** The spellings identifiers use for a word written with æ, ø or å (ø→o/oe, å→a/aa), folded. */
function spellings(term: string): string[] {
  const lower = term.toLowerCase();
  const out = new Set<string>();
  for (const o of ['o', 'oe']) for (const a of ['a', 'aa']) out.add(fold(lower.replace(/ø/g, o).replace(/å/g, a)));
  return [...out];
}

/** Words of a text split at separators and case changes, folded: `customerSSN` → customer, ssn. */
function words(text: string): string[] {
  return text
    .replace(LOWER_UPPER, '$1 $2')
    .replace(ACRONYM_WORD, '$1 $2')
    .split(SEPARATORS)
    .filter((word) => word !== '')
    .map(fold);
}

/** The name without Salesforce's namespace and suffix (`ns__Birth_Date__c`) and Dynamics' publisher prefix (`cr4f2_kjonn`). */
function bareName(name: string): string {
  let bare = name.trim().replace(QUOTES, '');
  const parts = bare.split('__').filter((part) => part !== '');
  if (parts.length > 1 && SALESFORCE_SUFFIXES.has(parts[parts.length - 1].toLowerCase())) parts.pop();
  if (parts.length > 1) parts.shift();
  bare = parts.join('_');
  return bare.replace(DYNAMICS_PREFIX, '');
}

/** The word, or the word without a plural, definite or joining ending, if the catalogue knows it. */
function known(word: string, words: { has(word: string): boolean }): string | undefined {
  if (words.has(word)) return word;
  if (word.endsWith('ies') && words.has(`${word.slice(0, -3)}y`)) return `${word.slice(0, -3)}y`;
  for (const suffix of STEM_SUFFIXES) {
    if (word.length - suffix.length >= 4 && word.endsWith(suffix) && words.has(word.slice(0, -suffix.length))) return word.slice(0, -suffix.length);
  }
  return undefined;
}

/**
 * A word that is no word of the catalogue, cut into words that are (`kundefodselsdato` →
 * kunde, fodselsdato; `deliveryaddress` → delivery, address), fewest pieces first. Failing that, a
 * compound that ends or starts with a name of the catalogue keeps that name and the rest
 * (`forsikringstakerfodselsnummer`). Else the word as it is.
 */
function cut(word: string, catalogue: CompiledCatalogue): string[] {
  const cached = catalogue.memo.get(word);
  if (cached) return cached;
  const pieces = word.length > MAX_CUT ? [word] : (segment(word, catalogue.dictionary) ?? affix(word, catalogue.heads) ?? [word]);
  if (catalogue.memo.size >= MEMO_LIMIT) catalogue.memo.clear();
  catalogue.memo.set(word, pieces);
  return pieces;
}

function segment(word: string, dictionary: ReadonlySet<string>): string[] | undefined {
  const n = word.length;
  // best[i]: fewest pieces that cover word[0, i); from[i]: where the last of them starts.
  const best = new Array<number>(n + 1).fill(Infinity);
  const from = new Array<number>(n + 1).fill(-1);
  best[0] = 0;
  for (let i = 0; i < n; i++) {
    if (best[i] === Infinity) continue;
    for (let j = n; j > i; j--) {
      const piece = word.slice(i, j);
      // Two-letter words (id, ip, of) only after a first piece: "island" is not is + land.
      if (piece.length < (i === 0 ? MIN_PIECE : 2)) continue;
      if (known(piece, dictionary) === undefined) continue;
      if (best[i] + 1 < best[j]) {
        best[j] = best[i] + 1;
        from[j] = i;
      }
    }
  }
  if (best[n] === Infinity || best[n] < 2) return undefined;
  const out: string[] = [];
  for (let j = n; j > 0; j = from[j]) out.unshift(word.slice(from[j], j));
  return out;
}

function affix(word: string, heads: readonly string[]): string[] | undefined {
  for (const head of heads) {
    if (word.length - head.length < 3) continue;
    if (word.endsWith(head)) return [word.slice(0, -head.length), head];
  }
  for (const head of heads) {
    if (word.length - head.length < 3) continue;
    if (word.startsWith(head)) return [head, word.slice(head.length)];
  }
  return undefined;
}

/** The words of an identifier or a comment, each cut where it is a compound. */
function tokens(text: string, catalogue: CompiledCatalogue): string[] {
  const out: string[] = [];
  for (const word of words(text)) {
    if (catalogue.dictionary.has(word)) {
      out.push(word);
      continue;
    }
    if (!HAS_DIGIT.test(word)) {
      out.push(...(word.length < MIN_PIECE + 2 ? [word] : cut(word, catalogue)));
      continue;
    }
    // Digits end a word (address1, emailaddress2) unless the catalogue knows the word with them (ipv4address, icd10).
    const whole = word.length > MAX_CUT ? undefined : segment(word, catalogue.dictionary);
    if (whole) {
      out.push(...whole);
      continue;
    }
    for (const run of word.match(LETTERS_DIGITS) ?? []) {
      if (DIGITS.test(run)) continue;
      out.push(...(run.length < MIN_PIECE + 2 ? [run] : cut(run, catalogue)));
    }
  }
  return out;
}

/** The words of a field name as the classifier reads them: `ns__Birth_Date__c` → birth, date. */
export function tokenise(name: string, catalogue: CompiledCatalogue): string[] {
  return tokens(bareName(name), catalogue);
}

// ——— Declared types ———

const FAMILIES: Readonly<Record<string, readonly string[]>> = {
  date: ['date', 'localdate'],
  datetime: ['datetime', 'datetime2', 'timestamp', 'timestamptz', 'datetimeoffset', 'smalldatetime', 'instant'],
  boolean: ['bool', 'boolean', 'bit', 'checkbox'],
  string: ['char', 'varchar', 'character', 'nchar', 'nvarchar', 'string', 'text', 'varchar2', 'nvarchar2', 'bpchar', 'citext', 'encryptedstring', 'textarea', 'memo', 'clob', 'longtext', 'mediumtext', 'tinytext'],
  number: ['int', 'integer', 'smallint', 'bigint', 'tinyint', 'numeric', 'decimal', 'number', 'double', 'float', 'real', 'money', 'currency', 'percent', 'int2', 'int4', 'int8', 'float4', 'float8'],
};
const FAMILY_OF = new Map(Object.entries(FAMILIES).flatMap(([family, names]) => names.map((name) => [name, family] as const)));
const LENGTH = /\(\s*(\d+)/;

interface DeclaredType {
  words: Set<string>;
  family?: string;
  length?: number;
}

function declaredType(type: string): DeclaredType {
  const found = type.toLowerCase().split(/[^a-z0-9]+/).filter((word) => word !== '');
  const words = new Set(found);
  // `date-time` (OpenAPI) and `timestamp with time zone` are points in time, not dates.
  let family = words.has('date') && words.has('time') ? 'datetime' : undefined;
  for (const word of found) family ??= FAMILY_OF.get(word);
  const length = LENGTH.exec(type);
  return { words, family, length: length ? Number(length[1]) : undefined };
}

function typeHint(hint: string): TypeHint {
  const length = LENGTH.exec(hint);
  return { word: hint.replace(/\(.*$/, '').trim().toLowerCase(), length: length ? Number(length[1]) : undefined };
}

function hintFits(hint: TypeHint, declared: DeclaredType): boolean {
  if (hint.length !== undefined && hint.length !== declared.length) return false;
  // A birth date kept as a timestamp is still a date.
  if (hint.word === 'date') return declared.family === 'date' || declared.family === 'datetime';
  if (Object.hasOwn(FAMILIES, hint.word)) return declared.family === hint.word;
  return declared.words.has(hint.word);
}

// ——— Compiling ———

/** Index a catalogue once: every spelling of every phrase, the words compounds are cut into, the context words. */
export function compileCatalogue(catalogue: Catalogue): CompiledCatalogue {
  const index = new Map<string, IndexEntry[]>();
  const dictionary = new Set<string>();
  const headSet = new Set<string>();
  let maxWords = 1;
  /** A list of words as the keys they are looked up by; their words become words compounds are cut into. */
  const set = (list: readonly string[]) => {
    const out = new Set<string>();
    for (const word of list) {
      for (const spelling of spellings(word)) {
        const parts = words(spelling);
        out.add(parts.join(''));
        for (const part of parts) if (part.length >= 2) dictionary.add(part);
      }
    }
    return out;
  };
  const kinds: readonly [Kind, keyof CatalogueEntry][] = [['name', 'names'], ['abbreviation', 'abbreviations'], ['weak', 'weak'], ['contextual', 'contextual'], ['comment', 'comments'], ['not', 'not']];
  const types = catalogue.types.map((entry, type): CompiledType => {
    for (const [kind, list] of kinds) {
      for (const term of (entry[list] as string[] | undefined) ?? []) {
        for (const spelling of spellings(term)) {
          const parts = words(spelling);
          if (parts.length === 0) continue;
          const key = parts.join('');
          maxWords = Math.max(maxWords, parts.length);
          // Compounds are cut into single words (a phrase is found again by joining them), so
          // `spousesname` is spouses + name even though `spouses name` is a phrase. Comments are
          // prose: their words are not the words field names are cut into.
          if (kind !== 'comment') for (const part of parts) if (part.length >= 2) dictionary.add(part);
          if ((kind === 'name' || kind === 'abbreviation') && key.length >= FALLBACK_MIN) headSet.add(key);
          const entries = index.get(key) ?? [];
          if (!entries.some((e) => e.type === type && e.kind === kind)) entries.push({ type, kind, term });
          index.set(key, entries);
        }
      }
    }
    return {
      entry,
      contexts: set(entry.contexts ?? []),
      agrees: (entry.types ?? []).map(typeHint),
      alone: (entry.typesAlone ?? []).map(typeHint),
    };
  });
  return {
    types,
    index,
    dictionary,
    heads: [...headSet].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)),
    qualifiers: set(catalogue.qualifiers),
    persons: set(catalogue.persons),
    organisations: set(catalogue.organisations),
    things: set(catalogue.things),
    flagWords: set(catalogue.flagWords),
    aboutWords: set(catalogue.aboutWords),
    settingWords: set(catalogue.settingWords),
    maxWords,
    memo: new Map(),
    containers: new Map(),
  };
}

// ——— Matching ———

interface Hit {
  start: number;
  end: number;
  entry: IndexEntry;
}

/** Every phrase of the catalogue in the words, longest first where they overlap, less those a `not` of their type covers. */
function hits(toks: readonly string[], catalogue: CompiledCatalogue, accept: (kind: Kind) => boolean): Hit[] {
  const found: Hit[] = [];
  const nots: Hit[] = [];
  for (let start = 0; start < toks.length; start++) {
    let key = '';
    for (let end = start + 1; end <= Math.min(toks.length, start + catalogue.maxWords); end++) {
      key += toks[end - 1];
      const entries = lookup(key, catalogue);
      for (const entry of entries ?? []) {
        if (entry.kind === 'not') nots.push({ start, end, entry });
        else if (accept(entry.kind)) found.push({ start, end, entry });
      }
    }
  }
  const kept = found.filter((hit) => !nots.some((not) => not.entry.type === hit.entry.type && not.start <= hit.start && hit.end <= not.end));
  // A phrase inside a longer one is part of it: sex in sex_offender, address in ip_address.
  return kept.filter((hit) => !kept.some((other) => other !== hit && other.start <= hit.start && hit.end <= other.end && other.end - other.start > hit.end - hit.start));
}

function lookup(key: string, catalogue: CompiledCatalogue): readonly IndexEntry[] | undefined {
  const stem = known(key, catalogue.index);
  if (stem !== undefined) return catalogue.index.get(stem);
  // `external_identifier` is written `external_id` as often.
  if (key.endsWith('identifier')) return lookup(`${key.slice(0, -'identifier'.length)}id`, catalogue);
  return undefined;
}

type ContainerKind = 'person' | 'organisation' | 'thing' | 'unknown';

function containerKind(toks: readonly string[], catalogue: CompiledCatalogue): ContainerKind {
  const has = (set: ReadonlySet<string>) => toks.some((word) => set.has(word) || known(word, set) !== undefined);
  if (has(catalogue.persons)) return 'person';
  if (has(catalogue.organisations)) return 'organisation';
  if (has(catalogue.things)) return 'thing';
  return 'unknown';
}

function container(name: string | readonly string[] | undefined, catalogue: CompiledCatalogue): ContainerContext {
  const parts = typeof name === 'string' ? [name] : (name ?? []);
  const key = parts.join('\u0000');
  const cached = catalogue.containers.get(key);
  if (cached) return cached;
  const toks = parts.flatMap((part) => tokenise(part, catalogue));
  const types = new Set<number>();
  catalogue.types.forEach((type, i) => {
    if (toks.some((word) => known(word, type.contexts) !== undefined)) types.add(i);
  });
  for (const hit of hits(toks, catalogue, (kind) => kind === 'name')) types.add(hit.entry.type);
  const context = { kind: toks.length > 0 ? containerKind(toks, catalogue) : 'unknown', types } as const;
  if (catalogue.containers.size >= MEMO_LIMIT) catalogue.containers.clear();
  catalogue.containers.set(key, context);
  return context;
}

interface Candidate {
  confidence: number;
  evidence: Evidence;
  term: string;
}

function better(a: Candidate | undefined, b: Candidate): Candidate {
  return a === undefined || b.confidence > a.confidence ? b : a;
}

/** The types the name's words reveal, each with its best evidence, before the declared type and the container are weighed. */
function fromName(toks: readonly string[], containerTypes: ReadonlySet<number>, person: boolean, catalogue: CompiledCatalogue): Map<number, Candidate> {
  const out = new Map<number, Candidate>();
  const found = hits(toks, catalogue, (kind) => kind !== 'comment');
  if (found.length === 0) return out;
  const covered = (i: number, type: number) => found.some((hit) => hit.entry.type === type && hit.start <= i && i < hit.end);
  const coveredByAny = (i: number) => found.some((hit) => hit.start <= i && i < hit.end);
  const filler = (i: number) => toks[i].length < 2 || catalogue.qualifiers.has(toks[i]) || catalogue.persons.has(toks[i]);
  // The head: the last word that says what the field is (not whose, nor about what).
  let head = toks.length - 1;
  while (head > 0 && !coveredByAny(head) && (filler(head) || catalogue.aboutWords.has(toks[head]) || catalogue.settingWords.has(toks[head]))) head--;
  for (const hit of found) {
    const type = catalogue.types[hit.entry.type];
    const mine = (i: number) => covered(i, hit.entry.type);
    // Settings about anything (birth_date_format); flags and facts about a value that is not itself data (email_verified, is_mobile).
    if (toks.some((word, i) => !mine(i) && catalogue.settingWords.has(word))) continue;
    if (!type.entry.flagsReveal) {
      if (toks.some((word, i) => i >= hit.end && !mine(i) && catalogue.aboutWords.has(word))) continue;
      if (toks.some((word, i) => i < hit.start && !coveredByAny(i) && catalogue.flagWords.has(word))) continue;
    }
    const whole = toks.every((_, i) => mine(i) || filler(i));
    const atHead = hit.start <= head && head < hit.end;
    let confidence: number;
    let evidence: Evidence;
    if (hit.entry.kind === 'weak' || hit.entry.kind === 'contextual') {
      const inName = toks.some((word, i) => !mine(i) && type.contexts.has(word));
      const inContainer = containerTypes.has(hit.entry.type);
      const context = inName || inContainer || (hit.entry.kind === 'weak' && person);
      if (!context && hit.entry.kind === 'contextual') continue;
      if (inName) [confidence, evidence] = [NAME_PART, 'name-part'];
      else if (context) [confidence, evidence] = [whole ? CONTEXT_WHOLE : CONTEXT_PART, 'context'];
      else [confidence, evidence] = [whole ? WEAK_WHOLE : WEAK_PART, 'weak'];
    } else if (hit.entry.kind === 'abbreviation') {
      [confidence, evidence] = [whole ? ABBREVIATION_WHOLE : ABBREVIATION_PART, 'abbreviation'];
    } else {
      [confidence, evidence] = whole ? [NAME_WHOLE, 'name'] : [NAME_PART, 'name-part'];
    }
    if (!whole && atHead && evidence !== 'weak') confidence += HEAD_BONUS;
    out.set(hit.entry.type, better(out.get(hit.entry.type), { confidence, evidence, term: hit.entry.term }));
  }
  return out;
}

/** The types a comment names, unless the next word makes it about them (an e-mail template, the date of a consent is still consent). */
function fromComment(comment: string, catalogue: CompiledCatalogue): Map<number, string> {
  const out = new Map<number, string>();
  const toks = tokens(comment, catalogue).slice(0, MAX_COMMENT_WORDS);
  for (const hit of hits(toks, catalogue, (kind) => kind === 'name' || kind === 'abbreviation' || kind === 'comment')) {
    const type = catalogue.types[hit.entry.type];
    const next = toks[hit.end];
    if (!type.entry.flagsReveal && next !== undefined && catalogue.aboutWords.has(next)) continue;
    if (!out.has(hit.entry.type)) out.set(hit.entry.type, hit.entry.term);
  }
  return out;
}

/** The personal-data types the field may hold, most likely first (ties by id). */
export function classify(field: FieldToClassify, catalogue: CompiledCatalogue): Match[] {
  const toks = tokenise(field.name, catalogue);
  const { kind, types } = container(field.container, catalogue);
  const personInName = toks.some((word) => catalogue.persons.has(word));
  const candidates = fromName(toks, types, kind === 'person' || personInName, catalogue);
  const said = field.comment ? fromComment(field.comment, catalogue) : new Map<number, string>();
  for (const [type, term] of said) {
    const named = candidates.get(type);
    if (named) candidates.set(type, { ...named, confidence: named.confidence + COMMENT_AGREES });
    else candidates.set(type, { confidence: COMMENT, evidence: 'comment', term });
  }
  const declared = field.type ? declaredType(field.type) : undefined;
  if (declared) {
    catalogue.types.forEach((type, i) => {
      const fit = type.alone.find((hint) => hintFits(hint, declared));
      if (fit && !candidates.has(i)) candidates.set(i, { confidence: TYPE_ALONE, evidence: 'type', term: field.type ?? fit.word });
    });
  }
  const matches: Match[] = [];
  for (const [i, candidate] of candidates) {
    const type = catalogue.types[i];
    let confidence = candidate.confidence * (type.entry.weight ?? 1);
    if (declared && candidate.evidence !== 'type') {
      if (type.agrees.some((hint) => hintFits(hint, declared))) confidence += TYPE_AGREES;
      if (declared.family === 'boolean' && !type.entry.flagsReveal) confidence *= BOOLEAN_FACTOR;
    }
    if (!personInName && (kind === 'thing' || (kind === 'organisation' && type.entry.organisations))) confidence *= CONTAINER_FACTOR;
    confidence = Math.round(Math.min(MAX_CONFIDENCE, confidence) * 100) / 100;
    if (confidence > 0) matches.push({ type: type.entry.id, confidence, evidence: candidate.evidence, term: candidate.term });
  }
  return matches.sort((a, b) => b.confidence - a.confidence || (a.type < b.type ? -1 : a.type > b.type ? 1 : 0));
}

// ——— Extending ———

const ID = /^[a-z0-9]+(?:[.-][a-z0-9]+)*$/;
const LISTS = ['names', 'abbreviations', 'weak', 'contextual', 'contexts', 'comments', 'types', 'typesAlone', 'not'] as const;
/** What the law says of a bundled type is not the team's to change; the words are. */
const FIXED = ['group', 'article', 'special', 'criminal', 'nationalId'] as const;

export interface ExtensionProblem {
  /** Position in the list of extensions. */
  index: number;
  id: string;
  problem: 'bad-id' | 'no-group' | 'fixed-field' | 'no-words' | 'not-a-list';
  field?: string;
}

/** What is wrong with extensions before they are merged: findings as data, worded by the caller. */
export function extensionProblems(base: Catalogue, extensions: readonly CatalogueExtension[]): ExtensionProblem[] {
  const problems: ExtensionProblem[] = [];
  const byId = new Map<string, CatalogueEntry>(base.types.map((entry) => [entry.id, entry]));
  extensions.forEach((extension, index) => {
    const { id } = extension;
    if (typeof id !== 'string' || !ID.test(id)) {
      problems.push({ index, id: String(id), problem: 'bad-id' });
      return;
    }
    for (const field of LISTS) {
      const list: unknown = extension[field];
      if (list !== undefined && !(Array.isArray(list) && list.every((word) => typeof word === 'string'))) problems.push({ index, id, problem: 'not-a-list', field });
    }
    const existing = byId.get(id);
    if (existing) {
      for (const field of FIXED) {
        if (extension[field] !== undefined && extension[field] !== existing[field]) problems.push({ index, id, problem: 'fixed-field', field });
      }
    } else {
      if (typeof extension.group !== 'string' || extension.group === '') problems.push({ index, id, problem: 'no-group' });
      if (![extension.names, extension.abbreviations, extension.comments, extension.typesAlone].some((list) => (list?.length ?? 0) > 0)) problems.push({ index, id, problem: 'no-words' });
      byId.set(id, { id, group: extension.group ?? '' });
    }
  });
  return problems;
}

/** The base catalogue with the extensions: new types added, words added to existing ones. Check `extensionProblems` first. */
export function mergeCatalogue(base: Catalogue, extensions: readonly CatalogueExtension[]): Catalogue {
  const problems = extensionProblems(base, extensions);
  if (problems.length > 0) throw new Error(`scan catalogue extensions have problems: ${problems.map((p) => `${p.id} ${p.problem}${p.field ? ` (${p.field})` : ''}`).join(', ')}`);
  const types = base.types.map((entry) => ({ ...entry }));
  const byId = new Map(types.map((entry) => [entry.id, entry]));
  const groups = [...base.groups];
  for (const extension of extensions) {
    let entry = byId.get(extension.id);
    if (!entry) {
      entry = { id: extension.id, group: extension.group ?? '' };
      types.push(entry);
      byId.set(entry.id, entry);
      if (!groups.includes(entry.group)) groups.push(entry.group);
    }
    for (const [key, value] of Object.entries(extension) as [keyof CatalogueEntry, unknown][]) {
      if ((LISTS as readonly string[]).includes(key)) {
        const list = key as (typeof LISTS)[number];
        entry[list] = [...new Set([...(entry[list] ?? []), ...(value as string[])])];
      } else if (key === 'label') {
        entry.label = { ...entry.label, ...(value as Record<string, string>) };
      } else if (key !== 'id' && value !== undefined) {
        (entry as unknown as Record<string, unknown>)[key] = value;
      }
    }
  }
  return { ...base, groups, types };
}
