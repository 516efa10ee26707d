// Words for the enumerations of the file format, in both languages: the documents,
// `status` and the record of processing use the same ones.
import type { Lang } from '../rules/types.ts';

type Words = Record<string, string>;
export type LabelSet = Record<string, Words>;

const en: LabelSet = {
  level: { 1: 'negligible', 2: 'limited', 3: 'significant', 4: 'maximum' },
  band: { low: 'low', medium: 'medium', high: 'high' },
  legalBasis: {
    consent: 'consent (Art. 6(1)(a))',
    contract: 'performance of a contract (Art. 6(1)(b))',
    'legal-obligation': 'legal obligation (Art. 6(1)(c))',
    'vital-interests': 'vital interests (Art. 6(1)(d))',
    'public-task': 'public task (Art. 6(1)(e))',
    'legitimate-interests': 'legitimate interests (Art. 6(1)(f))',
  },
  legalBasisArticle: {
    consent: '6(1)(a)', contract: '6(1)(b)', 'legal-obligation': '6(1)(c)', 'vital-interests': '6(1)(d)', 'public-task': '6(1)(e)', 'legitimate-interests': '6(1)(f)',
  },
  // The notice speaks to the customer: the same bases in plain words.
  legalBasisPlain: {
    consent: 'you have given us your consent',
    contract: 'we need it to fulfil our agreement with you',
    'legal-obligation': 'the law requires us to',
    'vital-interests': 'it is needed to protect your life or health, or someone else\'s',
    'public-task': 'it is needed for a task in the public interest',
    'legitimate-interests': 'we have a legitimate interest in it, weighed against your interests (see below)',
  },
  specialCategoryCondition: {
    'explicit-consent': 'explicit consent (Art. 9(2)(a))',
    employment: 'employment and social security law (Art. 9(2)(b))',
    'vital-interests': 'vital interests (Art. 9(2)(c))',
    'not-for-profit': 'not-for-profit body (Art. 9(2)(d))',
    'made-public': 'manifestly made public (Art. 9(2)(e))',
    'legal-claims': 'legal claims (Art. 9(2)(f))',
    'substantial-public-interest': 'substantial public interest (Art. 9(2)(g))',
    'health-care': 'health or social care (Art. 9(2)(h))',
    'public-health': 'public health (Art. 9(2)(i))',
    'archiving-research': 'archiving, research or statistics (Art. 9(2)(j))',
  },
  role: { processor: 'processor', controller: 'independent controller', 'joint-controller': 'joint controller', authority: 'public authority' },
  rolePlain: { processor: 'works for us under our instructions', controller: 'uses the data for its own purposes', 'joint-controller': 'shares responsibility with us', authority: 'public authority' },
  transferMechanism: {
    adequacy: 'adequacy decision (Art. 45)',
    scc: 'standard contractual clauses (Art. 46(2)(c))',
    bcr: 'binding corporate rules (Art. 47)',
    'code-of-conduct': 'approved code of conduct (Art. 46(2)(e))',
    certification: 'approved certification (Art. 46(2)(f))',
    derogation: 'derogation for a specific situation (Art. 49)',
  },
  measureType: {
    encryption: 'encryption', pseudonymisation: 'pseudonymisation', anonymisation: 'anonymisation', firewall: 'firewall',
    authentication: 'authentication', 'access-control': 'access control', backup: 'backup', logging: 'logging',
    monitoring: 'monitoring', minimisation: 'data minimisation', training: 'training', policy: 'policy', contract: 'contract',
    testing: 'testing', 'human-oversight': 'human oversight', other: 'other',
  },
  measureStatus: { implemented: 'implemented', planned: 'planned' },
  origin: {
    'data-subject': 'from the data subject', observed: 'observed', derived: 'derived or inferred',
    'third-party': 'from a third party', public: 'from public sources',
  },
  originPlain: {
    'data-subject': 'you gave it to us', observed: 'we record it when you use our services', derived: 'we work it out from other data about you',
    'third-party': 'we get it from someone else', public: 'we get it from a public source',
  },
  status: { draft: 'draft', 'in-review': 'in review', approved: 'approved' },
  aiActRisk: {
    prohibited: 'prohibited practice (Art. 5)', high: 'high-risk (Art. 6, Annex III)', limited: 'transparency obligations (Art. 50)',
    minimal: 'minimal risk', none: 'not an AI system under the AI Act',
  },
  art22Exception: { contract: 'necessary for a contract (Art. 22(2)(a))', law: 'authorised by law (Art. 22(2)(b))', 'explicit-consent': 'explicit consent (Art. 22(2)(c))' },
  criterion: {
    'evaluation-scoring': 'evaluation or scoring, including profiling', 'automated-decision': 'automated decision with legal or similarly significant effect',
    'systematic-monitoring': 'systematic monitoring', 'sensitive-data': 'sensitive or highly personal data', 'large-scale': 'large scale',
    'matching-datasets': 'matching or combining datasets', 'vulnerable-subjects': 'vulnerable data subjects',
    'innovative-technology': 'innovative use or new technology', 'prevents-rights': 'prevents people from exercising a right or using a service',
  },
  nationalList: {
    'third-party-data': 'data from third parties used to decide on a product or service', biometric: 'biometric identification', genetic: 'genetic data',
    'innovative-technology': 'innovative technology', 'employee-monitoring': 'systematic monitoring of employees',
    'research-without-consent': 'research without consent', location: 'location data', 'school-evaluation': 'evaluation in schools and kindergartens',
    'public-monitoring': 'large-scale monitoring of public areas', 'school-camera': 'camera surveillance in schools or kindergartens',
    'algorithm-training': 'sensitive data at large scale to train algorithms', 'proficiency-monitoring': 'monitoring of proficiency, skills or development',
    'commercial-prediction': 'commercial services that predict economic status, preferences, behaviour and the like', iot: 'large-scale collection through IoT or welfare technology',
  },
  art35_3: {
    'automated-decision-significant': 'Art. 35(3)(a): systematic and extensive evaluation leading to significant decisions',
    'special-categories-large-scale': 'Art. 35(3)(b): special categories at large scale',
    'public-monitoring-large-scale': 'Art. 35(3)(c): large-scale monitoring of a public area',
  },
  controllerType: { private: 'private company or organisation', 'publicly-owned': 'publicly owned company', 'public-authority': 'public authority or body' },
  purposeKind: {
    'service-delivery': 'delivering the service', 'customer-service': 'customer service', profiling: 'profiling',
    'model-training': 'training or evaluating a model', 'direct-marketing': 'direct marketing', analytics: 'analytics and statistics',
    'fraud-prevention': 'fraud prevention', security: 'information security', 'bias-testing': 'testing for bias',
    'legal-compliance': 'meeting a legal obligation',
  },
  legalBasisStatus: { settled: 'settled', uncertain: 'uncertain', contested: 'contested' },
  dataType: {
    contact: 'contact details', identification: 'identification data', 'national-id': 'national identity number',
    financial: 'financial data', location: 'location data', 'free-text': 'free text', communications: 'messages, chat, e-mail or call content',
    usage: 'usage and activity', device: 'device identifiers and data read from devices',
  },
  signoffRole: { dpo: 'Data protection officer', owner: 'Owner', ciso: 'Information security officer', controller: 'Controller' },
  yesNo: { true: 'yes', false: 'no', unknown: 'not stated' },
  severity: { error: 'error', warning: 'warning' },
  month: {
    1: 'January', 2: 'February', 3: 'March', 4: 'April', 5: 'May', 6: 'June',
    7: 'July', 8: 'August', 9: 'September', 10: 'October', 11: 'November', 12: 'December',
  },
};

