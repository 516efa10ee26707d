// The notice elements (src/model/notice-elements.ts) in the words of a rendered document.
import type { Assessment } from '../model/schema.ts';
import { fromElsewhere, fromThePerson, type NoticeElement } from '../model/notice-elements.ts';
import { list } from '../rules/facts.ts';
import { message } from '../i18n/catalogue.ts';
import { articleRef } from './helpers.ts';

export * from '../model/notice-elements.ts';

/**
 * The articles of an element in words, e.g. "GDPR Art. 13(1)(b) / Art. 14(1)(b)": the
 * Art. 13 one when some data comes from the person, the Art. 14 one when some comes
 * from elsewhere.
 */
export function elementArticles(element: NoticeElement, data: Assessment, lang: string): string {
  const cats = list(data.dataCategories);
  const art13 = cats.length === 0 || cats.some(fromThePerson);
  const art14 = cats.some(fromElsewhere);
  const refs: string[] = [];
  if (element.articles.art13 && (art13 || !element.articles.art14)) refs.push(element.articles.art13);
  if (element.articles.art14 && (art14 || !element.articles.art13)) refs.push(element.articles.art14);
  const parts: string[] = [];
  // The act is named once: "GDPR Art. 13(1)(b) / Art. 14(1)(b)".
  if (refs.length > 0) parts.push(refs.map((r, i) => articleRef(r, lang, 'gdpr', i === 0)).join(' / '));
  if (element.articles.aiAct) parts.push(articleRef(element.articles.aiAct, lang, 'ai'));
  return parts.join('; ');
}

/** What the element is, in words: "the contact details of the data protection officer". */
export function elementLabel(element: NoticeElement, lang: string): string {
  return message(lang, 'documents', `notice-element.${element.id}`);
}
