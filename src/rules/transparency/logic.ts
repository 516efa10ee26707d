import { filled, significantAutomatedDecision } from '../facts.ts';
import type { Rule } from '../types.ts';

export const rule: Rule = {
  id: 'transparency/logic',
  principle: 'transparency',
  article: 'GDPR Art. 13(2)(f), Art. 14(2)(g), Art. 15(1)(h)',
  severity: 'error',
  messages: {
    en: 'the file records an automated decision with legal or similarly significant effect, but no meaningful explanation of its logic, significance and consequences',
    nb: 'filen registrerer en automatisert avgjørelse med rettsvirkning eller tilsvarende betydelig virkning, men ingen meningsfull forklaring av logikken, betydningen og konsekvensene',
  },
  hint: {
    en: 'Write in `transparency.logicExplanation`, in plain words, which data the decision uses, which factors weigh most and how they lead to the result, and what the decision means for the person. Explain the procedure and principles actually applied, not the source code.',
    nb: 'Skriv i `transparency.logicExplanation`, med enkle ord, hvilke opplysninger avgjørelsen bygger på, hvilke faktorer som veier tyngst og hvordan de fører til resultatet, og hva avgjørelsen betyr for personen. Forklar framgangsmåten og prinsippene som faktisk brukes, ikke kildekoden.',
  },
  why: {
    en: 'Where decisions are based solely on automated processing with legal or similarly significant effects (Art. 22), people must be given meaningful information about the logic involved and the significance and envisaged consequences, both in the notice (Art. 13(2)(f), Art. 14(2)(g)) and on access (Art. 15(1)(h)). The CJEU (C-203/22, Dun & Bradstreet Austria) requires an explanation of the procedure and principles actually applied that the person can understand; C-634/21 (SCHUFA) shows that a score a third party relies on can itself be such a decision.',
    nb: 'Når avgjørelser utelukkende bygger på automatisert behandling med rettsvirkning eller tilsvarende betydelig virkning (art. 22), skal de registrerte få meningsfull informasjon om den underliggende logikken og om betydningen og de forventede konsekvensene, både i personvernerklæringen (art. 13 nr. 2 bokstav f, art. 14 nr. 2 bokstav g) og ved innsyn (art. 15 nr. 1 bokstav h). EU-domstolen (C-203/22, Dun & Bradstreet Austria) krever en forklaring av framgangsmåten og prinsippene som faktisk brukes, som personen kan forstå; C-634/21 (SCHUFA) viser at en poengsum som en tredjepart legger stor vekt på, selv kan være en slik avgjørelse.',
  },
  example: {
    bad: 'schemaVersion: 1\nid: credit-limit\nsystem:\n  ai:\n    used: true\n    automatedDecision: {exists: true, significantEffect: true, exception: contract}\n',
    good: 'schemaVersion: 1\nid: credit-limit\nsystem:\n  ai:\n    used: true\n    automatedDecision: {exists: true, significantEffect: true, exception: contract}\ntransparency:\n  logicExplanation: The limit follows from payment history over 24 months and current open invoices; late payments lower it most; a lower limit means prepayment for new orders\n',
  },
  check({ data }, report) {
    if (!significantAutomatedDecision(data)) return;
    if (filled(data.transparency?.logicExplanation) || filled(data.system?.ai?.automatedDecision?.logic)) return;
    report(['transparency', 'logicExplanation']);
  },
};
