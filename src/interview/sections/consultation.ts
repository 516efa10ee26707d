// Consultation of the DPO, the data subjects and (when residual risk stays high) the
// authority; then the review plan.
import { mergeController } from '../../model/parties.ts';
import { addDuration, dpoDesignated, riskBand } from '../../rules/facts.ts';
import { questions, t, type Scope, type Section } from '../types.ts';

export const residualHigh = ({ data }: Scope) => (data.risks ?? []).some((r) => r.residual?.likelihood !== undefined && r.residual?.severity !== undefined && riskBand(r.residual.likelihood, r.residual.severity) === 'high');

/** The DPO's advice is sought where a DPO is designated (Art. 35(2)); without one there is no advice to record. */
const withDpo = ({ data, config }: Scope) => dpoDesignated(mergeController(data, config));
const consulted = ({ data }: Scope) => data.consultation?.dataSubjects?.consulted === true;
const prior = ({ data }: Scope) => data.consultation?.authority?.required === true;

export const consultationSection: Section = {
  name: 'consultation',
  title: t('Consultation', 'Drøfting og medvirkning'),
  questions: questions([
    { id: 'consultation.dpo.name', kind: 'text', when: withDpo, default: ({ data }: Scope) => data.controller?.dpo?.name, message: t('Which DPO (personvernombud) gave advice?', 'Hvilket personvernombud ga råd?'),
      help: t('The DPO\'s advice must be sought when carrying out a DPIA.', 'Personvernombudet skal rådspørres når vurderingen gjennomføres.'), principle: 'accountability', article: 'GDPR Art. 35(2), 39(1)(c)' },
    { id: 'consultation.dpo.opinion', kind: 'text', when: withDpo, message: t("What was the DPO's advice?", 'Hva var personvernombudets råd?'),
      help: t('Record the advice in the assessment.', 'Skriv rådet inn i vurderingen.'), principle: 'accountability', article: 'GDPR Art. 35(2)' },
    { id: 'consultation.dpo.date', kind: 'date', when: withDpo, default: ({ today }: Scope) => today, message: t('When was the advice given? (YYYY-MM-DD)', 'Når ble rådet gitt? (ÅÅÅÅ-MM-DD)'),
      help: t('Dates make the process traceable.', 'Datoer gjør prosessen sporbar.'), principle: 'accountability', article: 'GDPR Art. 5(2)' },
    { id: 'consultation.dpo.adviceFollowed', kind: 'confirm', when: withDpo, default: true, message: t('Was the advice followed?', 'Ble rådet fulgt?'),
      help: t('If not, record why.', 'Hvis ikke, skriv hvorfor.'), principle: 'accountability', article: 'GDPR Art. 35(2)' },
    { id: 'consultation.dpo.reason', kind: 'text', when: (s) => withDpo(s) && s.data.consultation?.dpo?.adviceFollowed === false, message: t('Why was the advice not followed?', 'Hvorfor ble rådet ikke fulgt?'),
      help: t('Departing from the DPO\'s advice must be justified.', 'Å fravike personvernombudets råd må begrunnes.'), principle: 'accountability', article: 'GDPR Art. 35(2)' },
    { id: 'consultation.dataSubjects.consulted', kind: 'confirm', default: false, message: t('Did you seek the views of the people concerned (or their representatives)?', 'Har dere innhentet synspunkter fra de berørte (eller deres representanter)?'),
      help: t('Where appropriate, seek the views of data subjects.', 'Der det er hensiktsmessig, innhent synspunkter fra de registrerte.'), principle: 'accountability', article: 'GDPR Art. 35(9)' },
    { id: 'consultation.dataSubjects.how', kind: 'text', when: consulted, message: t('How (survey, customer panel, works council)?', 'Hvordan (spørreundersøkelse, kundepanel, tillitsvalgte)?'),
      help: t('Describe the consultation.', 'Beskriv medvirkningen.'), principle: 'accountability', article: 'GDPR Art. 35(9)' },
    { id: 'consultation.dataSubjects.summary', kind: 'text', when: consulted, message: t('What did they say?', 'Hva sa de?'),
      help: t('Record their views and what you did with them.', 'Skriv ned synspunktene og hva dere gjorde med dem.'), principle: 'accountability', article: 'GDPR Art. 35(9)' },
    { id: 'consultation.dataSubjects.followed', kind: 'confirm', default: true, when: consulted, message: t('Does the decision follow the views they expressed?', 'Følger beslutningen synspunktene de kom med?'),
      help: t('Where the decision departs from their views, record why.', 'Der beslutningen avviker fra synspunktene deres, skriv hvorfor.'), principle: 'accountability', article: 'GDPR Art. 35(9)' },
    { id: 'consultation.dataSubjects.departure', kind: 'text', when: (s) => consulted(s) && s.data.consultation?.dataSubjects?.followed === false,
      message: t('Where does the decision depart from their views, and why?', 'Hvor avviker beslutningen fra synspunktene deres, og hvorfor?'),
      help: t("If the final decision differs from the data subjects' views, document the reasons for going ahead or not.", 'Hvis den endelige beslutningen avviker fra de registrertes synspunkter, dokumenter begrunnelsen for å gå videre eller ikke.'), principle: 'accountability', article: 'GDPR Art. 35(9), WP248 rev.01' },
    { id: 'consultation.dataSubjects.reason', kind: 'text', when: ({ data }) => data.consultation?.dataSubjects?.consulted === false, message: t('Why not?', 'Hvorfor ikke?'),
      help: t('Record why seeking their views was not appropriate.', 'Skriv hvorfor det ikke var hensiktsmessig å innhente synspunkter.'), principle: 'accountability', article: 'GDPR Art. 35(9)' },
    { id: 'consultation.authority.required', kind: 'confirm', default: (s: Scope) => residualHigh(s), message: t('Does residual risk stay high, so that you must consult the authority (prior consultation)?', 'Er restrisikoen fortsatt høy, slik at dere må drøfte med tilsynsmyndigheten (forhåndsdrøfting)?'),
      help: t('Prior consultation is required when measures cannot bring a high risk down.', 'Forhåndsdrøfting kreves når tiltak ikke kan redusere en høy risiko.'), principle: 'accountability', article: 'GDPR Art. 36(1)' },
    { id: 'consultation.authority.date', kind: 'date', optional: true, when: prior, message: t('When was the authority consulted? (YYYY-MM-DD, blank if not yet)', 'Når ble tilsynsmyndigheten kontaktet? (ÅÅÅÅ-MM-DD, tomt hvis ikke ennå)'),
      help: t('The processing must wait for the consultation; the authority answers within 8 weeks (+6).', 'Behandlingen må vente på drøftingen; tilsynet svarer innen 8 uker (+6).'), principle: 'accountability', article: 'GDPR Art. 36(1)-(2)' },
    { id: 'consultation.authority.reference', kind: 'text', optional: true, when: prior, message: t("Authority's case number", 'Tilsynets saksnummer'),
      help: t('Keep the reference with the assessment.', 'Ta vare på referansen sammen med vurderingen.'), principle: 'accountability', article: 'GDPR Art. 36' },
    { id: 'consultation.authority.outcome', kind: 'text', optional: true, when: prior, message: t("What did the authority answer? (its written advice; blank if not yet received)", 'Hva svarte tilsynsmyndigheten? (det skriftlige rådet; tomt hvis det ikke er mottatt ennå)'),
      help: t('Where the authority finds the processing would infringe the Regulation, it gives written advice within eight weeks, extendable by six.', 'Mener tilsynsmyndigheten at behandlingen vil være i strid med forordningen, gir den skriftlig råd innen åtte uker, som kan forlenges med seks.'), principle: 'accountability', article: 'GDPR Art. 36(2)' },
    { id: 'consultation.authority.adviceDate', kind: 'date', optional: true, when: prior, message: t("When was the authority's written advice given? (YYYY-MM-DD, blank if not yet)", 'Når ga tilsynsmyndigheten sitt skriftlige råd? (ÅÅÅÅ-MM-DD, tomt hvis ikke ennå)'),
      help: t('The dates show that the processing waited for the consultation.', 'Datoene viser at behandlingen ventet på forhåndsdrøftingen.'), principle: 'accountability', article: 'GDPR Art. 36(2)' },
  ]),
};

