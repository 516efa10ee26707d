import { hasKind, list } from '../facts.ts';
import type { Rule } from '../types.ts';

// Art. 10 data (criminal offences) is legal-basis/criminal-offence's; a purpose that tests
// for bias is legal-basis/bias-testing's, which says why that purpose needs its own
// condition. Here: every other purpose that uses special categories, and special
// categories that serve no purpose at all.
export const rule: Rule = {
  id: 'legal-basis/special-category',
  principle: 'purpose',
  article: 'GDPR Art. 9(2)',
  severity: 'error',
  messages: {
    en: '{purpose?:purpose {purpose} uses special-category data ({categories}) but names no Art. 9(2) condition}{unused?:data category {category} is special-category data but serves no purpose, so no Art. 9(2) condition covers it}',
    nb: '{purpose?:formål {purpose} bruker særlige kategorier av personopplysninger ({categories}), men angir ikke noe unntak etter art. 9 nr. 2}{unused?:opplysningskategori {category} er en særlig kategori av personopplysninger, men tjener ikke noe formål, så ikke noe unntak etter art. 9 nr. 2 dekker den}',
  },
  hint: {
    en: 'Set `specialCategoryCondition` on each purpose that uses special-category data (explicit-consent, employment, vital-interests, not-for-profit, made-public, legal-claims, substantial-public-interest, health-care, public-health or archiving-research; Art. 9(2)(a)–(j)), link special-category data to its purposes, or stop collecting it.',
    nb: 'Sett `specialCategoryCondition` på hvert formål som bruker særlige kategorier av personopplysninger (explicit-consent, employment, vital-interests, not-for-profit, made-public, legal-claims, substantial-public-interest, health-care, public-health eller archiving-research; art. 9 nr. 2 bokstav a–j), knytt opplysningene til formålene sine, eller slutt å samle dem inn.',
  },
  why: {
    en: 'Processing special categories of personal data (health, ethnic origin, political opinions, religion, trade-union membership, genetic and biometric data, sex life or orientation) is prohibited unless a condition in Art. 9(2) applies, in addition to an Art. 6(1) legal basis.',
    nb: 'Behandling av særlige kategorier av personopplysninger (helse, etnisk opprinnelse, politisk oppfatning, religion, fagforeningsmedlemskap, genetiske og biometriske opplysninger, seksuelle forhold eller legning) er forbudt med mindre et unntak i art. 9 nr. 2 gjelder, i tillegg til et behandlingsgrunnlag etter art. 6 nr. 1.',
  },
  example: {
    bad: 'schemaVersion: 1\nid: care-offers\npurposes:\n  - id: offers\n    legalBasis: consent\ndataCategories:\n  - id: health\n    special: true\n    purposes: [offers]\n',
    good: 'schemaVersion: 1\nid: care-offers\npurposes:\n  - id: offers\n    legalBasis: consent\n    specialCategoryCondition: explicit-consent\ndataCategories:\n  - id: health\n    special: true\n    purposes: [offers]\n',
  },
  check({ data }, report) {
    const categories = list(data.dataCategories);
    const special = categories.filter((category) => category.special === true);
    const purposeIds = new Set(list(data.purposes).map((purpose) => purpose.id).filter((id) => id !== undefined));
    list(data.purposes).forEach((purpose, index) => {
      if (purpose.specialCategoryCondition !== undefined || purpose.id === undefined || hasKind(purpose, 'bias-testing')) return;
      const used = special.filter((category) => list(category.purposes).includes(purpose.id!));
      if (used.length > 0) {
        report(['purposes', index, 'specialCategoryCondition'], { purpose: purpose.id, categories: used.map((c, i) => c.id ?? c.name ?? String(i + 1)).join(', ') });
      }
    });
    categories.forEach((category, index) => {
      const name = category.id ?? String(index + 1);
      // References to unknown purposes are ref/unknown's finding; here they count as none.
      if (category.special === true && !list(category.purposes).some((id) => purposeIds.has(id))) {
        report(['dataCategories', index, 'purposes'], { category: name, unused: 'yes' });
      }
    });
  },
};
