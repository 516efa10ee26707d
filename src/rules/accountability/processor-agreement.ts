import { filled, list } from '../facts.ts';
import type { Rule } from '../types.ts';

export const rule: Rule = {
  id: 'accountability/processor-agreement',
  principle: 'accountability',
  article: 'GDPR Art. 28(3)',
  severity: 'error',
  messages: {
    en: 'processor {recipient} has no data processing agreement recorded',
    nb: 'databehandler {recipient} har ingen registrert databehandleravtale',
  },
  hint: {
    en: 'Record in `agreement` which data processing agreement governs the processor (name, date, where it is kept), e.g. the AI provider\'s DPA with its sub-processor list. If the recipient decides purposes and means itself, it is not a processor: change its `role`.',
    nb: 'Skriv i `agreement` hvilken databehandleravtale som gjelder for databehandleren (navn, dato, hvor den ligger), f.eks. KI-leverandørens databehandleravtale med underleverandørliste. Bestemmer mottakeren selv formål og midler, er den ikke databehandler: endre `role`.',
  },
  why: {
    en: 'Processing by a processor must be governed by a contract or other legal act that sets out the subject-matter, duration, nature and purpose of the processing, the data, the data subjects and the controller\'s instructions (Art. 28(3)). AI and CRM vendors are usually processors.',
    nb: 'Behandling som utføres av en databehandler, skal være regulert av en avtale eller annen rettsakt som fastsetter behandlingens gjenstand og varighet, art og formål, typen personopplysninger, kategoriene av registrerte og den behandlingsansvarliges instrukser (art. 28 nr. 3). KI- og CRM-leverandører er som regel databehandlere.',
  },
  example: {
    bad: 'schemaVersion: 1\nid: scoring\nrecipients:\n  - id: model-host\n    name: Model Host AB\n    role: processor\n    country: SE\n',
    good: 'schemaVersion: 1\nid: scoring\nrecipients:\n  - id: model-host\n    name: Model Host AB\n    role: processor\n    country: SE\n    agreement: DPA signed 2026-02-10, kept in the contract archive\n',
  },
  check({ data }, report) {
    list(data.recipients).forEach((recipient, index) => {
      if (recipient?.role !== 'processor' || filled(recipient.agreement)) return;
      report(['recipients', index, 'agreement'], { recipient: recipient.name ?? recipient.id ?? String(index + 1) });
    });
  },
};
