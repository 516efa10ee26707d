// Risks to people: the three classic events (WP248 Annex 2, CNIL) and the AI risks, scored
// 1-4 for likelihood and severity, with measures picked by id and the residual risk.
import { itemQuestions, LEVEL_CHOICES, t, type Item, type Scope, type Section, type Seed, type Text } from '../types.ts';

interface RiskSeed { id: string; title: Text; description: Text; ai?: boolean }

const RISK_SEEDS: RiskSeed[] = [
  { id: 'illegitimate-access', title: t('Illegitimate access to personal data', 'Uautorisert tilgang til personopplysninger'),
    description: t('Someone without a need (an outsider or an employee) reads or copies customer data or scores.', 'Noen uten tjenstlig behov (en utenforstående eller en ansatt) leser eller kopierer kundedata eller poeng.') },
  { id: 'unwanted-modification', title: t('Unwanted modification of data', 'Uønsket endring av opplysninger'),
    description: t('Customer data or model output is changed by mistake or on purpose, so people are treated on wrong data.', 'Kundedata eller modellresultater endres ved en feil eller med vilje, så folk behandles på feil grunnlag.') },
  { id: 'disappearance', title: t('Disappearance of data', 'Tap av opplysninger'),
    description: t('Data is lost or unavailable, so customers cannot be served or their requests answered.', 'Opplysninger går tapt eller er utilgjengelige, så kunder ikke kan betjenes eller få svar på henvendelser.') },
  { id: 'discrimination', ai: true, title: t('Discrimination by the model', 'Diskriminering fra modellen'),
    description: t('The model treats groups differently (e.g. by age, gender or postcode), so some customers get worse offers or service.', 'Modellen behandler grupper ulikt (f.eks. etter alder, kjønn eller postnummer), så noen kunder får dårligere tilbud eller service.') },
  { id: 'wrong-inference', ai: true, title: t('Wrong inferences about people', 'Feilaktige slutninger om personer'),
    description: t('The model draws wrong conclusions about a customer, and staff act on them.', 'Modellen trekker gale slutninger om en kunde, og ansatte handler ut fra dem.') },
  { id: 'function-creep', ai: true, title: t('Function creep', 'Formålsglidning'),
    description: t('Scores or data are later used for other purposes than the ones assessed (e.g. credit or HR decisions).', 'Poeng eller data brukes senere til andre formål enn de som er vurdert (f.eks. kreditt- eller personalbeslutninger).') },
  { id: 'training-data-leakage', ai: true, title: t('Leakage of training data', 'Lekkasje av treningsdata'),
    description: t('The model or its provider reveals personal data it was trained on or was given in prompts.', 'Modellen eller leverandøren avslører personopplysninger den er trent på eller har fått i ledetekster.') },
];

const EVENT_ID = 'event';
const riskLabel = (item: Item) => String(item.id ?? item.title ?? '?');

export const risksSection: Section = {
  name: 'risks',
  title: t('Risks to people', 'Risiko for de registrerte'),
  questions: [{
    id: 'risks', path: 'risks', kind: 'list-of-items', noun: t('Risk', 'Risiko'), label: riskLabel,
    message: t('Risks: what next?', 'Risikoer: hva vil du gjøre?'),
    help: t("Assess the risks to people's rights and freedoms, and the measures against them.", 'Vurder risikoene for personenes rettigheter og friheter, og tiltakene mot dem.'), principle: 'accountability', article: 'GDPR Art. 35(7)(c)-(d)',
    seeds: {
      message: t('Which of these risks apply? (space to tick, enter when done)', 'Hvilke av disse risikoene gjelder? (mellomrom for å krysse av, enter når ferdig)'),
      choices: ({ data, lang }: Scope) => RISK_SEEDS.filter((r) => !r.ai || data.system?.ai?.used === true).map((r): Seed => ({
        value: r.id, label: r.title,
        item: { id: r.id, title: r.title[lang], description: r.description[lang], [EVENT_ID]: r.id },
      })),
    },
    item: itemQuestions('risks', [
      { key: 'title', kind: 'text', message: t('Short name of the risk', 'Kort navn på risikoen'),
        help: t('What could go wrong for people?', 'Hva kan gå galt for personene?'), principle: 'accountability', article: 'GDPR Art. 35(7)(c)' },
      { key: 'id', kind: 'text', slugOf: 'title', message: t('Id of the risk', 'Id for risikoen'),
        help: t('A stable name for reports and diffs.', 'Et stabilt navn for rapporter og endringsoversikter.'), principle: 'accountability', article: 'GDPR Art. 35(7)(c)' },
      { key: 'description', kind: 'text', message: t('What could happen to people?', 'Hva kan skje med personene?'),
        help: t('Describe the consequence for the person, not for the company.', 'Beskriv konsekvensen for personen, ikke for virksomheten.'), principle: 'accountability', article: 'GDPR Art. 35(7)(c)' },
      { key: 'likelihood', kind: 'select', choices: LEVEL_CHOICES('likelihood'), message: t('Likelihood before measures', 'Sannsynlighet før tiltak'),
        help: t('How easy is it for the risk sources to make it happen?', 'Hvor lett er det for risikokildene å få det til å skje?'), principle: 'accountability', article: 'GDPR Art. 35(7)(c), recital 76' },
      { key: 'severity', kind: 'select', choices: LEVEL_CHOICES('severity'), message: t('Severity (consequence) for people before measures', 'Konsekvens for personene før tiltak'),
        help: t('How bad would it be for the person?', 'Hvor ille vil det være for personen?'), principle: 'accountability', article: 'GDPR Art. 35(7)(c), recital 76' },
      { key: 'measures', kind: 'checkbox', when: ({ data }) => (data.security?.measures ?? []).length > 0,
        choices: ({ data }: Scope) => (data.security?.measures ?? []).filter((m) => m.id).map((m) => ({ value: m.id!, label: m.description ? `${m.id} — ${m.description}` : m.id! })),
        message: t('Which measures reduce this risk? (space to tick)', 'Hvilke tiltak reduserer denne risikoen? (mellomrom for å krysse av)'),
        help: t('Each risk needs measures that address it.', 'Hver risiko trenger tiltak som reduserer den.'), principle: 'data-security', article: 'GDPR Art. 35(7)(d)' },
      { key: 'residual.likelihood', kind: 'select', choices: LEVEL_CHOICES('likelihood'), message: t('Residual likelihood after the measures', 'Sannsynlighet etter tiltak (restrisiko)'),
        help: t('If the residual risk stays high you must consult the authority.', 'Er restrisikoen fortsatt høy, må dere drøfte med tilsynsmyndigheten.'), principle: 'accountability', article: 'GDPR Art. 35(7)(d), 36(1)' },
      { key: 'residual.severity', kind: 'select', choices: LEVEL_CHOICES('severity'), message: t('Residual severity after the measures', 'Konsekvens etter tiltak (restrisiko)'),
        help: t('Level = likelihood × severity: 1-3 low, 4-8 medium, 9-16 high.', 'Nivå = sannsynlighet × konsekvens: 1-3 lav, 4-8 middels, 9-16 høy.'), principle: 'accountability', article: 'GDPR Art. 36(1)' },
      { key: 'residual.justification', kind: 'text', message: t('Why do the measures bring the risk to that level?', 'Hvorfor bringer tiltakene risikoen ned til dette nivået?'),
        help: t('Justify the residual risk so reviewers can follow it.', 'Begrunn restrisikoen så andre kan følge vurderingen.'), principle: 'accountability', article: 'GDPR Art. 35(7)(d)' },
    ]),
  }],
};
