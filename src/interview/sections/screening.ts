// Screening: is a DPIA required? WP248 rev.01's nine criteria, Datatilsynet's list
// (Art. 35(4), decision of 16 March 2019) and the Art. 35(3) cases, in plain words.
import { screeningVerdict } from '../screening-verdict.ts';
import { questions, t, type Choice, type Section } from '../types.ts';

export const ART35_3_CHOICES: Choice[] = [
  { value: 'automated-decision-significant', label: t(
    'Evaluation that significant decisions are based on — does the system systematically evaluate people (scoring, profiling, prediction), and are decisions with legal or similarly significant effects based on it, whether the system decides or a person decides from its score (e.g. refusing a customer credit, a contract or a service)?',
    'Vurdering som betydelige avgjørelser bygger på — vurderer systemet personer systematisk (poengsetting, profilering, prediksjon), og bygger avgjørelser med rettsvirkning eller tilsvarende betydelig virkning på vurderingen, enten systemet avgjør eller et menneske avgjør ut fra poengsummen (f.eks. avslag på kreditt, avtale eller en tjeneste)?') },
  { value: 'special-categories-large-scale', label: t(
    'Special categories at large scale — health, ethnicity, religion, biometrics, sex life, union membership or criminal records about many people?',
    'Særlige kategorier i stor skala — helse, etnisitet, religion, biometri, seksualliv, fagforeningsmedlemskap eller straffbare forhold om mange personer?') },
  { value: 'public-monitoring-large-scale', label: t(
    'Monitoring public places at large scale — e.g. cameras or sensors in shops or streets?',
    'Overvåking av offentlige områder i stor skala — f.eks. kamera eller sensorer i butikker eller på gater?') },
];

export const CRITERIA_CHOICES: Choice[] = [
  { value: 'evaluation-scoring', label: t('Scoring or prediction — does the feature score, rank or predict something about customers? (lead scoring, churn, next-best-offer)', 'Poengsetting eller prediksjon — gir funksjonen poeng, rangerer eller forutsier noe om kunder? (lead-scoring, frafall, neste beste tilbud)') },
  { value: 'automated-decision', label: t('Automated decisions with legal or similarly significant effect — does it decide something about people with no person involved, with effects such as refusing credit, a contract, a service or a job? (Deciding only the order or channel of follow-up usually has no such effect.)', 'Automatiske avgjørelser med rettsvirkning eller tilsvarende betydelig virkning — avgjør den noe om personer uten at et menneske er involvert, med virkninger som avslag på kreditt, avtale, en tjeneste eller en jobb? (Å bare avgjøre rekkefølge eller kanal for oppfølging har vanligvis ikke en slik virkning.)') },
  { value: 'systematic-monitoring', label: t('Systematic monitoring — does it track behaviour over time (web visits, e-mail opens, app use)?', 'Systematisk overvåking — følger den atferd over tid (nettbesøk, åpnede e-poster, appbruk)?') },
  { value: 'sensitive-data', label: t('Sensitive or highly personal data — special categories (health, ethnicity, religion, biometrics and the like), criminal convictions or offences (Art. 10), or highly personal data such as finances, location or private messages?', 'Sensitive eller svært personlige opplysninger — særlige kategorier (helse, etnisitet, religion, biometri o.l.), straffedommer og lovovertredelser (art. 10), eller svært personlige opplysninger som økonomi, lokasjon eller private meldinger?') },
  { value: 'large-scale', label: t('Large scale — many people, much data, a long time or a wide area (e.g. the whole customer base)?', 'Stor skala — mange personer, mye data, lang tid eller stort område (f.eks. hele kundebasen)?') },
  { value: 'matching-datasets', label: t('Combining datasets — does it match CRM data with data collected for other purposes (web analytics, purchased lists, enrichment services)?', 'Sammenstilling av datasett — kobles CRM-data med data samlet inn til andre formål (nettanalyse, kjøpte lister, berikingstjenester)?') },
  { value: 'vulnerable-subjects', label: t('Vulnerable people — children, employees, patients, elderly, or people in a weak position towards you?', 'Sårbare personer — barn, ansatte, pasienter, eldre eller personer i en svak stilling overfor dere?') },
  { value: 'innovative-technology', label: t('New technology — AI, machine learning, large language models or other new solutions?', 'Ny teknologi — KI, maskinlæring, store språkmodeller eller andre nye løsninger?') },
  { value: 'prevents-rights', label: t('Blocks rights or services — can the result keep someone from a service, a contract or exercising a right?', 'Hindrer rettigheter eller tjenester — kan resultatet hindre noen i å få en tjeneste, en avtale eller utøve en rettighet?') },
];

