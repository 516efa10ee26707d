// Which answers reach the privacy notice: the interview marks their questions ("(shown in
// the privacy notice)") and gives them plain-language guidance for writing to the people
// concerned; the README question table shows the same mark. Two sources: the schema's
// fields whose description says they are "shown to the people concerned in the privacy
// notice" (found by walking the one schema), and the fields the notice template prints
// (templates/notice.md.hbs and its notice-* partials), listed here.
import type { TSchema } from '@sinclair/typebox';
import { AssessmentSchema } from '../model/schema.ts';
import type { Question } from './types.ts';

/** Fields the notice template prints, as the interview writes them (`list[].field`). */
const TEMPLATE_FIELDS = [
  'controller.name', 'controller.orgNumber', 'controller.email', 'controller.dpo.name', 'controller.dpo.email',
  'system.name',
  'purposes[].name', 'purposes[].legalBasis',
  'dataCategories[].name', 'dataCategories[].description', 'dataCategories[].origin', 'dataCategories[].source', 'dataCategories[].required',
  'dataCategories[].retention', 'dataCategories[].retentionCriteria',
  'recipients[].name', 'recipients[].role', 'recipients[].purpose', 'recipients[].country', 'recipients[].transfer.mechanism',
  'consents[].withdrawal.how', 'consents[].withdrawal.consequences',
  'transparency.notice.url', 'transparency.rights.contact', 'transparency.rights.responseTime',
];

const SHOWN = /shown to the people concerned in the privacy notice/i;

function described(schema: TSchema, path: string, out: Set<string>): void {
  const s = schema as Record<string, unknown>;
  if (s.type === 'object' && s.properties) {
    for (const [key, child] of Object.entries(s.properties as Record<string, TSchema>)) described(child, path ? `${path}.${key}` : key, out);
  } else if (s.type === 'array' && s.items) {
    described(s.items as TSchema, `${path}[]`, out);
  } else if (typeof s.description === 'string' && SHOWN.test(s.description)) {
    out.add(path);
  }
}

let fields: Set<string> | undefined;
/** Every field that reaches the notice, `list[].field` for a field of a list item. */
export function noticeFields(): Set<string> {
  if (!fields) {
    fields = new Set(TEMPLATE_FIELDS);
    described(AssessmentSchema, '', fields);
  }
  return fields;
}

/** The field a question writes, `list[].field` for a question about a list item. */
export function writtenField(question: Question, list?: Question): string {
  return list ? `${list.path}[].${question.path}` : question.path;
}

/** Whether the question's answer goes into the privacy notice. */
export function reachesNotice(question: Question, list?: Question): boolean {
  return noticeFields().has(writtenField(question, list));
}
