// Security measures: the seed's list (encryption, pseudonymisation, firewalls, passwords
// and authentication, access control, backups) plus logging, each with status and owner;
// then data protection by design and by default (Art. 25), the measures' other half.
import { MEASURE_STATUSES, MEASURE_TYPES } from '../../model/schema.ts';
import { itemQuestions, questions, t, type Choice, type Item, type Section, type Seed, type Text } from '../types.ts';

const TYPE_LABELS: Partial<Record<(typeof MEASURE_TYPES)[number], Text>> = {
  encryption: t('encryption in transit and at rest', 'kryptering under overføring og lagring'),
  pseudonymisation: t('pseudonymisation of data used by the model', 'pseudonymisering av data modellen bruker'),
  firewall: t('firewalls and network segmentation', 'brannmur og nettverkssegmentering'),
  authentication: t('passwords and multi-factor authentication', 'passord og flerfaktorautentisering'),
  'access-control': t('role-based access control (least privilege)', 'rollebasert tilgangsstyring (minste privilegium)'),
  backup: t('backups with tested restore', 'sikkerhetskopier med testet gjenoppretting'),
  logging: t('logging of access and changes', 'logging av tilgang og endringer'),
};
const SEEDS = ['encryption', 'pseudonymisation', 'firewall', 'authentication', 'access-control', 'backup', 'logging'] as const;

export const securitySection: Section = {
  name: 'security',
  title: t('Security measures and data protection by design', 'Sikkerhetstiltak og innebygd personvern'),
  questions: [{
    id: 'security.measures', path: 'security.measures', kind: 'list-of-items', noun: t('Measure', 'Tiltak'),
    label: (item: Item) => String(item.id ?? item.type ?? '?'),
    message: t('Security measures: what next?', 'Sikkerhetstiltak: hva vil du gjøre?'),
    help: t('Technical and organisational measures appropriate to the risk.', 'Tekniske og organisatoriske tiltak tilpasset risikoen.'), principle: 'data-security', article: 'GDPR Art. 32, 35(7)(d)',
    seeds: {
      message: t('Which of these measures do you have or plan? (space to tick, enter when done)', 'Hvilke av disse tiltakene har dere eller planlegger? (mellomrom for å krysse av, enter når ferdig)'),
      choices: ({ lang }) => SEEDS.map((type): Seed => ({ value: type, label: TYPE_LABELS[type]!, item: { id: type, type, description: TYPE_LABELS[type]![lang] } })),
    },
    item: itemQuestions('security.measures', [
      { key: 'type', kind: 'select', choices: MEASURE_TYPES.map((v): Choice => ({ value: v, label: TYPE_LABELS[v] ?? v })),
        message: t('Kind of measure', 'Type tiltak'),
        help: t('Encryption, access control and backups are expected for personal data.', 'Kryptering, tilgangsstyring og sikkerhetskopier forventes for personopplysninger.'), principle: 'data-security', article: 'GDPR Art. 32(1)' },
      { key: 'id', kind: 'text', slugOf: 'type', message: t('Id of the measure (risks point to it)', 'Id for tiltaket (risikoer viser til det)'),
        help: t('Risks name the measures that reduce them.', 'Risikoer angir tiltakene som reduserer dem.'), principle: 'data-security', article: 'GDPR Art. 35(7)(d)' },
      { key: 'description', kind: 'text', message: t('Describe the measure concretely', 'Beskriv tiltaket konkret'),
        help: t('Concrete measures can be verified.', 'Konkrete tiltak kan etterprøves.'), principle: 'data-security', article: 'GDPR Art. 32(1)' },
      { key: 'status', kind: 'select', choices: MEASURE_STATUSES.map((v): Choice => ({ value: v, label: v === 'implemented' ? t('implemented', 'gjennomført') : t('planned', 'planlagt') })),
        message: t('Is it implemented or planned?', 'Er tiltaket gjennomført eller planlagt?'),
        help: t('Planned measures need a date.', 'Planlagte tiltak trenger en frist.'), principle: 'data-security', article: 'GDPR Art. 32' },
      { key: 'owner', kind: 'text', message: t('Who is responsible for the measure?', 'Hvem er ansvarlig for tiltaket?'),
        help: t('A measure without an owner tends not to happen.', 'Et tiltak uten eier blir sjelden gjennomført.'), principle: 'accountability', article: 'GDPR Art. 5(2), 24' },
      { key: 'due', kind: 'date', when: ({ item }) => item?.status === 'planned', message: t('When is it due? (YYYY-MM-DD)', 'Når er fristen? (ÅÅÅÅ-MM-DD)'),
        help: t('Overdue measures are flagged by `dpia check`.', '`dpia check` varsler om tiltak som har passert fristen.'), principle: 'data-security', article: 'GDPR Art. 32' },
    ]),
  },
  ...questions([
    { id: 'byDesign.design', kind: 'text',
      message: t('Data protection by design: how is it built into the system? (minimisation, pseudonymisation, separate purposes)', 'Innebygd personvern: hvordan er personvernet bygget inn i systemet? (dataminimering, pseudonymisering, atskilte formål)'),
      help: t('Measures designed into the processing from the start that put the principles into effect and build in the safeguards.', 'Tiltak som bygges inn i behandlingen fra starten, og som gjennomfører prinsippene og bygger inn garantiene.'),
      principle: 'accountability', article: 'GDPR Art. 25(1)' },
    { id: 'byDesign.defaults', kind: 'text',
      message: t('Data protection by default: what happens by default? (only the data each purpose needs, who sees scores, opt-outs, retention)', 'Personvern som standardinnstilling: hva skjer som standard? (bare opplysningene hvert formål trenger, hvem som ser poeng, reservasjoner, lagringstid)'),
      help: t('By default only the data each purpose needs is processed: amount collected, extent of processing, storage period and accessibility.', 'Som standard behandles bare opplysningene hvert formål trenger: mengden som samles inn, hvor mye de behandles, lagringstid og tilgjengelighet.'),
      principle: 'accountability', article: 'GDPR Art. 25(2)' },
  ]),
  ],
};
