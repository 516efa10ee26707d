import { filled, list } from '../facts.ts';
import type { DataCategory } from '../../model/schema.ts';
import type { Rule } from '../types.ts';

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
  messages: {
    en: '{undecided?:data category {category} holds free text or messages ("{found}"), but the file does not record whether they can reveal special categories of personal data (health, beliefs, sex life and the like)}{noCondition?:data category {category} can reveal special categories of personal data, but the file does not record the Art. 9(2) condition under which such data is held until it is removed}{noHandling?:data category {category} can reveal special categories of personal data, but the file does not record how such data is kept out, found or removed}',
    nb: '{undecided?:opplysningskategori {category} inneholder fritekst eller meldinger («{found}»), men filen registrerer ikke om de kan avsløre særlige kategorier av personopplysninger (helse, livssyn, seksuelle forhold og lignende)}{noCondition?:opplysningskategori {category} kan avsløre særlige kategorier av personopplysninger, men filen registrerer ikke hvilket vilkår i art. 9 nr. 2 slike opplysninger behandles etter til de er fjernet}{noHandling?:opplysningskategori {category} kan avsløre særlige kategorier av personopplysninger, men filen registrerer ikke hvordan slike opplysninger holdes ute, oppdages eller fjernes}',
  },
  hint: {
    en: 'Answer `incidentalSpecial.possible`: can people write or say something here about their health, religion, trade union membership, sex life and the like? If so, record in `incidentalSpecial.condition` the Art. 9(2) condition that covers holding such data until it is removed (`made-public` does not fit a message sent to you), and in `incidentalSpecial.handling` how it is kept out, found and masked or deleted (a filter before an AI model, masking when the case closes, a short retention period). If the category is special-category data by design, set `special: true` and give the purpose its `specialCategoryCondition` instead.',
    nb: 'Svar på `incidentalSpecial.possible`: kan folk skrive eller si noe her om helse, religion, fagforeningsmedlemskap, seksuelle forhold og lignende? I så fall, registrer i `incidentalSpecial.condition` vilkåret i art. 9 nr. 2 som dekker at slike opplysninger ligger hos dere til de er fjernet (`made-public` passer ikke for en melding som er sendt til dere), og i `incidentalSpecial.handling` hvordan de holdes ute, oppdages og maskeres eller slettes (et filter før en KI-modell, maskering når saken lukkes, kort lagringstid). Er kategorien særlige kategorier av personopplysninger fra starten av, sett heller `special: true` og gi formålet et `specialCategoryCondition`.',
  },
  why: {
    en: 'Processing personal data that reveal racial or ethnic origin, political opinions, religious or philosophical beliefs or trade union membership, and data concerning health, sex life or sexual orientation, is prohibited unless a condition in Art. 9(2) applies (Art. 9(1)). The Court of Justice held in C-184/20 (OT) that data which reveal such information only indirectly fall under Art. 9(1) too, and the concept is read broadly. Free text, chat, call notes and e-mails often hold such information that no one asked for: a customer explains an illness to get a payment plan. Whether that can happen, which condition covers the data while it is held, and how it is found and removed belong in the assessment even when the category is not special by design.',
    nb: 'Behandling av personopplysninger om rasemessig eller etnisk opprinnelse, politisk oppfatning, religion, filosofisk overbevisning eller fagforeningsmedlemskap, og av helseopplysninger eller opplysninger om seksuelle forhold eller seksuell orientering, er forbudt med mindre et vilkår i art. 9 nr. 2 gjelder (art. 9 nr. 1). EU-domstolen slo i C-184/20 (OT) fast at også opplysninger som bare indirekte avslører slike forhold, omfattes av art. 9 nr. 1, og at begrepet skal forstås vidt. Fritekst, chat, samtalenotater og e-post inneholder ofte slike opplysninger uten at noen har bedt om dem: en kunde forklarer en sykdom for å få en betalingsplan. Om det kan skje, hvilket vilkår som dekker opplysningene mens de ligger hos dere, og hvordan de oppdages og fjernes, hører derfor med i vurderingen også når kategorien ikke er særlige kategorier i utgangspunktet.',
  },
  example: {
    bad: 'schemaVersion: 1\nid: complaints\ndataCategories:\n  - id: complaint-letters\n    name: Complaint correspondence\n    description: Text of e-mails and letters in complaint cases\n    special: false\n',
    good: 'schemaVersion: 1\nid: complaints\ndataCategories:\n  - id: complaint-letters\n    name: Complaint correspondence\n    description: Text of e-mails and letters in complaint cases\n    special: false\n    incidentalSpecial:\n      possible: true\n      condition: legal-claims\n      handling: Only the complaints team sees the case; details the claim does not need are masked; deleted three years after the case closes\n',
  },
  check({ data }, report) {
    list(data.dataCategories).forEach((category, index) => {
      if (!category || category.special === true) return;
      const found = freeTextMark(category);
      if (found === undefined) return;
      const name = category.id ?? String(index + 1);
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
};
