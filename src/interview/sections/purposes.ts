// Purposes with what they do, necessity and proportionality; then, once the data is
// known, the legal basis for each purpose with what hangs on it: Art. 9 law, the Art. 6(4)
// compatibility test and the Art. 21 objection.
import { LEGAL_BASES, LEGAL_BASIS_STATUSES, PURPOSE_KINDS, SPECIAL_CATEGORY_CONDITIONS, type Purpose, type PurposeKind } from '../../model/schema.ts';
import { childrenConcerned, hasKind } from '../../rules/facts.ts';
import { conditionNeedsLaw, namesLaw } from '../../rules/legal-basis/basis-facts.ts';
import { directMarketing, objectionOnGrounds } from '../../rules/right-to-object.ts';
import { enumChoices, itemQuestions, t, type Choice, type Item, type Scope, type Section } from '../types.ts';

const basis = (s: Scope) => s.item?.legalBasis;
const purpose = (s: Scope) => (s.item ?? {}) as Purpose;
const kind = (s: Scope, k: PurposeKind) => hasKind(purpose(s), k);
// The conditions below read the purpose as `check` does (src/rules), so that every answer a rule asks for is asked here.
/** Further processing needs the Art. 6(4) test unless it rests on consent or a named law; model training counts while the question is open. */
const further = (s: Scope) => basis(s) !== 'consent' && !namesLaw(purpose(s))
  && (s.item?.furtherProcessing === true || (s.item?.furtherProcessing === undefined && kind(s, 'model-training')));
/** Art. 21(1) on (e) and (f); Art. 21(2) direct marketing on any basis. */
const marketing = (s: Scope) => directMarketing(purpose(s));
const objectable = (s: Scope) => objectionOnGrounds(purpose(s)) || marketing(s);

const BASIS_LABELS: Record<(typeof LEGAL_BASES)[number], [string, string]> = {
  consent: ['(a) consent — the person has agreed to this specific purpose', '(a) samtykke — personen har samtykket til dette bestemte formålet'],
  contract: ['(b) contract — needed to deliver a contract with the person, or steps they asked for before one', '(b) avtale — nødvendig for å oppfylle en avtale med personen, eller tiltak de ba om før en avtale'],
  'legal-obligation': ['(c) legal obligation — a law requires you to do it', '(c) rettslig forpliktelse — en lov pålegger dere å gjøre det'],
  'vital-interests': ["(d) vital interests — needed to protect someone's life", '(d) vitale interesser — nødvendig for å verne noens liv'],
  'public-task': ['(e) public task — a task in the public interest or official authority laid down by law', '(e) offentlig oppgave — en oppgave i allmennhetens interesse eller offentlig myndighet fastsatt i lov'],
  'legitimate-interests': ["(f) legitimate interests — your interest, when it is necessary and not overridden by the person's rights", '(f) berettiget interesse — deres interesse, når behandlingen er nødvendig og personens rettigheter ikke veier tyngre'],
};

