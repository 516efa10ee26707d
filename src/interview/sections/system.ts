// The assessment itself and the systematic description of the processing and its AI.
import { mergeController } from '../../model/parties.ts';
import { AI_ACT_RISKS, ARTICLE22_EXCEPTIONS, CONTROLLER_TYPES } from '../../model/schema.ts';
import { dpoDesignated } from '../../rules/facts.ts';
import { enumChoices, questions, refChoices, t, type Choice, type Item, type Question, type Scope, type Section } from '../types.ts';

const ai = ({ data }: Scope) => data.system?.ai?.used === true;
const decides = ({ data }: Scope) => ai({ data } as Scope) && data.system?.ai?.automatedDecision?.exists === true;
const significant = (s: Scope) => decides(s) && s.data.system?.ai?.automatedDecision?.significantEffect === true;
const supports = (s: Scope) => ai(s) && s.data.system?.ai?.decisionSupport?.exists === true;

const AI_ACT_LABELS: Record<(typeof AI_ACT_RISKS)[number], [string, string]> = {
  prohibited: ['prohibited (Art. 5) — e.g. manipulation or social scoring', 'forbudt (art. 5) — f.eks. manipulering eller sosial poengsetting'],
  high: ['high-risk (Art. 6, Annex III) — e.g. credit scoring, insurance pricing, hiring', 'høy risiko (art. 6, vedlegg III) — f.eks. kredittvurdering, forsikringspris, ansettelse'],
  limited: ['limited (Art. 50) — chatbots and generated content must be disclosed', 'begrenset (art. 50) — chatboter og generert innhold skal opplyses om'],
  minimal: ['minimal — e.g. most lead scoring, churn and next-best-offer models', 'minimal — f.eks. de fleste modeller for lead-scoring, frafall og neste beste tilbud'],
  none: ['none — not an AI system', 'ingen — ikke et KI-system'],
};
const EXCEPTION_LABELS: Record<(typeof ARTICLE22_EXCEPTIONS)[number], [string, string]> = {
  contract: ['(a) necessary for a contract with the person', '(a) nødvendig for en avtale med personen'],
  law: ['(b) authorised by law', '(b) hjemlet i lov'],
  'explicit-consent': ['(c) explicit consent', '(c) uttrykkelig samtykke'],
};

/**
 * Art. 22(4): which data categories a significant automated decision rests on. Asked here
 * when the categories exist (edit, resume); a new interview lists its categories later,
 * so the data section asks it again right after them while it is unanswered.
 */
export const decisionCategoriesQuestion: Question = {
  id: 'system.ai.automatedDecision.categories', path: 'system.ai.automatedDecision.categories', kind: 'checkbox',
  when: (s) => significant(s) && (s.data.dataCategories ?? []).length > 0,
  choices: ({ data }: Scope) => refChoices(data.dataCategories as Item[]),
  message: t('Which data categories is the decision based on? (space to tick)', 'Hvilke datakategorier bygger avgjørelsen på? (mellomrom for å krysse av)'),
  help: t('Such a decision may not be based on special categories unless Art. 9(2)(a) or (g) applies and suitable safeguards are in place.',
    'En slik avgjørelse kan ikke bygge på særlige kategorier med mindre art. 9 nr. 2 bokstav a eller g gjelder og det er innført egnede garantier.'),
  principle: 'purpose', article: 'GDPR Art. 22(4)',
};

