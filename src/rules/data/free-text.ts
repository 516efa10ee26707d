import { filled, itemName, list } from '../facts.ts';
import type { DataCategory } from '../../model/schema.ts';
import type { Rule } from '../types.ts';
import { enumArgs } from '../enum-words.ts';

/** Kinds of data in `types` that hold what people write or say. */
const FREE_TEXT_TYPES = ['free-text', 'communications'] as const;

// Words in a category's name or description that mean written or spoken content, in
// English and bokmål. Content, not addresses: "e-mail" alone (a contact field) does not
// count, "the text of e-mails" does. "chatbot" is the tool, not the conversation.
const CONTENT_WORDS: readonly RegExp[] = [
  /\bfree[- ]?text\b/, /\bfritekst\w*/,
  /\bnotes\b/, /\b(?:call|case|meeting|visit|service|support|sales|agent|customer) note\b/, /notat(?:et|er|ene)?\b/,
  /\bchat(?!bot)\w*/,
  /\btranscri\w*/, /\btranskri\w*/,
  /\bcomments\b/, /\bcomment field\b/, /\bkommentar(?:er|felt)\w*/,
  /\b(?:e-?mail|message|sms|chat)s? (?:content|contents|text|texts|body|bodies)\b/,
  /\b(?:content|contents|text|texts|body|bodies) of (?:the |their |customers' )?(?:e-?mails?|messages?|sms)\b/,
  /\b(?:innhold(?:et)?|tekst(?:en)?) i (?:e-?post(?:en|er|ene)?|meldinger|meldingene|meldingen|sms(?:er|ene)?)\b/,
  /\be-?post(?:tekst|innhold)\w*/, /\bmeldings(?:tekst|innhold)\w*/, /\bbrødtekst\w*/,
];

/** What marks the category as free text or messages, for the message; undefined if nothing does. */
function freeTextMark(category: DataCategory): string | undefined {
  const type = list(category.types).find((t) => (FREE_TEXT_TYPES as readonly string[]).includes(t));
  if (type) return type;
  const text = [category.name, category.description].filter((s) => typeof s === 'string').join(' \n ').toLowerCase();
  for (const pattern of CONTENT_WORDS) {
    const match = pattern.exec(text);
    if (match) return match[0];
  }
  return undefined;
}

export const rule: Rule = {
  id: 'data/free-text',
  principle: 'data-quality',
  article: 'GDPR Art. 9(1)-(2); C-184/20 (OT)',
  severity: 'warning',
  example: {
    bad: 'schemaVersion: 1\nid: complaints\ndataCategories:\n  - id: complaint-letters\n    name: Complaint correspondence\n    description: Text of e-mails and letters in complaint cases\n    special: false\n',
    good: 'schemaVersion: 1\nid: complaints\ndataCategories:\n  - id: complaint-letters\n    name: Complaint correspondence\n    description: Text of e-mails and letters in complaint cases\n    special: false\n    incidentalSpecial:\n      possible: true\n      condition: legal-claims\n      handling: Only the complaints team sees the case; details the claim does not need are masked; deleted three years after the case closes\n',
  },
  check({ data }, report) {
    list(data.dataCategories).forEach((category, index) => {
      if (!category || category.special === true) return;
      const found = freeTextMark(category);
      if (found === undefined) return;
      const name = itemName(category, index);
      const incidental = category.incidentalSpecial;
      const path = ['dataCategories', index, 'incidentalSpecial'];
      if (typeof incidental?.possible !== 'boolean') {
        report(incidental ? [...path, 'possible'] : path, { undecided: 'yes', category: name, found });
        return;
      }
      if (!incidental.possible) return;
      if (!incidental.condition) report([...path, 'condition'], { noCondition: 'yes', category: name });
      if (!filled(incidental.handling)) report([...path, 'handling'], { noHandling: 'yes', category: name });
    });
  },
  messageArgs: (args, lang) => enumArgs(args, lang, { found: ['dataType'] }),
};