export const CONDITION_LABELS: Record<(typeof SPECIAL_CATEGORY_CONDITIONS)[number], [string, string]> = {
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
  { key: 'kinds', kind: 'checkbox', choices: enumChoices('purposeKind', PURPOSE_KINDS),
    message: t('What does this purpose do? (space to tick)', 'Hva gjør formålet? (mellomrom for å krysse av)'),
    help: t('Profiling, model training and direct marketing have rules of their own: a contract rarely covers them, training on data held for another purpose needs a compatibility test, and an objection to direct marketing always stops it.',
      'Profilering, modelltrening og direkte markedsføring har egne regler: en avtale dekker dem sjelden, trening på opplysninger samlet inn for et annet formål krever en vurdering av forenlighet, og en protest mot direkte markedsføring stanser den alltid.'),
    principle: 'purpose', article: 'GDPR Art. 5(1)(b)' },
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
        help: t('Name the contract; for (c) and (e), the Union or national law that lays down the obligation or the task.', 'Angi avtalen; for bokstav c og e den bestemmelsen i EU-retten eller nasjonal rett som fastsetter forpliktelsen eller oppgaven.'), principle: 'purpose', article: 'GDPR Art. 6(1)(b),(c),(e), 6(3)' },
      { key: 'legalBasisStatus', kind: 'select', when: (s) => basis(s) !== undefined, choices: enumChoices('legalBasisStatus', LEGAL_BASIS_STATUSES),
        message: t('How settled is this legal basis?', 'Hvor avklart er behandlingsgrunnlaget?'),
        help: t('A basis the team records as uncertain or contested is a finding until it is resolved.', 'Et grunnlag som teamet oppgir som usikkert eller omstridt, er et funn til det er avklart.'), principle: 'purpose', article: 'GDPR Art. 6(1), 5(2)' },
      { key: 'legitimateInterest.interest', kind: 'text', when: (s) => basis(s) === 'legitimate-interests',
        message: t('Legitimate interest, step 1: what interest do you pursue?', 'Berettiget interesse, trinn 1: hvilken interesse ivaretar dere?'),
        help: t('The purpose test: the interest must be lawful, clear and real.', 'Formålstesten: interessen skal være lovlig, klar og reell.'), principle: 'purpose', article: 'GDPR Art. 6(1)(f)' },
      { key: 'legitimateInterest.necessity', kind: 'text', when: (s) => basis(s) === 'legitimate-interests',
        message: t('Step 2: why is the processing necessary for that interest?', 'Trinn 2: hvorfor er behandlingen nødvendig for den interessen?'),
        help: t('The necessity test: could the interest be met with less data?', 'Nødvendighetstesten: kunne interessen oppnås med mindre data?'), principle: 'purpose', article: 'GDPR Art. 6(1)(f)' },
      { key: 'legitimateInterest.balancing', kind: 'text', when: (s) => basis(s) === 'legitimate-interests',
        message: t("Step 3: why don't the person's interests and rights override yours?", 'Trinn 3: hvorfor veier ikke personens interesser og rettigheter tyngre enn deres?'),
        help: t('The balancing test (interesseavveining): expectations, impact, safeguards, the right to object.', 'Interesseavveiningen: forventninger, konsekvenser, garantier, retten til å protestere.'), principle: 'purpose', article: 'GDPR Art. 6(1)(f), 21' },
      { key: 'legitimateInterest.children', kind: 'text', when: (s) => basis(s) === 'legitimate-interests' && childrenConcerned(s.data),
        message: t("Children: how are their interests given extra weight in the balancing?", 'Barn: hvordan får barnas interesser særlig vekt i avveiningen?'),
        help: t("The person's interests and rights weigh more when the person is a child.", 'Den registrertes interesser og rettigheter veier tyngre når den registrerte er et barn.'), principle: 'purpose', article: 'GDPR Art. 6(1)(f), recital 38' },
      { key: 'specialCategoryCondition', kind: 'select',
        message: t('Does this purpose use special categories (health, ethnicity, religion, biometrics, ...)? If so, which Art. 9(2) condition?', 'Bruker formålet særlige kategorier (helse, etnisitet, religion, biometri, ...)? I så fall, hvilket vilkår i art. 9(2)?'),
        choices: [
          { value: '', label: t('no special categories', 'ingen særlige kategorier') },
          ...SPECIAL_CATEGORY_CONDITIONS.map((v): Choice => ({ value: v, label: t(CONDITION_LABELS[v][0], CONDITION_LABELS[v][1]) })),
        ],
        help: t('Special categories are forbidden unless one of these conditions applies, on top of the Art. 6 basis.', 'Særlige kategorier er forbudt med mindre ett av disse vilkårene gjelder, i tillegg til grunnlaget i art. 6.'), principle: 'purpose', article: 'GDPR Art. 9(1)-(2)' },
      { key: 'specialCategoryLaw', kind: 'text', when: (s) => conditionNeedsLaw(s.item?.specialCategoryCondition),
        message: t('Which Union or national law does that condition rest on?', 'Hvilken bestemmelse i EU-retten eller nasjonal rett bygger vilkåret på?'),
        help: t('Conditions (b), (g), (h), (i) and (j) hold only on a basis in Union or member-state law (for (b) also a collective agreement, for (h) also a contract with a health professional); name it.',
          'Vilkårene i bokstav b, g, h, i og j gjelder bare med grunnlag i EU-retten eller nasjonal rett (for b også en tariffavtale, for h også en avtale med helsepersonell); angi grunnlaget.'),
        principle: 'purpose', article: 'GDPR Art. 9(2)(b), 9(2)(g)-(j)' },
      { key: 'furtherProcessing', kind: 'confirm', default: (s: Scope) => kind(s, 'model-training'),
        message: t('Does this purpose use data collected for another purpose (e.g. training a model on CRM history)?', 'Bruker formålet opplysninger som ble samlet inn for et annet formål (f.eks. trening av en modell på CRM-historikk)?'),
        help: t('Further processing for a new purpose that rests on neither consent nor law needs a compatibility assessment.', 'Viderebehandling for et nytt formål som verken bygger på samtykke eller lov, krever en vurdering av om formålene er forenlige.'),
        principle: 'purpose', article: 'GDPR Art. 6(4)' },
      { key: 'compatibility.link', kind: 'text', when: further,
        message: t('Compatibility, 1: what links this purpose to the one the data was collected for?', 'Forenlighet, 1: hvilken forbindelse er det mellom dette formålet og formålet opplysningene ble samlet inn for?'),
        help: t('Any link between the purposes; the closer it is, the more likely they are compatible.', 'Enhver forbindelse mellom formålene; jo nærmere den er, desto mer sannsynlig er de forenlige.'), principle: 'purpose', article: 'GDPR Art. 6(4)(a)' },
      { key: 'compatibility.context', kind: 'text', when: further,
        message: t('2: in what context was the data collected, and what do the people reasonably expect?', '2: i hvilken sammenheng ble opplysningene samlet inn, og hva forventer de registrerte med rimelighet?'),
        help: t('The relationship with the people and their reasonable expectations of further use.', 'Forholdet til de registrerte og hva de med rimelighet kan forvente om videre bruk.'), principle: 'purpose', article: 'GDPR Art. 6(4)(b)' },
      { key: 'compatibility.nature', kind: 'text', when: further,
        message: t('3: what is the nature of the data? (special categories or offence data weigh against)', '3: hva slags opplysninger er det? (særlige kategorier eller opplysninger om straffbare forhold trekker imot)'),
        help: t('The nature of the data, in particular special categories (Art. 9) and criminal-offence data (Art. 10).', 'Opplysningenes art, særlig om det er særlige kategorier (art. 9) eller opplysninger om straffedommer og lovovertredelser (art. 10).'), principle: 'purpose', article: 'GDPR Art. 6(4)(c)' },
      { key: 'compatibility.consequences', kind: 'text', when: further,
        message: t('4: what are the possible consequences of this use for the people?', '4: hvilke mulige konsekvenser har denne bruken for de registrerte?'),
        help: t('The possible consequences of the intended further processing for the people.', 'De mulige konsekvensene av den planlagte viderebehandlingen for de registrerte.'), principle: 'purpose', article: 'GDPR Art. 6(4)(d)' },
      { key: 'compatibility.safeguards', kind: 'text', when: further,
        message: t('5: which safeguards apply? (e.g. pseudonymisation, encryption, separate training data)', '5: hvilke garantier gjelder? (f.eks. pseudonymisering, kryptering, atskilte treningsdata)'),
        help: t('Appropriate safeguards, which may include encryption or pseudonymisation.', 'Nødvendige garantier, som kan omfatte kryptering eller pseudonymisering.'), principle: 'purpose', article: 'GDPR Art. 6(4)(e)' },
      { key: 'compatibility.compatible', kind: 'confirm', when: further,
        message: t('Conclusion: is this use compatible with the purpose the data was collected for?', 'Konklusjon: er denne bruken forenlig med formålet opplysningene ble samlet inn for?'),
        help: t('If not, the data may be used for this purpose only with consent or on a basis in law.', 'Hvis ikke, kan opplysningene bare brukes til dette formålet med samtykke eller med grunnlag i lov.'), principle: 'purpose', article: 'GDPR Art. 6(4), 5(1)(b)' },
      { key: 'objection.how', kind: 'text', when: objectable,
        message: t('Right to object: how do people object to this processing? (channel, who handles it)', 'Retten til å protestere: hvordan protesterer folk mot denne behandlingen? (kanal, hvem som håndterer det)'),
        help: t('People may object at any time on grounds relating to their situation; the right must be brought to their attention explicitly and separately from other information.', 'Den registrerte kan når som helst protestere av grunner knyttet til sin særlige situasjon; retten skal gjøres uttrykkelig kjent, klart og atskilt fra annen informasjon.'),
        principle: 'transparency', article: 'GDPR Art. 21' },
      { key: 'objection.effect', kind: 'text', when: objectable,
        message: t('What happens when someone objects?', 'Hva skjer når noen protesterer?'),
        help: t("The processing stops unless you show compelling legitimate grounds that override the person's interests, rights and freedoms, or it is needed for legal claims.", 'Behandlingen stanser med mindre dere påviser tvingende berettigede grunner som går foran den registrertes interesser, rettigheter og friheter, eller den trengs for rettskrav.'),
        principle: 'transparency', article: 'GDPR Art. 21(1)' },
      { key: 'objection.alwaysStops', kind: 'confirm', default: true, when: marketing,
        message: t('Does an objection always end the direct marketing, and any profiling for it, with no exception?', 'Stanser en protest alltid den direkte markedsføringen, og profilering knyttet til den, uten unntak?'),
        help: t('An objection to direct marketing, including profiling related to it, is absolute: the data may no longer be used for it.', 'En protest mot direkte markedsføring, også profilering knyttet til den, er absolutt: opplysningene kan ikke lenger brukes til det.'),
        principle: 'transparency', article: 'GDPR Art. 21(2)-(3)' },
    ]),
  }],
};
