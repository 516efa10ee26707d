import { hasKind, list } from '../facts.ts';
import type { Assessment, DataCategory } from '../../model/schema.ts';
import type { Rule } from '../types.ts';
import { idsOf, nameOf, specialCategoriesOf } from './basis-facts.ts';

/** The category serves no purpose other than bias testing. */
function onlyForBiasTesting(data: Assessment, category: DataCategory): boolean {
  const ids = list(category.purposes);
  return !list(data.purposes).some((purpose) => purpose.id !== undefined && ids.includes(purpose.id) && !hasKind(purpose, 'bias-testing'));
}

// Testing for bias is a purpose of its own: the condition another purpose relies on for
// the same data does not cover it. legal-basis/special-category leaves these purposes to
// this rule; a (g) condition then needs its law (legal-basis/special-category-law).
export const rule: Rule = {
  id: 'legal-basis/bias-testing',
  principle: 'fairness',
  article: 'GDPR Art. 9(1), Art. 9(2)(g); AI Act Art. 10(5)',
  severity: 'error',
  messages: {
    en: 'purpose {purpose} tests for bias with special-category data ({categories}) but names no Art. 9(2) condition of its own{only?:; the file uses {only} for nothing but testing for bias, so no other purpose\'s condition covers it}',
    nb: 'formål {purpose} tester for skjevheter med særlige kategorier av personopplysninger ({categories}), men angir ikke noe eget unntak etter art. 9 nr. 2{only?:; filen bruker {only} bare til å teste for skjevheter, så ikke noe annet formåls unntak dekker det}',
  },
  hint: {
    en: 'First ask whether the test needs these data at all: aggregate statistics, synthetic or anonymised data may do. If it does, set `specialCategoryCondition` on the bias-testing purpose: explicit consent from the people tested (explicit-consent), or substantial public interest on the basis of law (substantial-public-interest, with the law in `specialCategoryLaw`). For providers of high-risk AI systems, AI Act Art. 10(5) allows it exceptionally, where strictly necessary and on conditions (a)–(f); the AI Act is not yet part of the EEA Agreement, so in Norway name a Norwegian basis, such as a permission from Datatilsynet under personopplysningsloven § 7.',
    nb: 'Spør først om testen trenger disse opplysningene: aggregert statistikk, syntetiske eller anonymiserte data kan være nok. Trengs de, sett `specialCategoryCondition` på formålet som tester for skjevheter: uttrykkelig samtykke fra dem som inngår i testen (explicit-consent), eller viktige allmenne interesser på grunnlag av lov (substantial-public-interest, med loven i `specialCategoryLaw`). For leverandører av høyrisiko KI-systemer gir KI-forordningen art. 10 nr. 5 unntaksvis adgang når det er strengt nødvendig og vilkårene i bokstav a–f er oppfylt; KI-forordningen er ennå ikke tatt inn i EØS-avtalen, så i Norge må det angis et norsk grunnlag, for eksempel tillatelse fra Datatilsynet etter personopplysningsloven § 7.',
  },
  why: {
    en: 'Processing special categories of personal data is prohibited (Art. 9(1)) unless a condition in Art. 9(2) covers that processing, and testing a model for bias is a purpose of its own. The AI Act lets providers of high-risk AI systems process special categories exceptionally, to the extent strictly necessary for bias detection and correction, where that cannot be done with other data, including synthetic or anonymised data, and with further safeguards (AI Act Art. 10(5)); recital 70 treats this as a reason of substantial public interest within Art. 9(2)(g) GDPR.',
    nb: 'Behandling av særlige kategorier av personopplysninger er forbudt (art. 9 nr. 1) med mindre et unntak i art. 9 nr. 2 dekker akkurat den behandlingen, og å teste en modell for skjevheter er et eget formål. KI-forordningen gir leverandører av høyrisiko KI-systemer unntaksvis adgang til å behandle særlige kategorier i den grad det er strengt nødvendig for å oppdage og rette skjevheter, når det ikke kan gjøres med andre opplysninger, herunder syntetiske eller anonymiserte, og med flere garantier (KI-forordningen art. 10 nr. 5); fortalepunkt 70 regner dette som viktige allmenne interesser etter personvernforordningen art. 9 nr. 2 bokstav g.',
  },
  example: {
    bad: 'schemaVersion: 1\nid: claims-triage\npurposes:\n  - id: bias-audit\n    kinds: [bias-testing]\n    legalBasis: legitimate-interests\ndataCategories:\n  - id: ethnicity\n    special: true\n    purposes: [bias-audit]\n',
    good: 'schemaVersion: 1\nid: claims-triage\npurposes:\n  - id: bias-audit\n    kinds: [bias-testing]\n    legalBasis: legitimate-interests\n    specialCategoryCondition: explicit-consent\ndataCategories:\n  - id: ethnicity\n    special: true\n    purposes: [bias-audit]\n',
  },
  check({ data }, report) {
    list(data.purposes).forEach((purpose, index) => {
      if (!hasKind(purpose, 'bias-testing') || purpose.specialCategoryCondition !== undefined) return;
      const special = specialCategoriesOf(data, purpose);
      if (special.length === 0) return;
      const only = special.filter((category) => onlyForBiasTesting(data, category));
      report(['purposes', index, 'specialCategoryCondition'], { purpose: nameOf(purpose, index), categories: idsOf(special), only: idsOf(only) });
    });
  },
};