export const NATIONAL_CHOICES: Choice[] = [
  { value: 'third-party-data', label: t('Third-party data to decide on offers — data from others used to decide whether to offer, keep or refuse a product or service (+1: with at least one WP248 criterion)', 'Data fra tredjeparter for å avgjøre tilbud — opplysninger fra andre brukes til å avgjøre om et produkt eller en tjeneste tilbys, beholdes eller avslås (+1: sammen med minst ett WP248-kriterium)') },
  { value: 'biometric', label: t('Biometric identification — fingerprints, face or voice to identify people (+1: with a WP248 criterion other than sensitive data, which biometric data already is)', 'Biometrisk identifisering — fingeravtrykk, ansikt eller stemme for å identifisere personer (+1: sammen med et annet WP248-kriterium enn sensitive opplysninger, som biometriske opplysninger allerede er)') },
  { value: 'genetic', label: t('Genetic data — inherited or acquired genetic characteristics (+1: with a WP248 criterion other than sensitive data, which genetic data already is)', 'Genetiske opplysninger — arvede eller ervervede genetiske egenskaper (+1: sammen med et annet WP248-kriterium enn sensitive opplysninger, som genetiske opplysninger allerede er)') },
  { value: 'innovative-technology', label: t('Innovative technology — AI or other new solutions (+1: with a WP248 criterion other than new technology itself)', 'Innovativ teknologi — KI eller andre nye løsninger (+1: sammen med et annet WP248-kriterium enn ny teknologi selv)') },
  { value: 'employee-monitoring', label: t('Monitoring employees — their internet use, e-mail or with cameras', 'Overvåking av ansatte — internettbruk, e-post eller kamera') },
  { value: 'research-without-consent', label: t('Research or history without consent — scientific or historical purposes (+1: with at least one WP248 criterion)', 'Forskning eller historiske formål uten samtykke — vitenskapelige eller historiske formål (+1: sammen med minst ett WP248-kriterium)') },
  { value: 'location', label: t('Location data — where people are or go (+1: with a WP248 criterion other than sensitive data, which location data already is)', 'Lokasjonsdata — hvor personer er eller beveger seg (+1: sammen med et annet WP248-kriterium enn sensitive opplysninger, som lokasjonsdata allerede er)') },
  { value: 'school-evaluation', label: t('Evaluating learning or well-being in schools or kindergartens', 'Vurdering av læring, mestring eller trivsel i skoler eller barnehager') },
  { value: 'public-monitoring', label: t('Large-scale monitoring of publicly accessible areas', 'Systematisk overvåking av offentlig tilgjengelige områder i stor skala') },
  { value: 'school-camera', label: t('Cameras in schools or kindergartens during opening hours', 'Kameraovervåking i skoler eller barnehager i åpningstiden') },
  { value: 'algorithm-training', label: t('Training algorithms on sensitive or highly personal data at large scale', 'Trening av algoritmer på sensitive eller svært personlige opplysninger i stor skala') },
  { value: 'proficiency-monitoring', label: t('Systematic monitoring of skills, scores, mental health or development', 'Systematisk overvåking av ferdigheter, resultater, psykisk helse eller utvikling') },
  { value: 'commercial-prediction', label: t("Commercial prediction — predicting people's economic status, health, preferences or interests, reliability, behaviour or location (lead scoring, churn, next-best-offer)", 'Kommersiell prediksjon — forutsi personers økonomi, helse, preferanser eller interesser, pålitelighet, atferd eller bevegelser (lead-scoring, frafall, neste beste tilbud)') },
  { value: 'iot', label: t('Large-scale collection through Internet of Things or welfare technology', 'Innsamling i stor skala gjennom tingenes internett eller velferdsteknologi') },
];

