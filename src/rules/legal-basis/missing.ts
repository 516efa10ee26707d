import { list } from '../facts.ts';
import type { Rule } from '../types.ts';

export const rule: Rule = {
  id: 'legal-basis/missing',
  principle: 'purpose',
  article: 'GDPR Art. 6(1)',
  severity: 'error',
  messages: {
    en: 'purpose {purpose} has no legal basis',
    nb: 'formål {purpose} mangler rettslig grunnlag (behandlingsgrunnlag)',
  },
  hint: {
    en: 'Set `legalBasis` to one of consent, contract, legal-obligation, vital-interests, public-task or legitimate-interests (Art. 6(1)(a)–(f)). Consent is only one of the six; for most CRM features contract or legitimate-interests fits better.',
    nb: 'Sett `legalBasis` til en av consent, contract, legal-obligation, vital-interests, public-task eller legitimate-interests (art. 6 nr. 1 bokstav a–f). Samtykke er bare ett av seks grunnlag; for de fleste CRM-funksjoner passer avtale eller berettiget interesse bedre.',
  },
  why: {
    en: 'Processing is lawful only if at least one of the six legal bases in Art. 6(1) applies, and the basis must be chosen per purpose before the processing starts.',
    nb: 'Behandlingen er bare lovlig hvis minst ett av de seks behandlingsgrunnlagene i art. 6 nr. 1 gjelder, og grunnlaget må velges for hvert formål før behandlingen starter.',
  },
  example: {
    bad: 'schemaVersion: 1\nid: lead-scoring\npurposes:\n  - id: scoring\n    description: Rank inbound B2B leads by likelihood to buy so that sales calls the most promising first.\n',
    good: 'schemaVersion: 1\nid: lead-scoring\npurposes:\n  - id: scoring\n    description: Rank inbound B2B leads by likelihood to buy so that sales calls the most promising first.\n    legalBasis: legitimate-interests\n',
  },
  check({ data }, report) {
    list(data.purposes).forEach((purpose, index) => {
      if (purpose.legalBasis === undefined) report(['purposes', index, 'legalBasis'], { purpose: purpose.id ?? String(index + 1) });
    });
  },
};
