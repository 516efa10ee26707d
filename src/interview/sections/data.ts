// Data subjects and data categories: kinds of data, special categories free text can
// reveal, source, minimisation, accuracy, retention, deletion.
import { DATA_ORIGINS, DATA_TYPES, SPECIAL_CATEGORY_CONDITIONS } from '../../model/schema.ts';
import { enumChoices, itemQuestions, refChoices, t, type Choice, type Item, type Scope, type Section } from '../types.ts';
import { CONDITION_LABELS } from './purposes.ts';
import { decisionCategoriesQuestion } from './system.ts';

const ORIGIN_LABELS: Record<(typeof DATA_ORIGINS)[number], [string, string]> = {
  'data-subject': ['given by the person', 'gitt av personen selv'],
  observed: ['observed (web visits, e-mail opens, use of the service)', 'observert (nettbesøk, åpnede e-poster, bruk av tjenesten)'],
  derived: ['derived or inferred (scores, segments, predictions)', 'utledet (poeng, segmenter, prediksjoner)'],
  'third-party': ['from a third party (data brokers, partners, enrichment services)', 'fra en tredjepart (datameglere, partnere, berikingstjenester)'],
  public: ['from public sources (registers, websites)', 'fra offentlige kilder (registre, nettsider)'],
};

/** Free text and messages not marked special: can they reveal special categories (C-184/20)? */
const freeText = ({ item }: Scope) => item?.special !== true
  && Array.isArray(item?.types) && item.types.some((x) => x === 'free-text' || x === 'communications');
const revealing = (s: Scope) => freeText(s) && (s.item?.incidentalSpecial as Item | undefined)?.possible === true;

const byName = (item: Item) => String(item.id ?? item.name ?? '?');