export const basicsSection: Section = {
  name: 'basics',
  title: t('The assessment', 'Vurderingen'),
  questions: questions([
    { id: 'title', kind: 'text', message: t('Title of the assessment (e.g. "AI lead scoring in the CRM")', 'Tittel på vurderingen (f.eks. «KI-basert lead-scoring i CRM»)'),
      help: t('Names the processing being assessed.', 'Navngir behandlingen som vurderes.'), principle: 'accountability', article: 'GDPR Art. 35(7)(a)' },
    { id: 'id', kind: 'text', slugOf: 'title', message: t('Short id for the assessment (lower-case, dashes)', 'Kort id for vurderingen (små bokstaver, bindestrek)'),
      help: t('Names the file privacy/<id>.dpia.yaml and is used in reports.', 'Gir navn til filen privacy/<id>.dpia.yaml og brukes i rapporter.'), principle: 'accountability', article: 'GDPR Art. 5(2)' },
    { id: 'owner.name', kind: 'text', message: t('Who owns this assessment (name)?', 'Hvem eier vurderingen (navn)?'),
      help: t('Someone must answer for the processing and keep the assessment up to date.', 'Noen må stå ansvarlig for behandlingen og holde vurderingen oppdatert.'), principle: 'accountability', article: 'GDPR Art. 5(2), 24' },
    { id: 'owner.email', kind: 'text', optional: true, message: t("Owner's e-mail", 'E-post til eieren'),
      help: t('Where questions about the assessment go.', 'Hvor spørsmål om vurderingen sendes.'), principle: 'accountability', article: 'GDPR Art. 5(2)' },
    { id: 'controller.name', kind: 'text', when: ({ config }) => !config.controller?.name, message: t('Legal name of the controller (the company responsible)', 'Juridisk navn på behandlingsansvarlig (virksomheten som er ansvarlig)'),
      help: t('People must be told who is responsible (also settable in dpia.config.yaml).', 'Folk skal få vite hvem som er ansvarlig (kan også settes i dpia.config.yaml).'), principle: 'transparency', article: 'GDPR Art. 13(1)(a), 14(1)(a)' },
    { id: 'controller.email', kind: 'text', when: ({ config }) => !config.controller?.email, message: t("Controller's privacy contact e-mail", 'Behandlingsansvarliges e-post for personvern'),
      help: t('The contact details people use for questions and requests.', 'Kontaktopplysningene folk bruker for spørsmål og henvendelser.'), principle: 'transparency', article: 'GDPR Art. 13(1)(a)' },
    { id: 'controller.type', kind: 'select', when: ({ config }) => !config.controller?.type, choices: enumChoices('controllerType', CONTROLLER_TYPES),
      message: t('What kind of controller is it?', 'Hva slags behandlingsansvarlig er det?'),
      help: t('A public authority or body must designate a DPO, and cannot rely on legitimate interests for processing in the performance of its tasks.',
        'En offentlig myndighet eller et offentlig organ skal utpeke personvernombud, og kan ikke bygge på berettiget interesse for behandling som ledd i sine oppgaver.'),
      principle: 'accountability', article: 'GDPR Art. 6(1), 37(1)(a)' },
    { id: 'controller.dpo.name', kind: 'text', optional: true, when: ({ config }) => !config.controller?.dpo?.name, message: t('Data protection officer (name), if you have one', 'Personvernombud (navn), hvis dere har et'),
      help: t("The DPO's contact details go into the privacy notice.", 'Personvernombudets kontaktopplysninger skal stå i personvernerklæringen.'), principle: 'transparency', article: 'GDPR Art. 13(1)(b), 37' },
    { id: 'controller.dpo.email', kind: 'text', optional: true, when: ({ data, config }) => !config.controller?.dpo?.email && Boolean(data.controller?.dpo?.name), message: t("DPO's e-mail", 'E-post til personvernombudet'),
      help: t("The DPO's contact details go into the privacy notice.", 'Personvernombudets kontaktopplysninger skal stå i personvernerklæringen.'), principle: 'transparency', article: 'GDPR Art. 13(1)(b)' },
    { id: 'controller.noDpoReason', kind: 'text', when: ({ data, config }) => !dpoDesignated(mergeController(data, config)),
      message: t('No DPO: why does Art. 37(1) not require one? (e.g. a private company whose core activities are not large-scale monitoring or special categories)', 'Uten personvernombud: hvorfor krever ikke art. 37 nr. 1 et? (f.eks. et privat selskap der kjerneaktiviteten ikke er overvåking eller særlige kategorier i stor skala)'),
      help: t('A DPO is required for a public authority or body, and where the core activities are regular and systematic monitoring on a large scale, or special-category or criminal-offence data on a large scale.',
        'Personvernombud kreves for offentlige myndigheter og organer, og der kjerneaktiviteten er regelmessig og systematisk overvåking i stor skala, eller særlige kategorier eller opplysninger om straffedommer og lovovertredelser i stor skala.'),
      principle: 'accountability', article: 'GDPR Art. 37(1)' },
  ]),
};

