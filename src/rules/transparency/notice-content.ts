import { message } from '../../i18n/catalogue.ts';
import { localiseCitation } from '../../i18n/articles.ts';
import { missingNoticeElements, NOTICE_ELEMENTS, type NoticeElement } from '../../model/notice-elements.ts';
import { mergeController } from '../../model/parties.ts';
import type { Rule } from '../types.ts';

// The same list of elements that `dpia render --doc notice` requires, so that an
// assessment that passes `check` also yields a complete privacy notice. The finding
// holds element ids; the words are the notice elements' names in the documents catalogue.
const citation = (element: NoticeElement) =>
  [element.articles.art13 && `Art. ${element.articles.art13}`, element.articles.art14 && `Art. ${element.articles.art14}`, element.articles.aiAct && `AI Act Art. ${element.articles.aiAct}`].filter(Boolean).join(', ');

function elementWords(id: string, lang: string): string {
  const element = NOTICE_ELEMENTS.find((e) => e.id === id);
  if (!element) return id;
  return `${message(lang, 'documents', `notice-element.${id}`)} (${localiseCitation(citation(element), lang)})`;
}

export const rule: Rule = {
  id: 'transparency/notice-content',
  principle: 'transparency',
  article: 'GDPR Art. 13, Art. 14',
  severity: 'error',
  example: {
    bad: 'schemaVersion: 1\nid: scoring\ndataCategories:\n  - id: contact\n    origin: data-subject\n',
    good: 'schemaVersion: 1\nid: scoring\ncontroller:\n  name: Kvarts Software AS\n  email: personvern@kvarts.example\n  dpo: {name: Kari Nordmann, email: personvernombud@kvarts.example}\npurposes:\n  - id: scoring\n    description: Rank inbound B2B leads by likelihood to buy so that sales calls the best first\n    legalBasis: legitimate-interests\n    legitimateInterest: {interest: Efficient sales, necessity: No less intrusive way, balancing: Business contacts expect it}\n    notice: {text: We rank enquiries so that sales calls the most promising first, interest: Answering enquiries quickly}\n    objection: {how: The link in every sales e-mail, effect: The lead is no longer scored}\ndataCategories:\n  - id: contact\n    origin: data-subject\n    purposes: [scoring]\n    retention: P2Y\n    required: Not required; without it we cannot answer the enquiry\nrecipients: []\ntransparency:\n  rights: {contact: personvern@kvarts.example, process: Answered within a month}\n',
  },
  check({ data, config }, report) {
    const missing = missingNoticeElements({ data, controller: mergeController(data, config), authority: config.authority });
    if (missing.length > 0) report(['transparency', 'notice'], { elements: missing.map((element) => element.id).join(',') });
  },
  messageArgs: (args, lang) => ({ ...args, elements: String(args.elements).split(',').map((id) => elementWords(id, lang)).join('; ') }),
};