export const reviewSection: Section = {
  name: 'review',
  title: t('Review', 'Oppfølging'),
  questions: questions([
    { id: 'review.cadence', kind: 'duration', default: 'P1Y', message: t('How often will you review the assessment? (e.g. "1 year", "6 months")', 'Hvor ofte skal vurderingen gjennomgås? (f.eks. «1 år», «6 måneder»)'),
      help: t('Review the DPIA at least when the risk changes.', 'Gå gjennom vurderingen i hvert fall når risikoen endres.'), principle: 'accountability', article: 'GDPR Art. 35(11)' },
    { id: 'review.next', kind: 'date', default: ({ data, today }: Scope) => addDuration(today, data.review?.cadence ?? 'P1Y'), message: t('Date of the next review (YYYY-MM-DD)', 'Dato for neste gjennomgang (ÅÅÅÅ-MM-DD)'),
      help: t('`dpia check` flags an overdue review.', '`dpia check` varsler når gjennomgangen er forfalt.'), principle: 'accountability', article: 'GDPR Art. 35(11)' },
    { id: 'review.triggers', kind: 'checkbox', message: t('Which changes trigger an earlier review? (space to tick)', 'Hvilke endringer utløser en tidligere gjennomgang? (mellomrom for å krysse av)'),
      choices: [
        { value: 'new model or model version', label: t('a new model or model version', 'ny modell eller modellversjon') },
        { value: 'new data source or category', label: t('a new data source or category', 'ny datakilde eller datakategori') },
        { value: 'new purpose', label: t('a new purpose', 'nytt formål') },
        { value: 'new recipient or country', label: t('a new recipient or country', 'ny mottaker eller nytt land') },
        { value: 'failed bias test', label: t('a failed bias test', 'en skjevhetstest som feiler') },
        { value: 'security incident or complaint', label: t('a security incident or complaint', 'et sikkerhetsbrudd eller en klage') },
      ],
      help: t('The assessment must follow the processing as it changes.', 'Vurderingen skal følge behandlingen når den endres.'), principle: 'accountability', article: 'GDPR Art. 35(11)' },
  ]),
};
