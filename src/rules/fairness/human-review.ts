import { significantAutomatedDecision } from '../facts.ts';
import { aiDecides, humanReviewRecorded } from '../ai/oversight.ts';
import type { Rule } from '../types.ts';

// Fires only where a decision about a person is left to automated processing: output a
// customer may simply ignore (a chatbot's answer) needs no review route, and where a person
// decides from the output that person is the review, which ai/decision-support asks about
// (who decides, how they understand the output, when they depart from it). Where a solely
// automated decision has significant effects, fairness/contest carries the rest of Art. 22(3).
export const rule: Rule = {
  id: 'fairness/human-review',
  principle: 'fairness',
  article: 'GDPR Art. 5(1)(a), Art. 22(3)',
  severity: 'warning',
  messages: {
    en: 'the file does not record how a person can review the automated decisions about people{significant?:, although a solely automated decision with legal or similarly significant effects gives them the right to obtain human intervention (Art. 22(3))}{law?:, although the safeguards for a solely automated decision with legal or similarly significant effects should include the right to obtain human intervention (Art. 22(2)(b), recital 71)}',
    nb: 'filen beskriver ikke hvordan et menneske kan overprøve de automatiserte avgjørelsene om personer{significant?:, selv om en helautomatisert avgjørelse med rettsvirkning eller tilsvarende betydelig virkning gir den registrerte rett til menneskelig inngripen (art. 22 nr. 3)}{law?:, selv om garantiene ved en helautomatisert avgjørelse med rettsvirkning eller tilsvarende betydelig virkning bør omfatte retten til menneskelig inngripen (art. 22 nr. 2 bokstav b, fortalepunkt 71)}',
  },
  hint: {
    en: 'Describe in `fairness.humanReview` who can look at a result, on what grounds, with what authority to change it, and how a customer asks for it (e.g. "Sales managers review any score the customer questions and can override it in the CRM"). Short of a significant decision, the oversight in `system.ai.humanOversight` or the person recorded in `system.ai.decisionSupport.decidedBy` also counts.',
    nb: 'Beskriv i `fairness.humanReview` hvem som kan se på et resultat, på hvilket grunnlag, med hvilken myndighet til å endre det, og hvordan kunden ber om det (f.eks. «Salgsleder går gjennom en score kunden stiller spørsmål ved, og kan overstyre den i CRM-systemet»). Er avgjørelsen ikke betydelig, teller også tilsynet i `system.ai.humanOversight` eller personen i `system.ai.decisionSupport.decidedBy`.',
  },
  why: {
    en: 'Automated decisions can be wrong or skewed in ways no one notices unless a person can look at them; being able to ask for a manual review is part of treating people fairly (Art. 5(1)(a)). For a decision based solely on automated processing with legal or similarly significant effects, the right to obtain human intervention is a legal safeguard (Art. 22(3), recital 71), and it must be meaningful: a person with the authority and competence to change the decision (WP251 rev.01). Where a person decides from the AI\'s output, that person is the human review.',
    nb: 'Automatiserte avgjørelser kan være feil eller skjeve uten at noen merker det, med mindre et menneske kan se på dem; å kunne be om manuell gjennomgang er en del av å behandle de registrerte rettferdig (art. 5 nr. 1 bokstav a). Ved en avgjørelse som utelukkende bygger på automatisert behandling og har rettsvirkning eller tilsvarende betydelig virkning, er retten til menneskelig inngripen en lovfestet garanti (art. 22 nr. 3, fortalepunkt 71), og den må være reell: et menneske med myndighet og kompetanse til å endre avgjørelsen (WP251 rev.01). Når et menneske avgjør ut fra KI-ens resultat, er det mennesket den menneskelige vurderingen.',
  },
  example: {
    bad: 'schemaVersion: 1\nid: next-best-offer\nsystem:\n  ai:\n    used: true\n    automatedDecision: {exists: true, significantEffect: false}\n',
    good: 'schemaVersion: 1\nid: next-best-offer\nsystem:\n  ai:\n    used: true\n    automatedDecision: {exists: true, significantEffect: false}\nfairness:\n  humanReview: Customers can ask their adviser to choose another offer; advisers can override the model in the CRM.\n',
  },
  check({ data }, report) {
    if (!aiDecides(data) || humanReviewRecorded(data)) return;
    // Art. 22(3) names the right for exceptions (a) and (c); under (b) the law's safeguards
    // should include it (recital 71).
    const law = data.system?.ai?.automatedDecision?.exception === 'law';
    report(['fairness', 'humanReview'], significantAutomatedDecision(data) ? { [law ? 'law' : 'significant']: 'yes' } : {});
  },
};