const nb: LabelSet = {
  level: { 1: 'ubetydelig', 2: 'begrenset', 3: 'betydelig', 4: 'maksimal' },
  band: { low: 'lav', medium: 'middels', high: 'høy' },
  legalBasis: {
    consent: 'samtykke (art. 6 nr. 1 bokstav a)',
    contract: 'oppfyllelse av avtale (art. 6 nr. 1 bokstav b)',
    'legal-obligation': 'rettslig forpliktelse (art. 6 nr. 1 bokstav c)',
    'vital-interests': 'vitale interesser (art. 6 nr. 1 bokstav d)',
    'public-task': 'oppgave i allmennhetens interesse (art. 6 nr. 1 bokstav e)',
    'legitimate-interests': 'berettiget interesse (art. 6 nr. 1 bokstav f)',
  },
  legalBasisArticle: {
    consent: '6(1)(a)', contract: '6(1)(b)', 'legal-obligation': '6(1)(c)', 'vital-interests': '6(1)(d)', 'public-task': '6(1)(e)', 'legitimate-interests': '6(1)(f)',
  },
  legalBasisPlain: {
    consent: 'du har gitt oss samtykke',
    contract: 'vi trenger det for å oppfylle avtalen med deg',
    'legal-obligation': 'loven pålegger oss det',
    'vital-interests': 'det trengs for å verne ditt eller andres liv eller helse',
    'public-task': 'det trengs for en oppgave i allmennhetens interesse',
    'legitimate-interests': 'vi har en berettiget interesse i det, veid opp mot dine interesser (se under)',
  },
  specialCategoryCondition: {
    'explicit-consent': 'uttrykkelig samtykke (art. 9 nr. 2 bokstav a)',
    employment: 'arbeidsrett og trygderett (art. 9 nr. 2 bokstav b)',
    'vital-interests': 'vitale interesser (art. 9 nr. 2 bokstav c)',
    'not-for-profit': 'ideell organisasjon (art. 9 nr. 2 bokstav d)',
    'made-public': 'åpenbart offentliggjort (art. 9 nr. 2 bokstav e)',
    'legal-claims': 'rettskrav (art. 9 nr. 2 bokstav f)',
    'substantial-public-interest': 'viktige allmenne interesser (art. 9 nr. 2 bokstav g)',
    'health-care': 'helse- og omsorgstjenester (art. 9 nr. 2 bokstav h)',
    'public-health': 'folkehelse (art. 9 nr. 2 bokstav i)',
    'archiving-research': 'arkiv, forskning eller statistikk (art. 9 nr. 2 bokstav j)',
  },
  role: { processor: 'databehandler', controller: 'selvstendig behandlingsansvarlig', 'joint-controller': 'felles behandlingsansvarlig', authority: 'offentlig myndighet' },
  rolePlain: { processor: 'arbeider for oss etter våre instrukser', controller: 'bruker opplysningene til egne formål', 'joint-controller': 'deler ansvaret med oss', authority: 'offentlig myndighet' },
  transferMechanism: {
    adequacy: 'beslutning om tilstrekkelig beskyttelsesnivå (art. 45)',
    scc: 'EUs standardavtaler (art. 46 nr. 2 bokstav c)',
    bcr: 'bindende virksomhetsregler (art. 47)',
    'code-of-conduct': 'godkjente atferdsnormer (art. 46 nr. 2 bokstav e)',
    certification: 'godkjent sertifisering (art. 46 nr. 2 bokstav f)',
    derogation: 'unntak i særlige situasjoner (art. 49)',
  },
  measureType: {
    encryption: 'kryptering', pseudonymisation: 'pseudonymisering', anonymisation: 'anonymisering', firewall: 'brannmur',
    authentication: 'autentisering', 'access-control': 'tilgangsstyring', backup: 'sikkerhetskopi', logging: 'logging',
    monitoring: 'overvåking', minimisation: 'dataminimering', training: 'opplæring', policy: 'retningslinje', contract: 'avtale',
    testing: 'testing', 'human-oversight': 'menneskelig kontroll', other: 'annet',
  },
  measureStatus: { implemented: 'gjennomført', planned: 'planlagt' },
  origin: {
    'data-subject': 'fra den registrerte', observed: 'observert', derived: 'utledet',
    'third-party': 'fra tredjepart', public: 'fra offentlige kilder',
  },
  originPlain: {
    'data-subject': 'du har gitt dem til oss', observed: 'vi registrerer dem når du bruker tjenestene våre', derived: 'vi utleder dem fra andre opplysninger om deg',
    'third-party': 'vi får dem fra andre', public: 'vi henter dem fra en offentlig kilde',
  },
  status: { draft: 'utkast', 'in-review': 'til gjennomgang', approved: 'godkjent' },
  aiActRisk: {
    prohibited: 'forbudt praksis (art. 5)', high: 'høyrisiko (art. 6, vedlegg III)', limited: 'krav om åpenhet (art. 50)',
    minimal: 'minimal risiko', none: 'ikke et KI-system etter KI-forordningen',
  },
  art22Exception: { contract: 'nødvendig for en avtale (art. 22 nr. 2 bokstav a)', law: 'hjemlet i lov (art. 22 nr. 2 bokstav b)', 'explicit-consent': 'uttrykkelig samtykke (art. 22 nr. 2 bokstav c)' },
  criterion: {
    'evaluation-scoring': 'evaluering eller poengsetting, herunder profilering', 'automated-decision': 'automatiserte avgjørelser med rettslig eller tilsvarende betydelig virkning',
    'systematic-monitoring': 'systematisk overvåking', 'sensitive-data': 'sensitive eller svært personlige opplysninger', 'large-scale': 'stor skala',
    'matching-datasets': 'sammenstilling av datasett', 'vulnerable-subjects': 'sårbare registrerte',
    'innovative-technology': 'innovativ bruk eller ny teknologi', 'prevents-rights': 'hindrer utøvelse av en rettighet eller bruk av en tjeneste',
  },
  nationalList: {
    'third-party-data': 'opplysninger fra tredjepart brukt til å avgjøre tilbud av produkt eller tjeneste', biometric: 'biometrisk identifisering', genetic: 'genetiske opplysninger',
    'innovative-technology': 'innovativ teknologi', 'employee-monitoring': 'systematisk overvåking av ansatte',
    'research-without-consent': 'forskning uten samtykke', location: 'lokasjonsdata', 'school-evaluation': 'evaluering i skoler og barnehager',
    'public-monitoring': 'overvåking av offentlige områder i stor skala', 'school-camera': 'kameraovervåking i skoler eller barnehager',
    'algorithm-training': 'sensitive opplysninger i stor skala for å trene algoritmer', 'proficiency-monitoring': 'overvåking av ferdigheter, prestasjoner eller utvikling',
    'commercial-prediction': 'kommersielle tjenester som forutsier økonomi, preferanser, atferd og lignende', iot: 'innsamling i stor skala gjennom tingenes internett eller velferdsteknologi',
  },
  art35_3: {
    'automated-decision-significant': 'art. 35 nr. 3 bokstav a: systematisk og omfattende vurdering som fører til betydelige avgjørelser',
    'special-categories-large-scale': 'art. 35 nr. 3 bokstav b: særlige kategorier i stor skala',
    'public-monitoring-large-scale': 'art. 35 nr. 3 bokstav c: overvåking av offentlig område i stor skala',
  },
  controllerType: { private: 'privat virksomhet', 'publicly-owned': 'offentlig eid selskap', 'public-authority': 'offentlig myndighet eller organ' },
  purposeKind: {
    'service-delivery': 'levering av tjenesten', 'customer-service': 'kundeservice', profiling: 'profilering',
    'model-training': 'trening eller evaluering av en modell', 'direct-marketing': 'direkte markedsføring', analytics: 'analyse og statistikk',
    'fraud-prevention': 'forebygging av svindel', security: 'informasjonssikkerhet', 'bias-testing': 'testing for skjevhet',
    'legal-compliance': 'oppfyllelse av en rettslig forpliktelse',
  },
  legalBasisStatus: { settled: 'avklart', uncertain: 'usikkert', contested: 'omstridt' },
  dataType: {
    contact: 'kontaktopplysninger', identification: 'identifikasjonsopplysninger', 'national-id': 'fødselsnummer',
    financial: 'økonomiske opplysninger', location: 'lokasjonsdata', 'free-text': 'fritekst', communications: 'meldinger, chat, e-post eller samtaleinnhold',
    usage: 'bruk og aktivitet', device: 'enhetsidentifikatorer og opplysninger lest fra enheter',
  },
  signoffRole: { dpo: 'Personvernombud', owner: 'Eier', ciso: 'Informasjonssikkerhetsleder', controller: 'Behandlingsansvarlig' },
  yesNo: { true: 'ja', false: 'nei', unknown: 'ikke oppgitt' },
  severity: { error: 'feil', warning: 'advarsel' },
  month: {
    1: 'januar', 2: 'februar', 3: 'mars', 4: 'april', 5: 'mai', 6: 'juni',
    7: 'juli', 8: 'august', 9: 'september', 10: 'oktober', 11: 'november', 12: 'desember',
  },
};

export const LABELS: Record<Lang, LabelSet> = { en, nb };

/** The word for `value` in the set `kind`, or the value itself when there is none. */
export function label(lang: Lang, kind: string, value: unknown): string {
  if (value === undefined || value === null) return '';
  const words = LABELS[lang][kind];
  const key = String(value);
  return words && Object.prototype.hasOwnProperty.call(words, key) ? words[key] : key;
}
