// An answer is checked at the prompt by the schema that `check` uses: the field's own
// pattern or enumeration, found by walking the schema along the path the answer is written
// to. A country may be given by name ("Ireland", "Irland"): the names are the CLDR region
// names Node.js carries (Intl.DisplayNames), in English, bokmål and the interview's language.
import type { TSchema } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import type { PathSegment } from '../model/locate.ts';
import { AssessmentSchema, COUNTRY_PATTERN } from '../model/schema.ts';
import { expected } from '../model/schema-words.ts';
import { message } from '../i18n/catalogue.ts';
import { countryName as countryNameIn } from '../i18n/countries.ts';
import type { PromptRequest } from './ask.ts';
import type { InterviewLang, Question } from './types.ts';

/** The schema of the value at `path`, or undefined where the schema says nothing. */
export function schemaAt(path: readonly PathSegment[]): TSchema | undefined {
  let node: Record<string, unknown> | undefined = AssessmentSchema as unknown as Record<string, unknown>;
  for (const segment of path) {
    if (!node) return undefined;
    if (typeof segment === 'number') node = node.type === 'array' ? node.items as Record<string, unknown> : undefined;
    else node = node.type === 'object' ? (node.properties as Record<string, Record<string, unknown>> | undefined)?.[segment] : undefined;
  }
  return node as TSchema | undefined;
}

const fold = (text: string) => text.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9æøå]+/g, ' ').trim();
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
/** Not an old code that stands for another (DD for DE, UK for GB). */
function canonical(code: string): boolean {
  try {
    return new Intl.Locale(`und-${code}`).region === code;
  } catch {
    return false;
  }
}

// CLDR also names groupings and placeholders, which are no country (EU stays: people use it, facts.ts reads it).
const NOT_COUNTRIES = new Set(['EZ', 'QO', 'UN', 'XA', 'XB', 'ZZ']);
const CODES = [...ALPHABET].flatMap((a) => [...ALPHABET].map((b) => a + b)).filter((code) => !NOT_COUNTRIES.has(code) && canonical(code));
const names = new Map<string, Map<string, string>>();

/** The region names of one language, folded, to their codes. */
function countryNames(lang: string): Map<string, string> {
  let map = names.get(lang);
  if (!map) {
    map = new Map();
    const display = new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' });
    for (const code of CODES) {
      try {
        const name = display.of(code);
        // The first code wins: GB, not its alias UK.
        if (name && !map.has(fold(name))) map.set(fold(name), code);
      } catch { /* not a region code */ }
    }
    names.set(lang, map);
  }
  return map;
}

/** A country code from a code or a name in English, bokmål or `lang`; undefined if none fits. */
export function countryCode(text: string, lang: string): string | undefined {
  const trimmed = text.trim();
  if (/^[A-Za-z]{2}$/.test(trimmed)) {
    const code = trimmed.toUpperCase();
    if (new Set(countryNames('en').values()).has(code)) return code;
  }
  const wanted = fold(trimmed);
  for (const language of new Set([lang, 'en', 'nb'])) {
    const code = language === 'pseudo' ? undefined : countryNames(language).get(wanted);
    if (code) return code;
  }
  return undefined;
}

/** The name of a country in the interview's language, for saying what an answer became. */
export function countryName(code: string, lang: InterviewLang): string {
  return countryNameIn(code, lang === 'nb' ? 'nb' : 'en');
}

export type FieldCheck = { value: unknown } | { reason: string };

/**
 * A text answer for the field at `path`, as the schema will take it: a country name becomes
 * its code; anything the schema refuses gives the one-line reason (what the field takes).
 */
export function checkField(path: readonly PathSegment[], text: string, lang: InterviewLang): FieldCheck {
  const schema = schemaAt(path) as Record<string, unknown> | undefined;
  if (!schema || schema.type !== 'string') return { value: text };
  let value: string = text;
  if (schema.pattern === COUNTRY_PATTERN) {
    const code = countryCode(text, lang);
    if (!code) return { reason: reasonFor(schema as TSchema, lang, 'country') };
    value = code;
  }
  if (Value.Check(schema as TSchema, value)) return { value };
  return { reason: reasonFor(schema as TSchema, lang) };
}

function reasonFor(schema: TSchema, lang: InterviewLang, what?: 'country'): string {
  const { expected: code, ...args } = expected(schema);
  const wanted = message(lang, 'labels', `schemaValue.${code}`, args);
  return message(lang, 'interview', what === 'country' ? 'runner.badCountry' : 'runner.badField', { expected: wanted });
}

type Outcome = { kind: 'set'; value: unknown } | { kind: 'skip' } | { kind: 'remove' };

/** Checks a text answer at the prompt: wraps the request's validation with the schema's. */
export function guardField(request: PromptRequest, question: Question, path: readonly PathSegment[], lang: InterviewLang): void {
  if (question.kind !== 'text' || question.split || question.numeric) return;
  const inner = request.validate;
  request.validate = (value: string) => {
    const first = inner ? inner(value) : true;
    if (first !== true || value.trim() === '') return first;
    const field = checkField(path, value.trim(), lang);
    return 'reason' in field ? field.reason : true;
  };
}

/** The outcome as the schema takes it (a country's name becomes its code), and a note saying what it became; `refuse` makes the error for an answer the schema refuses. */
export function fieldOutcome(question: Question, path: readonly PathSegment[], lang: InterviewLang, outcome: Outcome, refuse: (why: string) => Error): { outcome: Outcome; note?: string } {
  if (outcome.kind !== 'set' || typeof outcome.value !== 'string' || question.kind !== 'text' || question.split || question.numeric) return { outcome };
  const field = checkField(path, outcome.value, lang);
  if ('reason' in field) throw refuse(field.reason);
  if (field.value === outcome.value) return { outcome };
  const code = String(field.value);
  return { outcome: { kind: 'set', value: code }, note: message(lang, 'interview', 'runner.countryFound', { code, name: countryName(code, lang) }) };
}
