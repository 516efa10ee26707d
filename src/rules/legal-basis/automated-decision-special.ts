import { filled, hasSpecialCategories, list, purposesOf, significantAutomatedDecision } from '../facts.ts';
import type { Rule } from '../types.ts';

// Art. 22(4) only lets a significant solely automated decision rest on Art. 9(1) data
// under 9(2)(a) explicit consent or 9(2)(g) substantial public interest, with suitable
// safeguards. The file does not say which purpose the decision serves, so a special
// category passes when some purpose that uses it names (a) or (g).
const ALLOWED = new Set(['explicit-consent', 'substantial-public-interest']);

export const rule: Rule = {
  id: 'legal-basis/automated-decision-special',
  principle: 'purpose',
  article: 'GDPR Art. 22(4), Art. 9(2)(a), Art. 9(2)(g)',
  severity: 'error',
  messages: {
    en: '{noCategories?:the file records a solely automated decision with legal or similarly significant effects and holds special-category data, but does not record which data categories the decision uses}{category?:the solely automated decision with legal or similarly significant effects uses special-category data {category}, but no purpose that uses it names Art. 9(2)(a) explicit consent or 9(2)(g) substantial public interest{conditions?: (recorded: {conditions})}}{noSafeguards?:the solely automated decision uses special-category data ({categories}), but the file does not record the suitable measures that safeguard the person\'s rights, freedoms and legitimate interests}',
    nb: '{noCategories?:filen registrerer en helautomatisert avgjørelse med rettsvirkning eller tilsvarende betydelig virkning og inneholder særlige kategorier av personopplysninger, men angir ikke hvilke opplysningskategorier avgjørelsen bygger på}{category?:den helautomatiserte avgjørelsen med rettsvirkning eller tilsvarende betydelig virkning bygger på særlige kategorier av personopplysninger ({category}), men ingen av formålene som bruker dem, angir art. 9 nr. 2 bokstav a (uttrykkelig samtykke) eller bokstav g (viktige allmenne interesser){conditions?: (registrert: {conditions})}}{noSafeguards?:den helautomatiserte avgjørelsen bygger på særlige kategorier av personopplysninger ({categories}), men filen angir ikke hvilke egnede tiltak som verner den registrertes rettigheter, friheter og berettigede interesser}',
  },
  hint: {
    en: 'List in `system.ai.automatedDecision.categories` the ids of the data categories the decision is based on. A decision that uses special-category data needs `specialCategoryCondition: explicit-consent` or `substantial-public-interest` on the purpose that uses it, and the safeguards in `system.ai.automatedDecision.safeguards`; otherwise take the special-category data out of the decision or let a person decide.',
    nb: 'Før opp i `system.ai.automatedDecision.categories` id-ene til opplysningskategoriene avgjørelsen bygger på. En avgjørelse som bruker særlige kategorier av personopplysninger, krever `specialCategoryCondition: explicit-consent` eller `substantial-public-interest` på formålet som bruker dem, og tiltakene i `system.ai.automatedDecision.safeguards`; ellers må opplysningene tas ut av avgjørelsen, eller et menneske må avgjøre.',
  },
  why: {
    en: 'Decisions based solely on automated processing with legal or similarly significant effects shall not be based on special categories of personal data (Art. 9(1)) unless point (a) or (g) of Art. 9(2) applies and suitable measures to safeguard the person\'s rights, freedoms and legitimate interests are in place (Art. 22(4)). The other Art. 9(2) conditions, such as employment or health care, do not allow such a decision.',
    nb: 'Avgjørelser som utelukkende er basert på automatisert behandling og har rettsvirkning eller tilsvarende betydelig virkning, skal ikke bygge på særlige kategorier av personopplysninger (art. 9 nr. 1), med mindre art. 9 nr. 2 bokstav a eller g får anvendelse og det er innført egnede tiltak for å verne den registrertes rettigheter, friheter og berettigede interesser (art. 22 nr. 4). De andre unntakene i art. 9 nr. 2, som arbeidsforhold eller helsetjenester, gir ikke adgang til en slik avgjørelse.',
  },
  example: {
    bad: 'schemaVersion: 1\nid: health-premium\nsystem:\n  ai:\n    used: true\n    automatedDecision: {exists: true, significantEffect: true, exception: contract, categories: [health], safeguards: A person reviews any refusal on request}\npurposes:\n  - id: pricing\n    legalBasis: contract\n    specialCategoryCondition: health-care\ndataCategories:\n  - id: health\n    special: true\n    purposes: [pricing]\n',
    good: 'schemaVersion: 1\nid: health-premium\nsystem:\n  ai:\n    used: true\n    automatedDecision: {exists: true, significantEffect: true, exception: explicit-consent, categories: [health], safeguards: A person reviews any refusal on request}\npurposes:\n  - id: pricing\n    legalBasis: consent\n    specialCategoryCondition: explicit-consent\ndataCategories:\n  - id: health\n    special: true\n    purposes: [pricing]\n',
  },
  check({ data }, report) {
    if (!significantAutomatedDecision(data)) return;
    const decision = data.system!.ai!.automatedDecision!;
    const base = ['system', 'ai', 'automatedDecision'];
    // `categories: []` is an answer (no data categories); only a missing list is a gap.
    if (decision.categories === undefined) {
      if (hasSpecialCategories(data)) report([...base, 'categories'], { noCategories: 'yes' });
      return;
    }
    const categories = list(data.dataCategories);
    const used: string[] = [];
    decision.categories.forEach((id, index) => {
      const category = categories.find((c) => c.id === id);
      if (category?.special !== true) return;
      used.push(id);
      const conditions = purposesOf(data, category).map((p) => p.specialCategoryCondition).filter((c) => c !== undefined);
      if (!conditions.some((c) => ALLOWED.has(c))) {
        report([...base, 'categories', index], { category: id, conditions: [...new Set(conditions)].join(', ') });
      }
    });
    // With the exception `law`, legal-basis/automated-decision already asks for the safeguards.
    if (used.length > 0 && decision.exception !== 'law' && !filled(decision.safeguards)) {
      report([...base, 'safeguards'], { noSafeguards: 'yes', categories: used.join(', ') });
    }
  },
};
