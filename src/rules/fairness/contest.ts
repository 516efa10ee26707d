import { filled, significantAutomatedDecision } from '../facts.ts';
import type { Rule } from '../types.ts';

const ARTICLE22_2_POINT = { contract: 'a', law: 'b', 'explicit-consent': 'c' } as const;

// Fires for the legal case only (solely automated, significant effects), whether or not
// the decision comes from AI; for other AI results fairness/human-review asks for a way
// to get a manual review, which is what the seed's "challenge or ask for" means there.
export const rule: Rule = {
  id: 'fairness/contest',
  principle: 'fairness',
  article: 'GDPR Art. 22(3); recital 71',
  severity: 'error',
  messages: {
    en: 'the file does not record how people express their point of view on the automated decision and contest it{exception?: (the decision relies on Art. 22(2)({exception}))}',
    nb: 'filen beskriver ikke hvordan de registrerte kan uttrykke sitt syn på den automatiserte avgjørelsen og bestride den{exception?: (avgjørelsen bygger på art. 22 nr. 2 bokstav {exception})}',
  },
  hint: {
    en: 'Describe in `fairness.contest` how a customer challenges a decision (channel, who handles it, that a person with authority reconsiders it, the answer time), and tell customers about it in the privacy notice and with the decision.',
    nb: 'Beskriv i `fairness.contest` hvordan kunden kan bestride en avgjørelse (kanal, hvem som behandler saken, at et menneske med myndighet vurderer den på nytt, svartid), og fortell kundene om det i personvernerklæringen og sammen med avgjørelsen.',
  },
  why: {
    en: 'Where a decision based solely on automated processing has legal or similarly significant effects and relies on a contract or explicit consent, the controller must at least give the person the right to obtain human intervention, to express their point of view and to contest the decision (Art. 22(3)). Where a law authorises the decision, that law must lay down suitable safeguards (Art. 22(2)(b)), which recital 71 says include the right to challenge the decision.',
    nb: 'Når en avgjørelse som utelukkende bygger på automatisert behandling har rettsvirkninger eller tilsvarende betydelige virkninger og bygger på avtale eller uttrykkelig samtykke, skal den behandlingsansvarlige minst gi den registrerte rett til menneskelig inngripen, til å uttrykke sitt syn og til å bestride avgjørelsen (art. 22 nr. 3). Når en lov tillater avgjørelsen, skal loven fastsette egnede garantier (art. 22 nr. 2 bokstav b), og etter fortalepunkt 71 hører retten til å bestride avgjørelsen med.',
  },
  example: {
    bad: 'schemaVersion: 1\nid: credit-check\nsystem:\n  ai:\n    used: true\n    automatedDecision: {exists: true, significantEffect: true, exception: contract}\n',
    good: 'schemaVersion: 1\nid: credit-check\nsystem:\n  ai:\n    used: true\n    automatedDecision: {exists: true, significantEffect: true, exception: contract}\nfairness:\n  contest: The rejection e-mail links to a form; a credit officer reconsiders the case and answers within 5 working days.\n',
  },
  check({ data }, report) {
    if (!significantAutomatedDecision(data) || filled(data.fairness?.contest)) return;
    const exception = data.system?.ai?.automatedDecision?.exception;
    const letter = exception ? ARTICLE22_2_POINT[exception] : undefined;
    report(['fairness', 'contest'], letter ? { exception: letter } : {});
  },
};
