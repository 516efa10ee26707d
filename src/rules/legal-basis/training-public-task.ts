import { categoriesOfPurpose, hasKind, list } from '../facts.ts';
import type { DataCategory } from '../../model/schema.ts';
import type { Rule } from '../types.ts';
import { idsOf, nameOf, restsOnLaw } from './basis-facts.ts';

// Data a body holds for a public task comes with the law that lays the task down; using
// it to develop a model is another processing that needs a law of its own (Datatilsynet's
// sandbox, NAV). Whether the law named on the training purpose covers it stays with
// people; an unnamed law is legal-basis/law's finding.
export const rule: Rule = {
  id: 'legal-basis/training-public-task',
  principle: 'purpose',
  article: 'GDPR Art. 6(1)(e), Art. 6(3)',
  severity: 'error',
  messages: {
    en: 'purpose {purpose} trains a model on data categories ({categories}) that are held for the public task in {tasks}, but does not rest on a basis in law of its own (Art. 6(1)(c) or (e) with the law that provides for the training, Art. 6(3))',
    nb: 'formål {purpose} trener en modell på opplysningskategorier ({categories}) som behandles for den offentlige oppgaven i {tasks}, men bygger ikke på et eget grunnlag i lov (art. 6 nr. 1 bokstav c eller e med loven som gir adgang til treningen, art. 6 nr. 3)',
  },
  hint: {
    en: 'Give the training purpose its own `legalBasis` (public-task or legal-obligation) and name in `legalBasisDetails` the provision that allows the data to be used to develop the model. If no law provides for it, the model cannot be trained on this data until one does: consider synthetic or anonymised data, or ask for a legal basis through legislation.',
    nb: 'Gi treningsformålet sitt eget `legalBasis` (public-task eller legal-obligation) og angi i `legalBasisDetails` bestemmelsen som gir adgang til å bruke opplysningene til å utvikle modellen (supplerende rettsgrunnlag). Finnes det ingen slik lov, kan modellen ikke trenes på disse opplysningene før det kommer en: vurder syntetiske eller anonymiserte data, eller arbeid for et rettsgrunnlag gjennom lovgivning.',
  },
  why: {
    en: 'A basis in Art. 6(1)(c) or (e) must be laid down in Union or member-state law (Art. 6(3)), and the law that lays down a public task covers that task, not every other use of the data. In Datatilsynet\'s regulatory sandbox, NAV\'s model for predicting sick leave showed that the laws authorising a public body\'s processing are seldom drafted to allow personal data to be used for machine learning; to develop the model further NAV would need a clear supplementary legal basis in legislation (NAV final report, "Veien videre").',
    nb: 'Et grunnlag i art. 6 nr. 1 bokstav c eller e skal være fastsatt i unionsretten eller nasjonal rett (art. 6 nr. 3), og loven som fastsetter en offentlig oppgave, dekker den oppgaven, ikke all annen bruk av opplysningene. I Datatilsynets regulatoriske sandkasse viste NAVs prediksjonsmodell for sykefravær at lovene som hjemler offentlige virksomheters behandling av personopplysninger, sjelden er utformet slik at opplysningene kan brukes til maskinlæring; skulle NAV utvikle modellen videre, trengte etaten et klart og tydelig supplerende rettsgrunnlag gjennom lovgivning (NAV – sluttrapport, «Veien videre»).',
  },
  example: {
    bad: 'schemaVersion: 1\nid: sick-leave-follow-up\npurposes:\n  - id: follow-up\n    legalBasis: public-task\n    legalBasisDetails: The agency\'s act, duty to follow up people on sick leave\n  - id: training\n    kinds: [model-training]\n    legalBasis: legitimate-interests\ndataCategories:\n  - id: sick-leave-history\n    purposes: [follow-up, training]\n',
    good: 'schemaVersion: 1\nid: sick-leave-follow-up\npurposes:\n  - id: follow-up\n    legalBasis: public-task\n    legalBasisDetails: The agency\'s act, duty to follow up people on sick leave\n  - id: training\n    kinds: [model-training]\n    legalBasis: public-task\n    legalBasisDetails: The section of the agency\'s act that provides for developing prediction models from case data\ndataCategories:\n  - id: sick-leave-history\n    purposes: [follow-up, training]\n',
  },
  check({ data }, report) {
    const purposes = list(data.purposes);
    // The tasks whose data is reused; another training purpose on a public task is not one.
    const taskIds = purposes
      .filter((p) => p.legalBasis === 'public-task' && p.id !== undefined && !hasKind(p, 'model-training'))
      .map((p) => p.id!);
    purposes.forEach((purpose, index) => {
      if (!hasKind(purpose, 'model-training') || restsOnLaw(purpose)) return;
      const servesTask = (category: DataCategory) => list(category.purposes).some((id) => taskIds.includes(id));
      const shared = categoriesOfPurpose(data, purpose).filter(servesTask);
      if (shared.length === 0) return;
      const tasks = taskIds.filter((id) => shared.some((category) => list(category.purposes).includes(id)));
      report(['purposes', index, 'legalBasis'], { purpose: nameOf(purpose, index), categories: idsOf(shared), tasks: tasks.join(', ') });
    });
  },
};
