import { filled, list } from '../facts.ts';
import type { Rule } from '../types.ts';

// Art. 35(7)(b) asks for both necessity and proportionality, so both are reported here,
// each at its own key.
export const rule: Rule = {
  id: 'purpose/necessity',
  principle: 'purpose',
  article: 'GDPR Art. 35(7)(b)',
  severity: 'error',
  messages: {
    en: 'purpose {purpose} has no assessment of {necessity?:why the processing is necessary for it}{proportionality?:why the processing is proportionate to it}',
    nb: 'formål {purpose} mangler vurdering av {necessity?:hvorfor behandlingen er nødvendig for det}{proportionality?:hvorfor behandlingen er forholdsmessig}',
  },
  hint: {
    en: 'Under the purpose, write `necessity` (why this processing is needed to reach the purpose and why less data or a less intrusive way would not do) and `proportionality` (why the benefit outweighs the intrusion for the people concerned).',
    nb: 'Skriv under formålet `necessity` (hvorfor behandlingen trengs for å nå formålet, og hvorfor færre opplysninger eller en mindre inngripende løsning ikke holder) og `proportionality` (hvorfor nytten veier opp for inngrepet overfor de registrerte).',
  },
  why: {
    en: 'A DPIA must contain an assessment of the necessity and proportionality of the processing operations in relation to the purposes (Art. 35(7)(b)).',
    nb: 'En vurdering av personvernkonsekvenser skal inneholde en vurdering av om behandlingen er nødvendig og forholdsmessig i lys av formålene (nødvendighet og forholdsmessighet, art. 35 nr. 7 bokstav b).',
  },
  example: {
    bad: 'schemaVersion: 1\nid: lead-scoring\npurposes:\n  - id: scoring\n    description: Rank inbound B2B leads by likelihood to buy so that sales calls the most promising first.\n',
    good: 'schemaVersion: 1\nid: lead-scoring\npurposes:\n  - id: scoring\n    description: Rank inbound B2B leads by likelihood to buy so that sales calls the most promising first.\n    necessity: Sales cannot call every lead; the score uses only firmographic data and web visits already held.\n    proportionality: Contact persons at businesses expect sales contact; the score only orders the call list and decides nothing alone.\n',
  },
  check({ data }, report) {
    list(data.purposes).forEach((purpose, index) => {
      const name = purpose.id ?? String(index + 1);
      if (!filled(purpose.necessity)) report(['purposes', index, 'necessity'], { purpose: name, necessity: 'yes' });
      if (!filled(purpose.proportionality)) report(['purposes', index, 'proportionality'], { purpose: name, proportionality: 'yes' });
    });
  },
};
