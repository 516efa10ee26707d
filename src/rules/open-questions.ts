// Facts about the open legal questions (`openQuestions`) that the accountability rules ask.
import type { Assessment, OpenQuestion } from '../model/schema.ts';
import { filled, list } from './facts.ts';

/** Open: marked open, or without a status and without an answer (absence is not "answered"). */
export function isOpen(question: OpenQuestion | undefined): boolean {
  if (!question || typeof question !== 'object') return false;
  return question.status === 'open' || (question.status === undefined && !filled(question.answer));
}

/** The content is approved or signed: status approved, or a sign-off for this version. */
export function signedContent(data: Assessment): boolean {
  return data.status === 'approved' || list(data.signoffs).some((s) => s?.version !== undefined && s.version === data.version);
}

export function openQuestions(data: Assessment): Array<{ question: OpenQuestion; index: number }> {
  return list(data.openQuestions).map((question, index) => ({ question, index })).filter(({ question }) => isOpen(question));
}
