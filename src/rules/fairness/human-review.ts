import { aiUsed, filled, significantAutomatedDecision } from '../facts.ts';
import type { Rule } from '../types.ts';

// One severity for two situations: for AI in general human review is what the fairness
// principle and good practice ask (warning); where a solely automated decision has
// significant effects, fairness/contest (an error) carries the legal minimum of Art. 22(3).
export const rule: Rule = {
  id: 'fairness/human-review',
  principle: 'fairness',
  article: 'GDPR Art. 5(1)(a), Art. 22(3)',
  severity: 'warning',
  messages: {
    en: 'there is no description of how a person can review the automated results{significant?:; a solely automated decision with significant effects gives people the right to obtain human intervention (Art. 22(3))}',
    nb: 'det er ikke beskrevet hvordan et menneske kan overprøve de automatiserte resultatene{significant?:; en helautomatisert avgjørelse med betydelige virkninger gir den registrerte rett til menneskelig inngripen (art. 22 nr. 3)}',
  },
  hint: {
    en: 'Describe in `fairness.humanReview` who can look at a result, on what grounds, with what authority to change it, and how a customer asks for it (e.g. "Sales managers review any score the customer questions and can override it in the CRM").',
    nb: 'Beskriv i `fairness.humanReview` hvem som kan se på et resultat, på hvilket grunnlag, med hvilken myndighet til å endre det, og hvordan kunden ber om det (f.eks. «Salgsleder går gjennom en score kunden stiller spørsmål ved, og kan overstyre den i CRM-systemet»).',
  },
  why: {
    en: 'AI results can be wrong or skewed in ways no one notices unless a person can look at them; being able to ask for a manual review is part of treating customers fairly (Art. 5(1)(a)). For a decision based solely on automated processing with legal or similarly significant effects, the right to obtain human intervention is a legal safeguard (Art. 22(3)); for high-risk AI systems the AI Act also requires human oversight (Art. 14, Art. 26(2)).',
    nb: 'Resultater fra KI kan være feil eller skjeve uten at noen merker det, med mindre et menneske kan se på dem; å kunne be om manuell gjennomgang er en del av å behandle kundene rettferdig (art. 5 nr. 1 bokstav a). Ved en avgjørelse som utelukkende bygger på automatisert behandling og har rettsvirkninger eller tilsvarende betydelige virkninger, er retten til menneskelig inngripen en lovfestet garanti (art. 22 nr. 3); for KI-systemer med høy risiko krever KI-forordningen også menneskelig tilsyn (art. 14 og art. 26 nr. 2).',
  },
  example: {
    bad: 'schemaVersion: 1\nid: churn\nsystem:\n  ai: {used: true, type: churn prediction}\n',
    good: 'schemaVersion: 1\nid: churn\nsystem:\n  ai: {used: true, type: churn prediction}\nfairness:\n  humanReview: Account managers see the reasons behind each churn score and decide every retention offer themselves.\n',
  },
  check({ data }, report) {
    const significant = significantAutomatedDecision(data);
    if (!aiUsed(data) && !significant) return;
    if (filled(data.fairness?.humanReview)) return;
    report(['fairness', 'humanReview'], significant ? { significant: 'yes' } : {});
  },
};
