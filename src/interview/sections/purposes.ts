// Purposes with necessity and proportionality, then the legal basis for each purpose.
import { LEGAL_BASES, SPECIAL_CATEGORY_CONDITIONS } from '../../model/schema.ts';
import { itemQuestions, t, type Choice, type Item, type Scope, type Section } from '../types.ts';

const basis = (s: Scope) => s.item?.legalBasis;

const BASIS_LABELS: Record<(typeof LEGAL_BASES)[number], [string, string]> = {
  consent: ['(a) consent — the person has agreed to this specific purpose', '(a) samtykke — personen har samtykket til dette bestemte formålet'],
  contract: ['(b) contract — needed to deliver a contract with the person, or steps they asked for before one', '(b) avtale — nødvendig for å oppfylle en avtale med personen, eller tiltak de ba om før en avtale'],
  'legal-obligation': ['(c) legal obligation — a law requires you to do it', '(c) rettslig forpliktelse — en lov pålegger dere å gjøre det'],
  'vital-interests': ["(d) vital interests — needed to protect someone's life", '(d) vitale interesser — nødvendig for å verne noens liv'],
  'public-task': ['(e) public task — a task in the public interest or official authority laid down by law', '(e) offentlig oppgave — en oppgave i allmennhetens interesse eller offentlig myndighet fastsatt i lov'],
  'legitimate-interests': ["(f) legitimate interests — your interest, when it is necessary and not overridden by the person's rights", '(f) berettiget interesse — deres interesse, når behandlingen er nødvendig og personens rettigheter ikke veier tyngre'],
};

const CONDITION_LABELS: Record<(typeof SPECIAL_CATEGORY_CONDITIONS)[number], [string, string]> = {
  'explicit-consent': ['(a) explicit consent', '(a) uttrykkelig samtykke'],
  employment: ['(b) employment and social security law', '(b) arbeidsrett og trygderett'],
  'vital-interests': ['(c) vital interests when consent is impossible', '(c) vitale interesser når samtykke er umulig'],
  'not-for-profit': ['(d) not-for-profit body, members only', '(d) ideell organisasjon, bare medlemmer'],
  'made-public': ['(e) manifestly made public by the person', '(e) åpenbart offentliggjort av personen'],
  'legal-claims': ['(f) legal claims', '(f) rettskrav'],
  'substantial-public-interest': ['(g) substantial public interest, by law', '(g) viktige allmenne interesser, med hjemmel i lov'],
  'health-care': ['(h) health and social care', '(h) helse- og omsorgstjenester'],
  'public-health': ['(i) public health', '(i) folkehelse'],
  'archiving-research': ['(j) archiving, research or statistics', '(j) arkiv, forskning eller statistikk'],
};

const purposeQuestions = itemQuestions('purposes', [
  { key: 'name', kind: 'text', message: t('Short name of the purpose (e.g. "Prioritise leads")', 'Kort navn på formålet (f.eks. «Prioritere leads»)'),
    help: t('Each purpose is assessed on its own.', 'Hvert formål vurderes for seg.'), principle: 'purpose', article: 'GDPR Art. 5(1)(b)' },
  { key: 'id', kind: 'text', slugOf: 'name', message: t('Id of the purpose (used in references)', 'Id for formålet (brukes i henvisninger)'),
    help: t('Data categories and recipients point to purposes by id.', 'Datakategorier og mottakere viser til formål med id.'), principle: 'purpose', article: 'GDPR Art. 5(1)(b)' },
  { key: 'description', kind: 'text', message: t('What exactly is the data used for, and why? (specific, not "improve services")', 'Hva brukes opplysningene til, og hvorfor? (konkret, ikke «forbedre tjenestene»)'),
    help: t('A purpose must be specified, explicit and legitimate.', 'Formålet skal være spesifikt, uttrykkelig angitt og berettiget.'), principle: 'purpose', article: 'GDPR Art. 5(1)(b)' },
  { key: 'necessity', kind: 'text', message: t('Why is processing personal data necessary for this purpose?', 'Hvorfor er det nødvendig å behandle personopplysninger for dette formålet?'),
    help: t('The DPIA must assess necessity in relation to the purpose.', 'Vurderingen skal vurdere nødvendighet sett opp mot formålet.'), principle: 'purpose', article: 'GDPR Art. 35(7)(b)' },
  { key: 'proportionality', kind: 'text', message: t('Is it proportionate? Which less intrusive alternatives did you consider?', 'Er det forholdsmessig? Hvilke mindre inngripende alternativer vurderte dere?'),
    help: t('The benefit must justify the intrusion; prefer the least intrusive means.', 'Nytten må forsvare inngrepet; velg det minst inngripende middelet.'), principle: 'purpose', article: 'GDPR Art. 35(7)(b)' },
]);

const purposeLabel = (item: Item) => String(item.id ?? item.name ?? '?');

