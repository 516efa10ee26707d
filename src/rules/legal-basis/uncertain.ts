import { list } from '../facts.ts';
import type { Rule } from '../types.ts';
import { nameOf } from './basis-facts.ts';

// The team's own doubt is recorded in the file so that it stays visible: the gate fails
// until someone resolves it and writes `settled`.
export const rule: Rule = {
  id: 'legal-basis/uncertain',
  principle: 'purpose',
  article: 'GDPR Art. 6(1), Art. 5(2)',
  severity: 'error',
  messages: {
    en: 'purpose {purpose} records its legal basis{basis?: ({basis})} as {uncertain?:uncertain}{contested?:contested}: the file does not show that the processing is lawful until that is resolved (`legalBasisStatus: settled`)',
    nb: 'formål {purpose} har registrert behandlingsgrunnlaget{basis?: ({basis})} som {uncertain?:usikkert}{contested?:omstridt}: filen viser ikke at behandlingen er lovlig før spørsmålet er avklart (`legalBasisStatus: settled`)',
  },
  hint: {
    en: 'Resolve the question before the processing starts or continues: get legal advice and the DPO\'s view, ask Datatilsynet for guidance, choose a basis that clearly applies (consent, or a law that provides for the processing), or narrow the processing until one does. Then record the reasoning in `legalBasisDetails` and set `legalBasisStatus: settled`.',
    nb: 'Avklar spørsmålet før behandlingen starter eller fortsetter: innhent juridisk råd og personvernombudets syn, be Datatilsynet om veiledning, velg et grunnlag som klart gjelder (samtykke, eller en lov som gir adgang til behandlingen), eller avgrens behandlingen til den har et slikt grunnlag. Skriv så begrunnelsen i `legalBasisDetails` og sett `legalBasisStatus: settled`.',
  },
  why: {
    en: 'Processing is lawful only if and to the extent that at least one basis in Art. 6(1) applies, and the controller must be able to demonstrate compliance (Art. 5(2)). A basis that the team itself records as uncertain, or that the people concerned, the DPO or an authority contest, is not one the controller can demonstrate.',
    nb: 'Behandling er bare lovlig dersom og i den grad minst ett av grunnlagene i art. 6 nr. 1 gjelder, og den behandlingsansvarlige skal kunne påvise at regelverket overholdes (art. 5 nr. 2). Et grunnlag som virksomheten selv har registrert som usikkert, eller som de registrerte, personvernombudet eller en myndighet bestrider, er ikke et grunnlag den behandlingsansvarlige kan påvise.',
  },
  example: {
    bad: 'schemaVersion: 1\nid: caseworker-support\npurposes:\n  - id: training\n    legalBasis: public-task\n    legalBasisDetails: The agency\'s general task to follow up people on sick leave\n    legalBasisStatus: uncertain\n',
    good: 'schemaVersion: 1\nid: caseworker-support\npurposes:\n  - id: training\n    legalBasis: public-task\n    legalBasisDetails: A new section in the agency\'s act provides for developing prediction models from case data\n    legalBasisStatus: settled\n',
  },
  check({ data }, report) {
    list(data.purposes).forEach((purpose, index) => {
      const status = purpose.legalBasisStatus;
      if (status !== 'uncertain' && status !== 'contested') return;
      report(['purposes', index, 'legalBasisStatus'], { purpose: nameOf(purpose, index), basis: purpose.legalBasis ?? '', [status]: 'yes' });
    });
  },
};