export const screeningSection: Section = {
  name: 'screening',
  title: t('Screening: is a DPIA required?', 'Forhåndsvurdering: kreves en vurdering av personvernkonsekvenser?'),
  questions: questions([
    {
      id: 'screening.art35_3', kind: 'checkbox', emptyIsAnswer: true, choices: ART35_3_CHOICES,
      message: t('Do any of these always-required cases apply? (space to tick, enter when done)', 'Gjelder noen av disse tilfellene som alltid krever vurdering? (mellomrom for å krysse av, enter når ferdig)'),
      help: t('A DPIA is always required in these three cases. The first covers decisions based on an automated evaluation, not only decisions the system takes alone: a person who decides from a score counts too (WP251 rev.01).', 'En vurdering kreves alltid i disse tre tilfellene. Det første gjelder avgjørelser som bygger på en automatisert vurdering, ikke bare avgjørelser systemet tar alene: også når et menneske avgjør ut fra en poengsum (WP251 rev.01).'),
      principle: 'accountability', article: 'GDPR Art. 35(3)',
    },
    {
      id: 'screening.criteria', kind: 'checkbox', emptyIsAnswer: true, choices: CRITERIA_CHOICES,
      message: t('Which of these describe the feature? (WP248 criteria; space to tick, enter when done)', 'Hvilke av disse beskriver funksjonen? (WP248-kriterier; mellomrom for å krysse av, enter når ferdig)'),
      help: t('Two or more criteria normally mean a DPIA is required; one makes it advisable.', 'To eller flere kriterier betyr normalt at en vurdering kreves; ett gjør den tilrådelig.'),
      principle: 'accountability', article: 'GDPR Art. 35(1), WP248 rev.01',
    },
    {
      id: 'screening.nationalList', kind: 'checkbox', emptyIsAnswer: true, choices: NATIONAL_CHOICES,
      message: t("Which items of Datatilsynet's list apply? (space to tick, enter when done)", 'Hvilke punkter på Datatilsynets liste gjelder? (mellomrom for å krysse av, enter når ferdig)'),
      help: t('Processing on this list always needs a DPIA in Norway; "+1" items only together with at least one WP248 criterion other than the one the item already is (biometric, genetic and location data are already sensitive data; innovative technology is already new technology).', 'Behandling på denne listen krever alltid vurdering i Norge; punkter merket «+1» bare sammen med minst ett annet WP248-kriterium enn det punktet selv er (biometriske, genetiske og lokaliseringsopplysninger er allerede sensitive opplysninger; innovativ teknologi er allerede ny teknologi).'),
      principle: 'accountability', article: 'GDPR Art. 35(4), Datatilsynet 2019',
    },
    {
      id: 'screening.dpoView', kind: 'text', optional: true,
      when: ({ data }) => data.screening?.required === false && ((data.screening?.criteria?.length ?? 0) > 0 || (data.screening?.nationalList?.length ?? 0) > 0),
      message: t("Deciding against a DPIA despite a criterion: what is the DPO's view?", 'Dere velger bort vurdering selv om et kriterium er oppfylt: hva mener personvernombudet?'),
      help: t('The decision and the DPO\'s view must be documented.', 'Beslutningen og personvernombudets syn må dokumenteres.'),
      principle: 'accountability', article: 'GDPR Art. 35(2), WP248 rev.01',
    },
  ]),
};

screeningSection.derive = ({ data, lang, today }) => {
  const s = data.screening;
  if (!s || s.criteria === undefined || s.nationalList === undefined || s.art35_3 === undefined) return undefined;
  const verdict = screeningVerdict(s, lang);
  const writes: Array<[string, unknown]> = [];
  if (s.required !== verdict.required || s.rationale === undefined) {
    writes.push(['screening.required', verdict.required], ['screening.rationale', verdict.rationale], ['screening.date', today]);
  }
  return { writes, message: writes.length ? verdict.rationale : undefined };
};