export const systemSection: Section = {
  name: 'system',
  title: t('The system and its AI', 'Systemet og KI-en'),
  questions: questions([
    { id: 'system.name', kind: 'text', message: t('Name of the feature or system', 'Navn på funksjonen eller systemet'),
      help: t('The systematic description starts with what is being built.', 'Den systematiske beskrivelsen starter med hva som bygges.'), principle: 'accountability', article: 'GDPR Art. 35(7)(a)' },
    { id: 'system.description', kind: 'text', message: t('What does it do with personal data? (nature of the processing, in a few sentences)', 'Hva gjør den med personopplysninger? (behandlingens art, med noen setninger)'),
      help: t('Describe the processing: what is collected, what is done with it, what comes out.', 'Beskriv behandlingen: hva samles inn, hva gjøres med det, hva kommer ut.'), principle: 'accountability', article: 'GDPR Art. 35(7)(a)' },
    { id: 'system.crm', kind: 'text', optional: true, message: t('Which CRM system, and where does the feature sit in it?', 'Hvilket CRM-system, og hvor i det ligger funksjonen?'),
      help: t('Supporting assets: software, networks, people.', 'Støttende ressurser: programvare, nettverk, mennesker.'), principle: 'accountability', article: 'GDPR Art. 35(7)(a), WP248 Annex 2' },
    { id: 'system.scope', kind: 'text', optional: true, message: t('Scope: how many people, how much data, for how long, where?', 'Omfang: hvor mange personer, hvor mye data, hvor lenge, hvor?'),
      help: t('Scope decides how large the risks are.', 'Omfanget avgjør hvor store risikoene er.'), principle: 'accountability', article: 'GDPR Art. 35(7)(a)' },
    { id: 'system.context', kind: 'text', optional: true, message: t('Context: your relationship with the people, and what they expect', 'Kontekst: forholdet til personene, og hva de forventer'),
      help: t('Reasonable expectations matter for fairness and for legitimate interests.', 'Rimelige forventninger har betydning for rettferdighet og berettiget interesse.'), principle: 'fairness', article: 'GDPR Art. 5(1)(a), recital 47' },
    { id: 'system.ai.used', kind: 'confirm', default: true, message: t('Does the feature use AI (a model that predicts, classifies, recommends or generates)?', 'Bruker funksjonen KI (en modell som forutsier, klassifiserer, anbefaler eller genererer)?'),
      help: t('AI brings its own risks and obligations.', 'KI gir egne risikoer og plikter.'), principle: 'accountability', article: 'GDPR Art. 35(1), AI Act Art. 3(1)' },
    { id: 'system.ai.type', kind: 'select', when: ai, message: t('What kind of AI?', 'Hva slags KI?'),
      choices: [
        { value: 'predictive model', label: t('predictive model (scores, churn, propensity)', 'prediktiv modell (poeng, frafall, kjøpssannsynlighet)') },
        { value: 'classifier', label: t('classifier (sorts customers or messages into groups)', 'klassifiserer (sorterer kunder eller meldinger i grupper)') },
        { value: 'recommender', label: t('recommender (next-best-offer, products)', 'anbefalingssystem (neste beste tilbud, produkter)') },
        { value: 'generative (LLM)', label: t('generative / LLM (chatbot, e-mail summaries, drafts)', 'generativ / språkmodell (chatbot, e-postsammendrag, utkast)') },
      ],
      help: t('The kind of model decides which risks to look at.', 'Modelltypen avgjør hvilke risikoer dere må se på.'), principle: 'accountability', article: 'GDPR Art. 35(7)(a)' },
    { id: 'system.ai.description', kind: 'text', when: ai, message: t('What goes into the model and what comes out?', 'Hva går inn i modellen, og hva kommer ut?'),
      help: t('Inputs and outputs tell which personal data the model uses and produces.', 'Inndata og utdata viser hvilke personopplysninger modellen bruker og lager.'), principle: 'transparency', article: 'GDPR Art. 35(7)(a)' },
    { id: 'system.ai.provider', kind: 'text', optional: true, when: ai, message: t('Who provides the model or AI service?', 'Hvem leverer modellen eller KI-tjenesten?'),
      help: t('A provider that processes data for you is a processor (Art. 28).', 'En leverandør som behandler data for dere er databehandler (art. 28).'), principle: 'data-security', article: 'GDPR Art. 28' },
    { id: 'system.ai.model', kind: 'text', optional: true, when: ai, message: t('Model name and version', 'Modellnavn og versjon'),
      help: t('Knowing the version makes changes reviewable.', 'Versjonen gjør endringer etterprøvbare.'), principle: 'accountability', article: 'GDPR Art. 35(11)' },
    { id: 'system.ai.trainingData', kind: 'text', optional: true, when: ai, message: t('What was the model trained on?', 'Hva ble modellen trent på?'),
      help: t('Training data decides accuracy and bias.', 'Treningsdata avgjør treffsikkerhet og skjevhet.'), principle: 'data-quality', article: 'GDPR Art. 5(1)(d)' },
    { id: 'system.ai.usesCustomerDataForTraining', kind: 'confirm', default: false, when: ai, message: t('Is customer data used to train or fine-tune the model?', 'Brukes kundedata til å trene eller finjustere modellen?'),
      help: t('Training is a purpose of its own and needs its own legal basis.', 'Trening er et eget formål og trenger eget behandlingsgrunnlag.'), principle: 'purpose', article: 'GDPR Art. 5(1)(b), 6(4)' },
    { id: 'system.ai.humanOversight', kind: 'text', when: ai, message: t('How do people oversee the AI and override it?', 'Hvordan følger mennesker med på KI-en og overstyrer den?'),
      help: t('Human oversight is a safeguard for accuracy and fairness.', 'Menneskelig kontroll er en garanti for riktighet og rettferdighet.'), principle: 'fairness', article: 'AI Act Art. 14, 26; GDPR Art. 22(3)' },
    { id: 'system.ai.aiActRisk', kind: 'select', when: ai, message: t('EU AI Act risk class', 'Risikoklasse etter KI-forordningen'),
      choices: AI_ACT_RISKS.map((v): Choice => ({ value: v, label: t(AI_ACT_LABELS[v][0], AI_ACT_LABELS[v][1]) })),
      help: t('Lead scoring, churn and next-best-offer are usually minimal unless they feed credit or insurance decisions.', 'Lead-scoring, frafall og neste beste tilbud er vanligvis minimal risiko, med mindre de brukes til kreditt- eller forsikringsbeslutninger.'), principle: 'accountability', article: 'AI Act Art. 5, 6, 50, Annex III' },
    { id: 'system.ai.aiActRationale', kind: 'text', optional: true, when: ai, message: t('Why this AI Act class? (Annex III points considered)', 'Hvorfor denne klassen? (punkter i vedlegg III som er vurdert)'),
      help: t('Record the reasoning so reviewers can follow it.', 'Skriv ned begrunnelsen så andre kan følge den.'), principle: 'accountability', article: 'AI Act Art. 6(3)' },
    { id: 'system.ai.interactsWithPeople', kind: 'confirm', default: false, when: ai, message: t('Do people talk or write directly with the AI (a chatbot)?', 'Snakker eller skriver folk direkte med KI-en (en chatbot)?'),
      help: t('People must be told they are dealing with an AI.', 'Folk skal få vite at de har med en KI å gjøre.'), principle: 'transparency', article: 'AI Act Art. 50(1)' },
    { id: 'system.ai.generatesContent', kind: 'confirm', default: false, when: ai, message: t('Does it generate text, images or audio that people see?', 'Lager den tekst, bilder eller lyd som folk ser?'),
      help: t('Generated content must be marked in some cases.', 'Generert innhold skal i noen tilfeller merkes.'), principle: 'transparency', article: 'AI Act Art. 50(2), 50(4)' },
    { id: 'system.ai.emotionRecognition', kind: 'confirm', default: false, when: ai, message: t('Does it recognise emotions or sort people by biometric traits?', 'Gjenkjenner den følelser eller sorterer folk etter biometriske kjennetegn?'),
      help: t('Emotion recognition must be disclosed; some uses are prohibited.', 'Følelsesgjenkjenning skal opplyses om; noe bruk er forbudt.'), principle: 'transparency', article: 'AI Act Art. 5(1)(f), 50(3)' },
    { id: 'system.ai.automatedDecision.exists', kind: 'confirm', default: false, when: ai, message: t('Does the system decide something about a person with no human involved?', 'Avgjør systemet noe om en person uten at et menneske er involvert?'),
      help: t('Decisions based solely on automated processing have their own rules.', 'Avgjørelser som bare bygger på automatisk behandling har egne regler.'), principle: 'fairness', article: 'GDPR Art. 22' },
    { id: 'system.ai.automatedDecision.significantEffect', kind: 'confirm', default: false, when: decides, message: t('Does that decision have legal or similarly significant effects (e.g. refusing credit, a contract or a price)?', 'Har avgjørelsen rettsvirkning eller tilsvarende betydelig virkning (f.eks. avslag på kreditt, avtale eller pris)?'),
      help: t('Then the decision is only allowed under an Art. 22(2) exception, with safeguards.', 'Da er avgjørelsen bare tillatt etter et unntak i art. 22(2), med garantier.'), principle: 'fairness', article: 'GDPR Art. 22(1), C-634/21 SCHUFA' },
    { id: 'system.ai.automatedDecision.exception', kind: 'select', when: (s) => decides(s) && s.data.system?.ai?.automatedDecision?.significantEffect === true, message: t('Which Art. 22(2) exception allows it?', 'Hvilket unntak i art. 22(2) gjør det lovlig?'),
      choices: ARTICLE22_EXCEPTIONS.map((v): Choice => ({ value: v, label: t(EXCEPTION_LABELS[v][0], EXCEPTION_LABELS[v][1]) })),
      help: t('Without one of these the decision needs a human in the loop.', 'Uten ett av disse må et menneske være med på avgjørelsen.'), principle: 'fairness', article: 'GDPR Art. 22(2)' },
    { id: 'system.ai.automatedDecision.law', kind: 'text', when: (s) => significant(s) && s.data.system?.ai?.automatedDecision?.exception === 'law',
      message: t('Which law authorises the decision, and which safeguards does it lay down?', 'Hvilken lov gir hjemmel for avgjørelsen, og hvilke garantier fastsetter den?'),
      help: t("Union or member-state law that the controller is subject to and that lays down suitable measures to safeguard the person's rights, freedoms and legitimate interests.",
        'EU-rett eller nasjonal rett som den behandlingsansvarlige er underlagt, og som fastsetter egnede tiltak for å verne den registrertes rettigheter, friheter og berettigede interesser.'),
      principle: 'purpose', article: 'GDPR Art. 22(2)(b)' },
    decisionCategoriesQuestion,
    { id: 'system.ai.automatedDecision.logic', kind: 'text', when: decides, message: t('Explain the logic in plain words: which factors count and how', 'Forklar logikken med enkle ord: hvilke faktorer teller, og hvordan'),
      help: t('People are owed meaningful information about the logic, not the code.', 'Folk har krav på meningsfull informasjon om logikken, ikke koden.'), principle: 'transparency', article: 'GDPR Art. 13(2)(f), C-203/22' },
    { id: 'system.ai.automatedDecision.safeguards', kind: 'text', when: decides, message: t('Safeguards: how can a person get human review, give their view and contest?', 'Garantier: hvordan kan en person få menneskelig vurdering, si sin mening og bestride?'),
      help: t("Under the contract and consent exceptions at least human intervention, expressing one's view and contesting; under the law exception, the measures the law lays down.", 'Ved unntakene for avtale og samtykke minst menneskelig inngripen, retten til å si sin mening og til å bestride; ved unntaket for lov, tiltakene loven fastsetter.'), principle: 'fairness', article: 'GDPR Art. 22(2)(b), 22(3)' },
    { id: 'system.ai.decisionSupport.exists', kind: 'confirm', default: false, when: ai,
      message: t("Does a person decide something about people from the AI's output (e.g. whom to call first, whether to approve an application)?", 'Avgjør et menneske noe om personer ut fra KI-ens resultat (f.eks. hvem som ringes først, om en søknad innvilges)?'),
      help: t('Decision support falls outside Art. 22 only when the human involvement is meaningful, not a token gesture.', 'Beslutningsstøtte faller utenfor art. 22 bare når det menneskelige bidraget er reelt og ikke bare symbolsk.'),
      principle: 'fairness', article: 'GDPR Art. 22(1), WP251' },
    { id: 'system.ai.decisionSupport.significantEffect', kind: 'confirm', default: false, when: supports,
      message: t('Do the decisions people make from the output have legal or similarly significant effects on the person?', 'Har avgjørelsene som tas ut fra resultatet, rettsvirkning eller tilsvarende betydelig virkning for personen?'),
      help: t('A systematic evaluation on which such decisions are based requires a DPIA, also when a person makes the decision.', 'En systematisk vurdering som slike avgjørelser bygger på, krever vurdering av personvernkonsekvenser, også når et menneske tar avgjørelsen.'),
      principle: 'accountability', article: 'GDPR Art. 35(3)(a)' },
    { id: 'system.ai.decisionSupport.decidedBy', kind: 'text', when: supports,
      message: t('Who decides from the output (role), and may they decide otherwise?', 'Hvem avgjør ut fra resultatet (rolle), og kan de beslutte noe annet?'),
      help: t('Human involvement counts only when the person has the authority and competence to change the decision.', 'Menneskelig medvirkning teller bare når personen har myndighet og kompetanse til å endre avgjørelsen.'),
      principle: 'fairness', article: 'GDPR Art. 22(1), WP251' },
    { id: 'system.ai.decisionSupport.understanding', kind: 'text', when: supports,
      message: t('How do they understand the output? (training, explanations, reason codes, known limits)', 'Hvordan forstår de resultatet? (opplæring, forklaringer, begrunnelseskoder, kjente begrensninger)'),
      help: t('To weigh the output rather than rubber-stamp it, they must know what it rests on and where it fails.', 'For å vurdere resultatet i stedet for å godta det blindt, må de vite hva det bygger på og hvor det slår feil.'),
      principle: 'fairness', article: 'GDPR Art. 22(1), WP251' },
    { id: 'system.ai.decisionSupport.departure', kind: 'text', when: supports,
      message: t('When and how do they depart from the output, and how often do they?', 'Når og hvordan fraviker de resultatet, og hvor ofte gjør de det?'),
      help: t('Decisions that routinely follow the output with no real influence by a person are solely automated.', 'Avgjørelser som rutinemessig følger resultatet uten at et menneske reelt påvirker dem, er helautomatiserte.'),
      principle: 'fairness', article: 'GDPR Art. 22(1), WP251' },
  ]),
};
