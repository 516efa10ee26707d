// Recipients (processors, other controllers, authorities) and transfers out of the EEA.
import { RECIPIENT_ROLES, TRANSFER_MECHANISMS } from '../../model/schema.ts';
import { outsideEEA } from '../../rules/facts.ts';
import { itemQuestions, refChoices, t, type Choice, type Item, type Scope, type Section } from '../types.ts';

const ROLE_LABELS: Record<(typeof RECIPIENT_ROLES)[number], [string, string]> = {
  processor: ['processor — processes data on your behalf (CRM vendor, AI provider, hosting)', 'databehandler — behandler data på deres vegne (CRM-leverandør, KI-leverandør, drift)'],
  controller: ['controller — decides its own purposes (partner, reseller)', 'behandlingsansvarlig — bestemmer egne formål (partner, forhandler)'],
  'joint-controller': ['joint controller — decides purposes together with you', 'felles behandlingsansvarlig — bestemmer formål sammen med dere'],
  authority: ['authority — a public body (tax, police)', 'myndighet — et offentlig organ (skatt, politi)'],
};
const MECHANISM_LABELS: Record<(typeof TRANSFER_MECHANISMS)[number], [string, string]> = {
  adequacy: ['adequacy decision (Art. 45), e.g. the EU-US Data Privacy Framework', 'beslutning om tilstrekkelig beskyttelsesnivå (art. 45), f.eks. EU-US Data Privacy Framework'],
  scc: ['standard contractual clauses (Art. 46(2)(c))', 'standardavtaler (art. 46 nr. 2 bokstav c)'],
  bcr: ['binding corporate rules (Art. 47)', 'bindende virksomhetsregler (art. 47)'],
  'code-of-conduct': ['approved code of conduct (Art. 46(2)(e))', 'godkjente atferdsnormer (art. 46 nr. 2 bokstav e)'],
  certification: ['approved certification (Art. 46(2)(f))', 'godkjent sertifisering (art. 46 nr. 2 bokstav f)'],
  derogation: ['derogation for a specific situation (Art. 49)', 'unntak for særlige situasjoner (art. 49)'],
};
const outsideEea = ({ item }: Scope) => outsideEEA(item?.country);
/** Art. 46-47 tools, which need a transfer impact assessment (C-311/18). */
const TOOLS = new Set(['scc', 'bcr', 'code-of-conduct', 'certification']);
const tool = (s: Scope) => outsideEea(s) && TOOLS.has(String((s.item?.transfer as Item | undefined)?.mechanism));

