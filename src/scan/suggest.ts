// dpia scan --suggest: the declarations that would cover what the scan found, made as an
// edit of the assessment (its own formatting and comments kept) and shown as a unified
// diff to review and apply, never written. A personal field joins the category that
// already declares others of its table, where that category is marked for what the field
// is; the rest are proposed as new categories, one per kind of data, marked special,
// criminal or national-id as the classifier found them, their other answers left for the
// team (dpia check then says what each still needs).
import type { Document } from 'yaml';
import { unifiedDiff } from '../diff/unified.ts';
import { hasMessage, message } from '../i18n/catalogue.ts';
import type { DataCategory } from '../model/schema.ts';
import { renderEdited } from '../model/save-edited.ts';
import { editableDocument } from '../model/update.ts';
import { isSeq } from '../model/yaml-lib.ts';
import type { FieldKind, ScanFacts, ScannedField } from './facts.ts';

/** The pattern a suggestion writes for a field: its table (or object) and name; nested properties keep their path. */
function patternOf(field: ScannedField): string {
  const quote = (part: string) => (/^[\p{L}\p{N}_$-]+$/u.test(part) ? part : `"${part}"`);
  const parts = field.format === 'sql' ? [...field.container.slice(-1), field.name] : [...field.container, field.name];
  return parts.map(quote).join('.');
}

const sensitiveKind = (field: ScannedField): FieldKind | undefined => field.kinds.find((k) => k.special || k.criminal || k.nationalId);

/** Whether a category is marked for everything the field is (so adding it there raises no finding). */
function markedFor(category: DataCategory, field: ScannedField): boolean {
  return field.kinds.every((kind) => (!kind.special || category.special === true) && (!kind.criminal || category.criminal === true)
    && (!kind.nationalId || (category.types ?? []).includes('national-id')));
}

export interface Suggestion {
  /** The unified diff; empty when there is nothing to suggest. */
  diff: string;
  /** How many fields the diff declares. */
  fields: number;
}

export function suggest(text: string, data: { dataCategories?: DataCategory[]; language?: string }, facts: ScanFacts, display: string, lang: string): Suggestion {
  const open = facts.fields.filter((field) => field.kinds.length > 0 && field.categories.length === 0 && !field.notPersonal && !field.declaredElsewhere);
  if (open.length === 0) return { diff: '', fields: 0 };
  const doc = editableDocument(text) as Document.Parsed;
  const categories = data.dataCategories ?? [];
  const intoExisting = new Map<number, string[]>();
  const newByGroup = new Map<string, { kind: FieldKind; patterns: string[] }>();
  const seen = new Set<string>();
  for (const field of open) {
    const pattern = patternOf(field);
    if (seen.has(pattern)) continue;
    seen.add(pattern);
    // A category that already names a field of the same table and the same kind of data, and is marked for this one.
    const table = field.container.join('.');
    const group = (sensitiveKind(field) ?? field.kinds[0]!).group;
    const fits = (i: number) => categories[i] !== undefined && markedFor(categories[i]!, field);
    const sibling = facts.fields.find((other) => other !== field && other.container.join('.') === table && other.kinds.some((k) => k.group === group) && other.categories.some(fits));
    const index = sibling?.categories.find(fits);
    if (index !== undefined) {
      intoExisting.set(index, [...(intoExisting.get(index) ?? []), pattern]);
      continue;
    }
    const kind = sensitiveKind(field) ?? field.kinds[0]!;
    const proposed = newByGroup.get(kind.group) ?? { kind, patterns: [] };
    proposed.patterns.push(pattern);
    newByGroup.set(kind.group, proposed);
  }
  for (const [index, patterns] of intoExisting) {
    const list = doc.getIn(['dataCategories', index, 'fields']);
    if (isSeq(list)) for (const pattern of patterns) list.add(doc.createNode(pattern));
    else doc.setIn(['dataCategories', index, 'fields'], doc.createNode(patterns));
  }
  const ids = new Set(categories.map((category) => category?.id).filter(Boolean));
  for (const [group, { kind, patterns }] of newByGroup) {
    let id = group;
    for (let n = 2; ids.has(id); n++) id = `${group}-${n}`;
    ids.add(id);
    const key = `group.${group}`;
    const item: Record<string, unknown> = {
      id,
      name: hasMessage(lang, 'scan', key) ? message(lang, 'scan', key) : group,
      fields: patterns,
      ...(kind.special ? { special: true } : {}),
      ...(kind.criminal ? { criminal: true } : {}),
      ...(kind.nationalId ? { types: ['national-id'] } : {}),
    };
    const node = doc.createNode(item);
    if (doc.has('dataCategories')) doc.addIn(['dataCategories'], node);
    else doc.set('dataCategories', doc.createNode([item]));
  }
  const after = renderEdited(text, doc);
  return { diff: unifiedDiff(text.replace(/^\ufeff/, ''), after.replace(/^\ufeff/, ''), display), fields: seen.size };
}

