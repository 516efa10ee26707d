import { list } from '../facts.ts';
import type { Rule } from '../types.ts';
import { enumArgs } from '../enum-words.ts';
import { consentsOf, purposeOnConsent } from './consents.ts';

// A consent that lists a purpose resting on another legal basis asks people for a choice
// they do not have: withdrawing it would not stop that processing. The EDPB calls telling
// people that data is processed on consent while another basis is relied on "fundamentally
// unfair" (Guidelines 05/2020 on consent, section 6, on consent and the other lawful bases; Art. 5(1)(a)); the notice must
// state the legal basis of each purpose (Art. 13(1)(c)). Either the consent lists a
// purpose it should not, or the purpose's legal basis is recorded wrongly.
export const rule: Rule = {
  id: 'consent/other-basis',
  principle: 'consent',
  article: 'GDPR Art. 5(1)(a), Art. 13(1)(c)',
  severity: 'error',
  example: {
    bad: 'schemaVersion: 2\nid: offers\npurposes:\n  - id: offers\n    legalBasis: consent\n  - id: billing\n    legalBasis: contract\nconsents:\n  - id: offers\n    purposes: [offers, billing]\n',
    good: 'schemaVersion: 2\nid: offers\npurposes:\n  - id: offers\n    legalBasis: consent\n  - id: billing\n    legalBasis: contract\nconsents:\n  - id: offers\n    purposes: [offers]\n',
  },
  messageArgs: (args, lang) => enumArgs(args, lang, { basis: ['legalBasis'] }),
  check({ data }, report) {
    const purposes = new Map(list(data.purposes).filter((p) => p?.id !== undefined).map((p) => [p.id!, p]));
    for (const { consent, index, label } of consentsOf(data)) {
      list(consent.purposes).forEach((id, j) => {
        const purpose = purposes.get(id);
        // An unknown id is ref/unknown's; a purpose without a recorded basis is legal-basis/'s.
        if (!purpose || purpose.legalBasis === undefined || purposeOnConsent(purpose)) return;
        report(['consents', index, 'purposes', j], { consent: label, purpose: id, basis: purpose.legalBasis });
      });
    }
  },
};
