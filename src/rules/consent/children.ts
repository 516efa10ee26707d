import { filled, list, purposeConcernsChildren } from '../facts.ts';
import type { Rule } from '../types.ts';
import { idsOf } from '../legal-basis/basis-facts.ts';

/** The lowest age a member state may set for a child's own consent (Art. 8(1)). */
const FLOOR = 13;

// Asked wherever a consent purpose touches children, not only for online services
// offered directly to them (Art. 8): the age from which a child's own consent counts and
// the parents' role must be decided either way.
export const rule: Rule = {
  id: 'consent/children',
  principle: 'consent',
  article: 'GDPR Art. 8(1)-(2)',
  severity: 'error',
  messages: {
    en: '{missing?:purposes on consent ({purposes}) concern children, but the file does not record the minimum age from which a child\'s own consent is accepted (`consent.minimumAge`)}{below?:the minimum age for a child\'s own consent is recorded as {age}, below 13, the lowest age Art. 8(1) allows}{parental?:purposes on consent ({purposes}) concern children, but the file does not record how consent is given or authorised by the holder of parental responsibility for children below the minimum age, and how that is verified (`consent.parentalConsent`)}',
    nb: '{missing?:formål som bygger på samtykke ({purposes}), gjelder barn, men det er ikke angitt fra hvilken alder barnets eget samtykke godtas (`consent.minimumAge`)}{below?:aldersgrensen for barns eget samtykke er satt til {age} år, lavere enn 13 år, som er den laveste grensen art. 8 nr. 1 tillater}{parental?:formål som bygger på samtykke ({purposes}), gjelder barn, men det er ikke angitt hvordan den som har foreldreansvaret, gir eller godkjenner samtykket for barn under aldersgrensen, og hvordan det kontrolleres (`consent.parentalConsent`)}',
  },
  hint: {
    en: 'Record `consent.minimumAge`: in Norway 13 for information society services offered directly to a child (personopplysningsloven § 5; a proposal to raise it to 15 was sent on public consultation in 2025, so check the age in force on Lovdata). Outside such services Datatilsynet\'s guidance puts the age for a child\'s own consent normally at 15, and always 18 for special categories. Describe in `consent.parentalConsent` how a parent or guardian gives or authorises consent for younger children and the reasonable efforts made to verify it (e.g. the parent signs with BankID); if younger children are not accepted, say so and how age is checked.',
    nb: 'Angi `consent.minimumAge`: i Norge 13 år for informasjonssamfunnstjenester som tilbys direkte til barn (personopplysningsloven § 5; et forslag om å heve grensen til 15 år ble sendt på høring i 2025, så sjekk gjeldende aldersgrense på Lovdata). Utenfor slike tjenester er aldersgrensen for barns eget samtykke etter Datatilsynets veiledning normalt 15 år, og alltid 18 år for særlige kategorier. Beskriv i `consent.parentalConsent` hvordan den som har foreldreansvaret, gir eller godkjenner samtykket for yngre barn, og hvilke rimelige tiltak som gjøres for å kontrollere det (f.eks. at forelderen signerer med BankID); godtas ikke yngre barn, skriv det og hvordan alderen kontrolleres.',
  },
  why: {
    en: 'Where consent is the basis for offering information society services directly to a child, processing is lawful only from age 16, or the lower age a member state sets, never below 13; below that age, only if and to the extent that consent is given or authorised by the holder of parental responsibility (Art. 8(1)). The controller must make reasonable efforts to verify this, taking into consideration available technology (Art. 8(2)). In Norway the age is 13 (personopplysningsloven § 5).',
    nb: 'Når samtykke er grunnlaget for å tilby informasjonssamfunnstjenester direkte til et barn, er behandlingen bare lovlig fra barnet er 16 år, eller den lavere aldersgrensen en medlemsstat fastsetter, men aldri under 13 år; under aldersgrensen bare dersom og i den grad den som har foreldreansvaret, gir eller godkjenner samtykket (art. 8 nr. 1). Den behandlingsansvarlige skal gjøre rimelige tiltak for å kontrollere dette, sett hen til tilgjengelig teknologi (art. 8 nr. 2). I Norge er aldersgrensen 13 år (personopplysningsloven § 5).',
  },
  example: {
    bad: 'schemaVersion: 1\nid: game-app\npurposes:\n  - id: accounts\n    legalBasis: consent\ndataSubjects:\n  - id: players\n    children: true\ndataCategories:\n  - id: profile\n    subjects: [players]\n    purposes: [accounts]\n',
    good: 'schemaVersion: 1\nid: game-app\npurposes:\n  - id: accounts\n    legalBasis: consent\ndataSubjects:\n  - id: players\n    children: true\ndataCategories:\n  - id: profile\n    subjects: [players]\n    purposes: [accounts]\nconsent:\n  minimumAge: 13\n  parentalConsent: Players under 13 need a parent, who approves the account with BankID\n',
  },
  check({ data }, report) {
    const purposes = list(data.purposes).filter((purpose) => purpose.legalBasis === 'consent' && purposeConcernsChildren(data, purpose));
    if (purposes.length === 0) return;
    const ids = idsOf(purposes);
    const age = data.consent?.minimumAge;
    if (age === undefined) report(['consent', 'minimumAge'], { purposes: ids, missing: 'yes' });
    else if (age < FLOOR) report(['consent', 'minimumAge'], { purposes: ids, age, below: 'yes' });
    if (!filled(data.consent?.parentalConsent)) report(['consent', 'parentalConsent'], { purposes: ids, parental: 'yes' });
  },
};
