import { hasKind, list } from '../facts.ts';
import type { Rule } from '../types.ts';
import { nameOf } from './basis-facts.ts';

// The kinds that the EDPB and the Court found not objectively necessary for a contract:
// service improvement (model training), profiling and (behavioural) advertising. A
// warning, not an error: personalisation can be the service itself (EDPB 2/2019, 3.4).
const DOUBTFUL = ['model-training', 'profiling', 'direct-marketing'] as const;

export const rule: Rule = {
  id: 'legal-basis/contract-necessity',
  principle: 'purpose',
  article: 'GDPR Art. 6(1)(b)',
  severity: 'warning',
  messages: {
    en: 'purpose {purpose} rests on a contract (Art. 6(1)(b)) but is recorded as {kinds}: processing of that kind is rarely objectively indispensable for performing the contract with the person',
    nb: 'formål {purpose} bygger på avtale (art. 6 nr. 1 bokstav b), men er registrert som {kinds}: slik behandling er sjelden objektivt uunnværlig for å oppfylle avtalen med den registrerte',
  },
  hint: {
    en: 'Ask whether the main subject matter of the contract could be delivered without this processing. If it could, choose another basis: legitimate interests with a balancing test, or consent. Keep on `contract` only what the person asked for, such as delivering, billing and supporting the service.',
    nb: 'Spør om avtalens hovedformål kan oppfylles uten denne behandlingen. Kan det det, velg et annet grunnlag: berettiget interesse med interesseavveining, eller samtykke. Behold `contract` bare for det kunden har bedt om, som levering, fakturering og brukerstøtte.',
  },
  why: {
    en: 'Art. 6(1)(b) covers processing that is necessary for the performance of a contract with the person. The Court of Justice holds that it must be "objectively indispensable for a purpose that is integral to the contractual obligation intended for the data subject": the controller must show how the main subject matter of the contract cannot be achieved without it (C-252/21 Meta Platforms, para. 98). The EDPB (Guidelines 2/2019, version 2.0, sections 3.1 and 3.3) found that service improvement and online behavioural advertising, and profiling a user\'s behaviour (example 7), are as a rule not necessary for the contract.',
    nb: 'Art. 6 nr. 1 bokstav b omfatter behandling som er nødvendig for å oppfylle en avtale med den registrerte. EU-domstolen krever at behandlingen er objektivt uunnværlig for et formål som er en integrert del av avtaleforpliktelsen overfor den registrerte: den behandlingsansvarlige må vise hvordan avtalens hovedformål ikke kan oppnås uten den (C-252/21 Meta Platforms, avsnitt 98). EDPB (retningslinjer 2/2019, versjon 2.0, punkt 3.1 og 3.3) kom til at tjenesteforbedring og atferdsbasert markedsføring på nett, og profilering av brukerens atferd (eksempel 7), som hovedregel ikke er nødvendig for å oppfylle avtalen.',
  },
  example: {
    bad: 'schemaVersion: 1\nid: churn\npurposes:\n  - id: churn-model\n    kinds: [model-training]\n    legalBasis: contract\n',
    good: 'schemaVersion: 1\nid: churn\npurposes:\n  - id: churn-model\n    kinds: [model-training]\n    legalBasis: legitimate-interests\n',
  },
  check({ data }, report) {
    list(data.purposes).forEach((purpose, index) => {
      if (purpose.legalBasis !== 'contract') return;
      const kinds = DOUBTFUL.filter((kind) => hasKind(purpose, kind));
      if (kinds.length > 0) report(['purposes', index, 'legalBasis'], { purpose: nameOf(purpose, index), kinds: kinds.join(', ') });
    });
  },
};