export const dataSection: Section = {
  name: 'data',
  title: t('Data subjects and personal data', 'Registrerte og personopplysninger'),
  questions: [
    {
      id: 'dataSubjects', path: 'dataSubjects', kind: 'list-of-items', noun: t('Group of people', 'Persongruppe'), label: byName,
      message: t('Groups of people (data subjects): what next?', 'Persongrupper (registrerte): hva vil du gjøre?'),
      help: t('Whose data is processed?', 'Hvem behandles det opplysninger om?'), principle: 'accountability', article: 'GDPR Art. 30(1)(c), 35(7)(a)',
      item: itemQuestions('dataSubjects', [
        { key: 'name', kind: 'text', message: t('Which group of people? (e.g. "B2B contact persons", "consumer customers")', 'Hvilken persongruppe? (f.eks. «kontaktpersoner hos bedriftskunder», «privatkunder»)'),
          help: t('Name each group whose data is used.', 'Navngi hver gruppe det brukes opplysninger om.'), principle: 'accountability', article: 'GDPR Art. 30(1)(c)' },
        { key: 'id', kind: 'text', slugOf: 'name', message: t('Id of the group (used in references)', 'Id for gruppen (brukes i henvisninger)'),
          help: t('Data categories point to groups by id.', 'Datakategorier viser til grupper med id.'), principle: 'accountability', article: 'GDPR Art. 30(1)(c)' },
        { key: 'description', kind: 'text', optional: true, message: t('Who are they, in a sentence?', 'Hvem er de, med én setning?'),
          help: t('Helps judge their expectations.', 'Hjelper å vurdere forventningene deres.'), principle: 'fairness', article: 'GDPR Art. 5(1)(a)' },
        { key: 'vulnerable', kind: 'confirm', default: false, message: t('Are they vulnerable (children, patients, employees, people in a weak position)?', 'Er de sårbare (barn, pasienter, ansatte, personer i en svak stilling)?'),
          help: t('Vulnerable people need extra protection.', 'Sårbare personer trenger ekstra vern.'), principle: 'fairness', article: 'GDPR recital 75, WP248 criterion 7' },
        { key: 'children', kind: 'confirm', default: false, message: t('Does the group include children under 18?', 'Omfatter gruppen barn under 18 år?'),
          help: t('Children merit specific protection.', 'Barn har krav på særlig vern.'), principle: 'fairness', article: 'GDPR Art. 8, recital 38' },
        { key: 'count', kind: 'text', optional: true, message: t('About how many people?', 'Omtrent hvor mange personer?'),
          help: t('Scale drives the risk.', 'Omfanget påvirker risikoen.'), principle: 'accountability', article: 'GDPR Art. 35(3), WP248 criterion 5' },
      ]),
    },
    {
      id: 'dataCategories', path: 'dataCategories', kind: 'list-of-items', noun: t('Data category', 'Datakategori'), label: byName,
      message: t('Categories of personal data: what next?', 'Kategorier av personopplysninger: hva vil du gjøre?'),
      help: t('Which personal data is processed?', 'Hvilke personopplysninger behandles?'), principle: 'data-quality', article: 'GDPR Art. 5(1)(c), 30(1)(c)',
      item: itemQuestions('dataCategories', [
        { key: 'name', kind: 'text', message: t('Which kind of data? (e.g. "contact details", "purchase history", "lead score")', 'Hva slags opplysninger? (f.eks. «kontaktinformasjon», «kjøpshistorikk», «lead-score»)'),
          help: t('Name each category of personal data.', 'Navngi hver kategori av personopplysninger.'), principle: 'data-quality', article: 'GDPR Art. 30(1)(c)' },
        { key: 'id', kind: 'text', slugOf: 'name', message: t('Id of the data category (used in references)', 'Id for datakategorien (brukes i henvisninger)'),
          help: t('Recipients point to categories by id.', 'Mottakere viser til kategorier med id.'), principle: 'data-quality', article: 'GDPR Art. 30(1)(c)' },
        { key: 'description', kind: 'text', optional: true, message: t('Which fields does it include?', 'Hvilke felter omfatter den?'),
          help: t('Concrete fields make minimisation checkable.', 'Konkrete felter gjør dataminimering etterprøvbar.'), principle: 'data-quality', article: 'GDPR Art. 5(1)(c)' },
        { key: 'types', kind: 'checkbox', emptyIsAnswer: true, choices: enumChoices('dataType', DATA_TYPES),
          message: t('Which kinds of data does it hold? (space to tick; none may fit)', 'Hva slags opplysninger inneholder den? (mellomrom for å krysse av; det kan hende ingen passer)'),
          help: t('Free text and messages can reveal special categories; national identity numbers and location data have rules of their own.', 'Fritekst og meldinger kan avsløre særlige kategorier; fødselsnummer og lokasjonsdata har egne regler.'),
          principle: 'data-quality', article: 'GDPR Art. 9(1), 87' },
        { key: 'special', kind: 'confirm', default: false, message: t('Is it a special category (health, ethnicity, religion, politics, union, biometrics, genetics, sex life)?', 'Er det en særlig kategori (helse, etnisitet, religion, politikk, fagforening, biometri, genetikk, seksualliv)?'),
          help: t('Special categories need an Art. 9(2) condition.', 'Særlige kategorier krever et vilkår i art. 9(2).'), principle: 'purpose', article: 'GDPR Art. 9(1)' },
        { key: 'incidentalSpecial.possible', kind: 'confirm', default: true, when: freeText,
          message: t('Can the free text or messages reveal special categories (e.g. health in a complaint, religion in a chat)?', 'Kan fritekst eller meldinger avsløre særlige kategorier (f.eks. helse i en klage, religion i en chat)?'),
          help: t('Data that reveals special categories indirectly is special-category data too.', 'Opplysninger som indirekte avslører særlige kategorier, er også særlige kategorier.'),
          principle: 'data-quality', article: 'GDPR Art. 9(1), C-184/20' },
        { key: 'incidentalSpecial.condition', kind: 'select', when: revealing,
          choices: [
            { value: '', label: t('none identified yet', 'ikke avklart ennå') },
            ...SPECIAL_CATEGORY_CONDITIONS.map((v): Choice => ({ value: v, label: t(CONDITION_LABELS[v][0], CONDITION_LABELS[v][1]) })),
          ],
          message: t('Under which Art. 9(2) condition is such data held until it is found and removed?', 'Etter hvilket vilkår i art. 9 nr. 2 behandles slike opplysninger til de blir funnet og fjernet?'),
          help: t('Special-category data needs an Art. 9(2) condition also when it arrives unasked.', 'Særlige kategorier krever et vilkår i art. 9 nr. 2 også når opplysningene kommer uoppfordret.'),
          principle: 'data-quality', article: 'GDPR Art. 9(2)' },
        { key: 'incidentalSpecial.handling', kind: 'text', when: revealing,
          message: t('How is such data found, limited or removed? (e.g. filters, guidance to staff, deletion routines)', 'Hvordan blir slike opplysninger funnet, begrenset eller fjernet? (f.eks. filtre, rutiner for ansatte, sletterutiner)'),
          help: t('Limit what free text can hold, and remove what should not be there.', 'Begrens hva fritekst kan inneholde, og fjern det som ikke skal være der.'),
          principle: 'data-quality', article: 'GDPR Art. 5(1)(c), 9(1)' },
        { key: 'subjects', kind: 'checkbox', when: ({ data }) => (data.dataSubjects ?? []).length > 0, choices: ({ data }: Scope) => refChoices(data.dataSubjects as Item[]),
          message: t('Whose data is it? (space to tick)', 'Hvem gjelder opplysningene? (mellomrom for å krysse av)'),
          help: t('Link the data to the groups of people.', 'Knytt opplysningene til persongruppene.'), principle: 'accountability', article: 'GDPR Art. 30(1)(c)' },
        { key: 'purposes', kind: 'checkbox', when: ({ data }) => (data.purposes ?? []).length > 0, choices: ({ data }: Scope) => refChoices(data.purposes as Item[]),
          message: t('Which purposes need this data? (space to tick)', 'Hvilke formål trenger disse opplysningene? (mellomrom for å krysse av)'),
          help: t('Data not needed for any purpose should not be processed.', 'Opplysninger som ikke trengs for noe formål skal ikke behandles.'), principle: 'purpose', article: 'GDPR Art. 5(1)(b)-(c)' },
        { key: 'origin', kind: 'select', choices: DATA_ORIGINS.map((v): Choice => ({ value: v, label: t(ORIGIN_LABELS[v][0], ORIGIN_LABELS[v][1]) })),
          message: t('Where does the data come from?', 'Hvor kommer opplysningene fra?'),
          help: t('Data not collected from the person triggers Art. 14 information duties.', 'Opplysninger som ikke samles inn fra personen utløser informasjonsplikt etter art. 14.'), principle: 'transparency', article: 'GDPR Art. 13, 14' },
        { key: 'source', kind: 'text', message: t('Name the source (system, form, partner)', 'Angi kilden (system, skjema, partner)'),
          help: t('People have a right to know the source.', 'Folk har rett til å vite kilden.'), principle: 'transparency', article: 'GDPR Art. 14(2)(f), 15(1)(g)' },
        { key: 'required', kind: 'text', when: ({ item }) => item?.origin === 'data-subject',
          message: t('Must people give this data, by law or by contract? What happens if they do not?', 'Må personen gi disse opplysningene etter lov eller avtale? Hva skjer hvis hen ikke gjør det?'),
          help: t('The privacy notice must say so when data is collected from the person.', 'Personvernerklæringen skal si dette når opplysningene samles inn fra personen.'), principle: 'transparency', article: 'GDPR Art. 13(2)(e)' },
        { key: 'minimisation', kind: 'text', message: t('Why is this data adequate, relevant and no more than needed?', 'Hvorfor er opplysningene adekvate, relevante og ikke mer enn nødvendig?'),
          help: t('Data minimisation.', 'Dataminimering.'), principle: 'data-quality', article: 'GDPR Art. 5(1)(c)' },
        { key: 'accuracy', kind: 'text', message: t('How is it kept accurate and up to date?', 'Hvordan holdes opplysningene riktige og oppdaterte?'),
          help: t('Inaccurate data must be corrected or erased without delay.', 'Uriktige opplysninger skal rettes eller slettes uten opphold.'), principle: 'data-quality', article: 'GDPR Art. 5(1)(d)' },
        { key: 'retention', kind: 'duration', message: t('How long is it kept? (e.g. "2 years", "18 months", "30 days")', 'Hvor lenge lagres opplysningene? (f.eks. «2 år», «18 måneder», «30 dager»)'),
          help: t('Storage limitation: no longer than necessary.', 'Lagringsbegrensning: ikke lenger enn nødvendig.'), principle: 'data-quality', article: 'GDPR Art. 5(1)(e), 13(2)(a)' },
        { key: 'retentionCriteria', kind: 'text', optional: true, message: t('From when does that period run? (e.g. "from the last order")', 'Fra når løper perioden? (f.eks. «fra siste bestilling»)'),
          help: t('The notice must state the period or the criteria for it.', 'Erklæringen skal angi perioden eller kriteriene for den.'), principle: 'data-quality', article: 'GDPR Art. 13(2)(a)' },
        { key: 'deletion', kind: 'text', message: t('How and when is it deleted or anonymised?', 'Hvordan og når slettes eller anonymiseres opplysningene?'),
          help: t('A retention period needs a deletion routine that enforces it.', 'En lagringstid trenger en sletterutine som håndhever den.'), principle: 'data-quality', article: 'GDPR Art. 5(1)(e), 17' },
      ]),
    },
    // A new interview meets the Art. 22(4) question here, once there are categories to pick.
    { ...decisionCategoriesQuestion, when: (s) => decisionCategoriesQuestion.when!(s) && s.data.system?.ai?.automatedDecision?.categories === undefined },
  ],
};