export const purposesSection: Section = {
  name: 'purposes',
  title: t('Purposes, necessity and proportionality', 'Formål, nødvendighet og forholdsmessighet'),
  questions: [{
    id: 'purposes', path: 'purposes', kind: 'list-of-items', item: purposeQuestions, noun: t('Purpose', 'Formål'), label: purposeLabel,
    message: t('Purposes: what next?', 'Formål: hva vil du gjøre?'),
    help: t('List every purpose the data is used for.', 'List opp hvert formål opplysningene brukes til.'), principle: 'purpose', article: 'GDPR Art. 5(1)(b), 35(7)(a)',
  }],
};

export const legalBasisSection: Section = {
  name: 'legal-basis',
  title: t('Legal basis for each purpose', 'Behandlingsgrunnlag for hvert formål'),
  questions: [{
    id: 'purposes', path: 'purposes', kind: 'list-of-items', fixed: true, noun: t('Purpose', 'Formål'), label: purposeLabel,
    message: t('Legal basis per purpose', 'Behandlingsgrunnlag per formål'),
    help: t('Every purpose needs one of the six legal bases.', 'Hvert formål trenger ett av de seks behandlingsgrunnlagene.'), principle: 'purpose', article: 'GDPR Art. 6(1)',
    item: itemQuestions('purposes', [
      { key: 'legalBasis', kind: 'select', message: t('Which legal basis does this purpose rely on?', 'Hvilket behandlingsgrunnlag bygger formålet på?'),
        choices: LEGAL_BASES.map((v): Choice => ({ value: v, label: t(BASIS_LABELS[v][0], BASIS_LABELS[v][1]) })),
        help: t('Consent is only one of six bases; for B2B lead scoring legitimate interests is common.', 'Samtykke er bare ett av seks grunnlag; for lead-scoring mot bedrifter er berettiget interesse vanlig.'), principle: 'purpose', article: 'GDPR Art. 6(1)(a)-(f)' },
      { key: 'legalBasisDetails', kind: 'text', optional: true, when: (s) => ['contract', 'legal-obligation', 'public-task'].includes(String(basis(s))),
        message: t('Which contract, law or task is relied on?', 'Hvilken avtale, lov eller oppgave bygger dere på?'),
        help: t('Name the contract or the legal provision.', 'Angi avtalen eller lovbestemmelsen.'), principle: 'purpose', article: 'GDPR Art. 6(1)(b),(c),(e), 6(3)' },
      { key: 'legitimateInterest.interest', kind: 'text', when: (s) => basis(s) === 'legitimate-interests',
        message: t('Legitimate interest, step 1: what interest do you pursue?', 'Berettiget interesse, trinn 1: hvilken interesse ivaretar dere?'),
        help: t('The purpose test: the interest must be lawful, clear and real.', 'Formålstesten: interessen skal være lovlig, klar og reell.'), principle: 'purpose', article: 'GDPR Art. 6(1)(f)' },
      { key: 'legitimateInterest.necessity', kind: 'text', when: (s) => basis(s) === 'legitimate-interests',
        message: t('Step 2: why is the processing necessary for that interest?', 'Trinn 2: hvorfor er behandlingen nødvendig for den interessen?'),
        help: t('The necessity test: could the interest be met with less data?', 'Nødvendighetstesten: kunne interessen oppnås med mindre data?'), principle: 'purpose', article: 'GDPR Art. 6(1)(f)' },
      { key: 'legitimateInterest.balancing', kind: 'text', when: (s) => basis(s) === 'legitimate-interests',
        message: t("Step 3: why don't the person's interests and rights override yours?", 'Trinn 3: hvorfor veier ikke personens interesser og rettigheter tyngre enn deres?'),
        help: t('The balancing test (interesseavveining): expectations, impact, safeguards, the right to object.', 'Interesseavveiningen: forventninger, konsekvenser, garantier, retten til å protestere.'), principle: 'purpose', article: 'GDPR Art. 6(1)(f), 21' },
      { key: 'specialCategoryCondition', kind: 'select',
        message: t('Does this purpose use special categories (health, ethnicity, religion, biometrics, ...)? If so, which Art. 9(2) condition?', 'Bruker formålet særlige kategorier (helse, etnisitet, religion, biometri, ...)? I så fall, hvilket vilkår i art. 9(2)?'),
        choices: [
          { value: '', label: t('no special categories', 'ingen særlige kategorier') },
          ...SPECIAL_CATEGORY_CONDITIONS.map((v): Choice => ({ value: v, label: t(CONDITION_LABELS[v][0], CONDITION_LABELS[v][1]) })),
        ],
        help: t('Special categories are forbidden unless one of these conditions applies, on top of the Art. 6 basis.', 'Særlige kategorier er forbudt med mindre ett av disse vilkårene gjelder, i tillegg til grunnlaget i art. 6.'), principle: 'purpose', article: 'GDPR Art. 9(1)-(2)' },
    ]),
  }],
};
