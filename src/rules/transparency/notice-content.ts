import { missingNoticeElements, type NoticeElement } from '../../model/notice-elements.ts';
import { authorityFor, mergeController } from '../../model/parties.ts';
import type { Rule } from '../types.ts';

// The same list of elements that `dpia render --doc notice` requires, so that an
// assessment that passes `check` also yields a complete privacy notice.
const reference = (element: NoticeElement) =>
  `${element.id} (${[element.articles.art13 && `Art. ${element.articles.art13}`, element.articles.art14 && `Art. ${element.articles.art14}`, element.articles.aiAct && `AI Act Art. ${element.articles.aiAct}`].filter(Boolean).join(', ')})`;

export const rule: Rule = {
  id: 'transparency/notice-content',
  principle: 'transparency',
  article: 'GDPR Art. 13, Art. 14',
  severity: 'error',
  messages: {
    en: 'the privacy notice would lack required information: {elements}',
    nb: 'personvernerklæringen ville mangle påkrevd informasjon: {elements}',
  },
  hint: {
    en: 'Fill in what each element needs (`dpia render --doc notice --draft` marks the gaps in the text): controller name and contact in `controller` or dpia.config.yaml; where a DPO is designated, their contact in `controller.dpo`; for each purpose people may object to (Art. 6(1)(e) or (f), or direct marketing), how they object in `objection.how`; and for data the person gives you, `dataCategories[].required` — whether giving it is required by law or contract and what happens if they do not.',
    nb: 'Fyll ut det hvert element trenger (`dpia render --doc notice --draft` markerer hullene i teksten): navn og kontaktopplysninger i `controller` eller dpia.config.yaml; der et personvernombud er utpekt, ombudets kontaktopplysninger i `controller.dpo`; for hvert formål de registrerte kan protestere mot (art. 6 nr. 1 bokstav e eller f, eller direkte markedsføring), hvordan de protesterer i `objection.how`; og for opplysninger personen selv gir, `dataCategories[].required` — om det er lov- eller avtalepålagt å gi dem og hva som skjer hvis de ikke gis.',
  },
  why: {
    en: 'Art. 13 (data from the person) and Art. 14 (data from elsewhere) list what people must be told, e.g. who the controller is and how to reach them, the DPO\'s contact where one is designated, the right to object, which must be presented clearly and separately from other information (Art. 21(4)), and whether giving the data is a statutory or contractual requirement and the consequences of not giving it (Art. 13(2)(e)). The notice is rendered from this assessment, so what is missing here is missing there.',
    nb: 'Art. 13 (opplysninger fra personen selv) og art. 14 (opplysninger fra andre) lister hva de registrerte skal få vite, f.eks. hvem som er behandlingsansvarlig og hvordan de nås, personvernombudets kontaktopplysninger der et ombud er utpekt, retten til å protestere, som skal framstilles klart og atskilt fra annen informasjon (art. 21 nr. 4), og om det er lov- eller avtalepålagt å gi opplysningene og følgene av å ikke gi dem (art. 13 nr. 2 bokstav e). Personvernerklæringen lages fra denne vurderingen, så det som mangler her, mangler der.',
  },
  example: {
    bad: 'schemaVersion: 1\nid: scoring\ndataCategories:\n  - id: contact\n    origin: data-subject\n',
    good: 'schemaVersion: 1\nid: scoring\ncontroller:\n  name: Kvarts Software AS\n  email: personvern@kvarts.example\n  dpo: {name: Kari Nordmann, email: personvernombud@kvarts.example}\npurposes:\n  - id: scoring\n    description: Rank inbound B2B leads by likelihood to buy so that sales calls the best first\n    legalBasis: legitimate-interests\n    legitimateInterest: {interest: Efficient sales, necessity: No less intrusive way, balancing: Business contacts expect it}\n    objection: {how: The link in every sales e-mail, effect: The lead is no longer scored}\ndataCategories:\n  - id: contact\n    origin: data-subject\n    purposes: [scoring]\n    retention: P2Y\n    required: Not required; without it we cannot answer the enquiry\nrecipients: []\ntransparency:\n  rights: {contact: personvern@kvarts.example, process: Answered within a month}\n',
  },
  check({ data, config }, report) {
    const missing = missingNoticeElements({ data, controller: mergeController(data, config), authority: authorityFor(config, 'en') });
    if (missing.length > 0) report(['transparency', 'notice'], { elements: missing.map(reference).join(', ') });
  },
};
