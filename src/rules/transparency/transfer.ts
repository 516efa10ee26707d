import { list, outsideEEA } from '../facts.ts';
import type { Rule } from '../types.ts';

export const rule: Rule = {
  id: 'transparency/transfer',
  principle: 'transparency',
  article: 'GDPR Art. 44–46, Art. 49, Art. 13(1)(f)',
  severity: 'error',
  messages: {
    en: '{outside?:the file records that {recipient} processes data in {country}, outside the EEA, but no transfer mechanism}{noCountry?:processor {recipient} has no country recorded, so transfers outside the EEA cannot be assessed}',
    nb: '{outside?:filen registrerer at {recipient} behandler opplysninger i {country}, utenfor EØS, men ikke noe overføringsgrunnlag}{noCountry?:databehandler {recipient} har ikke registrert land, så overføringer ut av EØS kan ikke vurderes}',
  },
  hint: {
    en: 'Set `transfer.mechanism` (adequacy, scc, bcr, code-of-conduct, certification or derogation) and describe in `transfer.details` the decision or clauses, any supplementary measures and how people can get a copy. Record `country` (ISO code, e.g. US, SE) for every processor, including where support staff and sub-processors access the data.',
    nb: 'Sett `transfer.mechanism` (adequacy, scc, bcr, code-of-conduct, certification eller derogation) og beskriv i `transfer.details` beslutningen eller klausulene, eventuelle tilleggstiltak og hvordan de registrerte kan få en kopi. Registrer `country` (ISO-kode, f.eks. US, SE) for hver databehandler, også der brukerstøtte og underleverandører har tilgang til opplysningene.',
  },
  why: {
    en: 'Personal data may be transferred to a third country only under Chapter V: an adequacy decision (Art. 45), appropriate safeguards such as standard contractual clauses or binding corporate rules (Art. 46), or a derogation for specific situations (Art. 49); and people must be told of the transfer and the safeguards (Art. 13(1)(f), Art. 14(1)(f)). Without knowing where a processor processes the data, this cannot be assessed.',
    nb: 'Personopplysninger kan bare overføres til en tredjestat etter kapittel V: en beslutning om tilstrekkelig beskyttelsesnivå (art. 45), nødvendige garantier som standardbestemmelser om personvern vedtatt av Kommisjonen eller bindende virksomhetsregler (art. 46), eller unntak i særlige situasjoner (art. 49); og de registrerte skal informeres om overføringen og garantiene (art. 13 nr. 1 bokstav f, art. 14 nr. 1 bokstav f). Uten å vite hvor en databehandler behandler opplysningene, kan dette ikke vurderes.',
  },
  example: {
    bad: 'schemaVersion: 1\nid: summaries\nrecipients:\n  - id: llm\n    name: LLM Provider Inc.\n    role: processor\n    country: US\n',
    good: 'schemaVersion: 1\nid: summaries\nrecipients:\n  - id: llm\n    name: LLM Provider Inc.\n    role: processor\n    country: US\n    transfer:\n      mechanism: adequacy\n      dpfCertified: true\n      details: Certified under the EU-US Data Privacy Framework; SCCs in the DPA as fallback\n',
  },
  check({ data }, report) {
    list(data.recipients).forEach((recipient, index) => {
      if (!recipient) return;
      const name = recipient.name ?? recipient.id ?? String(index + 1);
      if (outsideEEA(recipient.country)) {
        if (!recipient.transfer?.mechanism) report(['recipients', index, 'transfer', 'mechanism'], { outside: 'yes', recipient: name, country: recipient.country });
      } else if (!recipient.country && recipient.role === 'processor') {
        report(['recipients', index, 'country'], { noCountry: 'yes', recipient: name });
      }
    });
  },
};
