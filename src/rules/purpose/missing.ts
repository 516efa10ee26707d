import { filled, list } from '../facts.ts';
import type { Rule } from '../types.ts';

export const rule: Rule = {
  id: 'purpose/missing',
  principle: 'purpose',
  article: 'GDPR Art. 5(1)(b), Art. 35(7)(a)',
  severity: 'error',
  messages: {
    en: '{what?:purpose {what} has no description}{none?:no purposes are described}',
    nb: '{what?:formål {what} mangler beskrivelse}{none?:ingen formål er beskrevet}',
  },
  hint: {
    en: 'Add each purpose under `purposes` with an id and a description of what the data is used for and why.',
    nb: 'Legg til hvert formål under `purposes` med id og en beskrivelse av hva opplysningene brukes til og hvorfor.',
  },
  why: {
    en: 'Personal data may only be collected for specified, explicit and legitimate purposes (purpose limitation), and the DPIA must describe them.',
    nb: 'Personopplysninger kan bare samles inn for spesifikke, uttrykkelig angitte og berettigede formål (formålsbegrensning), og vurderingen skal beskrive dem.',
  },
  example: {
    bad: 'schemaVersion: 1\nid: lead-scoring\npurposes: []\n',
    good: 'schemaVersion: 1\nid: lead-scoring\npurposes:\n  - id: prioritise-leads\n    description: Rank inbound B2B leads by their likelihood to buy so that sales calls the most promising first.\n',
  },
  check({ data }, report) {
    const purposes = list(data.purposes);
    if (purposes.length === 0) {
      report(['purposes'], { none: 'yes' });
      return;
    }
    purposes.forEach((purpose, index) => {
      if (!filled(purpose.description)) report(['purposes', index, 'description'], { what: purpose.id ?? String(index + 1) });
    });
  },
};
