import { list, outsideEEA } from '../facts.ts';
import type { Rule } from '../types.ts';

// A processor works for the controller under a standing contract (Art. 28(3)), so data
// goes to it regularly: the case the EDPB says the derogations do not cover. A derogation
// for a controller recipient may be right (an occasional transfer); that stays with people.
export const rule: Rule = {
  id: 'transfer/derogation',
  principle: 'data-security',
  article: 'GDPR Art. 49(1); recital 111',
  severity: 'warning',
  messages: {
    en: 'the file relies on an Art. 49 derogation for transfers to processor {recipient} in {country}; a processor receives data regularly under its contract, and the derogations are meant for occasional transfers, not for systematic or repeated ones',
    nb: 'filen bygger på et unntak etter art. 49 for overføringer til databehandler {recipient} i {country}; en databehandler mottar opplysninger jevnlig etter avtalen sin, og unntakene er ment for overføringer som skjer leilighetsvis, ikke for systematiske eller gjentatte overføringer',
  },
  hint: {
    en: 'Put appropriate safeguards in place instead: standard contractual clauses (`scc`) in the data processing agreement with a transfer impact assessment (`transfer.tia`), or adequacy where the country has a decision (for the United States only with Data Privacy Framework certification). Keep `derogation` only for a transfer that is truly occasional, and say in `transfer.details` which point of Art. 49(1) applies and why.',
    nb: 'Sørg i stedet for nødvendige garantier: standardbestemmelser om personvern (`scc`) i databehandleravtalen med en vurdering av overføringen (`transfer.tia`), eller en beslutning om tilstrekkelig beskyttelsesnivå der landet har en (for USA bare med sertifisering under Data Privacy Framework). Bruk `derogation` bare for en overføring som virkelig skjer leilighetsvis, og skriv i `transfer.details` hvilken bokstav i art. 49 nr. 1 som gjelder og hvorfor.',
  },
  why: {
    en: 'The derogations in Art. 49 apply only where there is neither an adequacy decision nor appropriate safeguards, and are exceptions for specific situations. The EDPB (Guidelines 2/2018 on derogations of Article 49) says they must be interpreted restrictively so that the exception does not become the rule, and that they do not cover regular transfers within a stable relationship. Recital 111 limits the contract and legal-claims derogations to occasional transfers, and the last-resort ground in the second subparagraph of Art. 49(1) itself requires a transfer that is not repetitive and concerns only a limited number of data subjects. Handing data to a processor for an ongoing service is such a regular transfer.',
    nb: 'Unntakene i art. 49 gjelder bare når det verken finnes en beslutning om tilstrekkelig beskyttelsesnivå eller nødvendige garantier, og er unntak for særlige situasjoner. Personvernrådet (EDPB, retningslinjer 2/2018 om unntak etter artikkel 49) sier at de skal tolkes innskrenkende slik at unntaket ikke blir regelen, og at de ikke dekker jevnlige overføringer i et fast forhold. Fortalepunkt 111 begrenser unntakene for avtaler og rettskrav til overføringer som skjer leilighetsvis, og art. 49 nr. 1 annet ledd krever selv at overføringen ikke gjentas og bare gjelder et begrenset antall registrerte. Å gi opplysninger til en databehandler for en løpende tjeneste er en slik jevnlig overføring.',
  },
  example: {
    bad: 'schemaVersion: 1\nid: support\nrecipients:\n  - id: helpdesk\n    name: Helpdesk Inc.\n    role: processor\n    country: IN\n    transfer:\n      mechanism: derogation\n',
    good: 'schemaVersion: 1\nid: support\nrecipients:\n  - id: helpdesk\n    name: Helpdesk Inc.\n    role: processor\n    country: IN\n    transfer:\n      mechanism: scc\n      details: SCC 2021/914 module 2 in the DPA; access from India only to tickets, logged\n      tia: {date: 2026-09-01, outcome: No problematic access law identified for this data; encryption with keys in the EEA}\n',
  },
  check({ data }, report) {
    list(data.recipients).forEach((recipient, index) => {
      if (recipient?.transfer?.mechanism !== 'derogation' || recipient.role !== 'processor' || !outsideEEA(recipient.country)) return;
      report(['recipients', index, 'transfer', 'mechanism'], { recipient: recipient.id ?? String(index + 1), country: recipient.country });
    });
  },
};