export const recipientsSection: Section = {
  name: 'recipients',
  title: t('Recipients and transfers', 'Mottakere og overføringer'),
  questions: [{
    id: 'recipients', path: 'recipients', kind: 'list-of-items', noun: t('Recipient', 'Mottaker'), label: (item: Item) => String(item.id ?? item.name ?? '?'),
    message: t('Recipients (who gets the data): what next?', 'Mottakere (hvem får opplysningene): hva vil du gjøre?'),
    help: t('Everyone outside your organisation who receives or processes the data, including the CRM and AI vendors.', 'Alle utenfor virksomheten som mottar eller behandler opplysningene, også CRM- og KI-leverandører.'),
    principle: 'transparency', article: 'GDPR Art. 13(1)(e), 28, 44',
    item: itemQuestions('recipients', [
      { key: 'name', kind: 'text', message: t('Who receives the data? (company or body)', 'Hvem mottar opplysningene? (virksomhet eller organ)'),
        help: t('People must be told about recipients.', 'Folk skal få vite om mottakerne.'), principle: 'transparency', article: 'GDPR Art. 13(1)(e)' },
      { key: 'id', kind: 'text', slugOf: 'name', message: t('Id of the recipient', 'Id for mottakeren'),
        help: t('A stable name for diffs and reports.', 'Et stabilt navn for endringsoversikter og rapporter.'), principle: 'transparency', article: 'GDPR Art. 13(1)(e)' },
      { key: 'role', kind: 'select', choices: RECIPIENT_ROLES.map((v): Choice => ({ value: v, label: t(ROLE_LABELS[v][0], ROLE_LABELS[v][1]) })),
        message: t('What is their role?', 'Hvilken rolle har de?'),
        help: t('Processors need a data processing agreement.', 'Databehandlere krever databehandleravtale.'), principle: 'data-security', article: 'GDPR Art. 4(7)-(8), 26, 28' },
      { key: 'purpose', kind: 'text', message: t('Why do they receive the data?', 'Hvorfor mottar de opplysningene?'),
        help: t('Disclosure must serve one of the purposes.', 'Utleveringen må tjene et av formålene.'), principle: 'purpose', article: 'GDPR Art. 5(1)(b)' },
      { key: 'categories', kind: 'checkbox', when: ({ data }) => (data.dataCategories ?? []).length > 0, choices: ({ data }: Scope) => refChoices(data.dataCategories as Item[]),
        message: t('Which data categories do they receive? (space to tick)', 'Hvilke datakategorier mottar de? (mellomrom for å krysse av)'),
        help: t('Share no more than they need.', 'Del ikke mer enn de trenger.'), principle: 'data-quality', article: 'GDPR Art. 5(1)(c)' },
      { key: 'country', kind: 'text', message: t('Country where the data is processed (two letters, e.g. NO, SE, US)', 'Land der opplysningene behandles (to bokstaver, f.eks. NO, SE, US)'),
        help: t('Outside the EU/EEA a transfer mechanism is needed.', 'Utenfor EU/EØS kreves et overføringsgrunnlag.'), principle: 'data-security', article: 'GDPR Art. 44' },
      { key: 'transfer.mechanism', kind: 'select', when: outsideEea, choices: TRANSFER_MECHANISMS.map((v): Choice => ({ value: v, label: t(MECHANISM_LABELS[v][0], MECHANISM_LABELS[v][1]) })),
        message: t('Which transfer mechanism covers the transfer?', 'Hvilket overføringsgrunnlag dekker overføringen?'),
        help: t('Transfers to third countries need a Chapter V mechanism.', 'Overføring til tredjeland krever et grunnlag i kapittel V.'), principle: 'data-security', article: 'GDPR Art. 45-49' },
      { key: 'transfer.dpfCertified', kind: 'confirm', default: false, when: (s) => outsideEea(s) && s.item?.country === 'US' && (s.item?.transfer as Item | undefined)?.mechanism === 'adequacy',
        message: t('Is the recipient certified under the EU-US Data Privacy Framework (on the DPF list)?', 'Er mottakeren sertifisert under EU-US Data Privacy Framework (står på DPF-listen)?'),
        help: t('The US adequacy decision (Commission Decision (EU) 2023/1795) covers only organisations certified under the Framework.', 'Beslutningen om tilstrekkelig beskyttelsesnivå for USA (kommisjonsbeslutning (EU) 2023/1795) gjelder bare virksomheter som er sertifisert under rammeverket.'),
        principle: 'data-security', article: 'GDPR Art. 45' },
      { key: 'transfer.tia.date', kind: 'date', optional: true, when: tool,
        message: t('When was the transfer impact assessment made? (YYYY-MM-DD, blank if not yet)', 'Når ble vurderingen av overføringen (TIA) gjort? (ÅÅÅÅ-MM-DD, tomt hvis ikke ennå)'),
        help: t("With these tools, assess whether the law and practice of the recipient's country let the safeguards work, and add supplementary measures where they do not.", 'Med disse verktøyene må dere vurdere om lov og praksis i mottakerlandet lar garantiene virke, og legge til supplerende tiltak der de ikke gjør det.'),
        principle: 'data-security', article: 'GDPR Art. 46, C-311/18' },
      { key: 'transfer.tia.outcome', kind: 'text', when: tool,
        message: t('What did the transfer impact assessment conclude, and which supplementary measures does it require?', 'Hva konkluderte vurderingen av overføringen med, og hvilke supplerende tiltak krever den?'),
        help: t('EDPB Recommendations 01/2020: record the conclusion and the supplementary measures.', 'EDPBs anbefalinger 01/2020: skriv ned konklusjonen og de supplerende tiltakene.'),
        principle: 'data-security', article: 'GDPR Art. 46, C-311/18' },
      { key: 'transfer.details', kind: 'text', when: outsideEea, message: t('Details: decision or clauses, supplementary measures, how people get a copy', 'Detaljer: beslutning eller klausuler, supplerende tiltak, hvordan folk får en kopi'),
        help: t('People must be told how to get a copy of the safeguards.', 'Folk skal få vite hvordan de får kopi av garantiene.'), principle: 'transparency', article: 'GDPR Art. 13(1)(f)' },
      { key: 'agreement', kind: 'text', when: ({ item }) => item?.role === 'processor' || item?.role === 'joint-controller',
        message: t('Which data processing agreement (or joint-controller arrangement) is in place?', 'Hvilken databehandleravtale (eller avtale om felles behandlingsansvar) er inngått?'),
        help: t('Processing by a processor must be governed by a contract.', 'Behandling hos en databehandler skal reguleres av en avtale.'), principle: 'data-security', article: 'GDPR Art. 26, 28(3)' },
      { key: 'arrangementEssence', kind: 'text', when: ({ item }) => item?.role === 'joint-controller',
        message: t('How is the essence of the joint-controller arrangement made available to the people (e.g. in the privacy notice)?', 'Hvordan gjøres hovedinnholdet i ordningen om felles behandlingsansvar tilgjengelig for de registrerte (f.eks. i personvernerklæringen)?'),
        help: t('The arrangement sets out who does what towards the people; its essence must be made available to them.', 'Ordningen fastsetter hvem som gjør hva overfor de registrerte; hovedinnholdet skal gjøres tilgjengelig for dem.'),
        principle: 'accountability', article: 'GDPR Art. 26(2)' },
    ]),
  }],
};
