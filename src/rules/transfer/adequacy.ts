import { list, outsideEEA } from '../facts.ts';
import type { Rule } from '../types.ts';
import { ADEQUACY, ADEQUACY_VERIFIED, adequacyOf } from './adequacy-list.ts';

const names = (lang: 'name' | 'nb') => Object.values(ADEQUACY).map((a) => a[lang]).sort((a, b) => a.localeCompare(b, lang === 'nb' ? 'nb' : 'en')).join(', ');

export const rule: Rule = {
  id: 'transfer/adequacy',
  principle: 'data-security',
  article: 'GDPR Art. 45; Implementing Decision (EU) 2023/1795',
  severity: 'error',
  messages: {
    en: '{none?:the file relies on an adequacy decision for recipient {recipient} in {country}, but {country} is not on the list of countries with an adequacy decision in force (verified {verified})}{noDpf?:the file relies on the EU-US adequacy decision for recipient {recipient}, but does not record that {recipient} is certified under the EU-US Data Privacy Framework}{notCertified?:the file relies on the EU-US adequacy decision for recipient {recipient}, but records that {recipient} is not certified under the EU-US Data Privacy Framework, which that decision requires}',
    nb: '{none?:filen bygger på en beslutning om tilstrekkelig beskyttelsesnivå for mottaker {recipient} i {country}, men {country} står ikke på listen over land med en slik beslutning i kraft (kontrollert {verified})}{noDpf?:filen bygger på beslutningen om tilstrekkelig beskyttelsesnivå for USA for mottaker {recipient}, men registrerer ikke at {recipient} er sertifisert under EU–US Data Privacy Framework}{notCertified?:filen bygger på beslutningen om tilstrekkelig beskyttelsesnivå for USA for mottaker {recipient}, men registrerer at {recipient} ikke er sertifisert under EU–US Data Privacy Framework, slik beslutningen forutsetter}',
  },
  hint: {
    en: 'Use `mechanism: adequacy` only for a country with an adequacy decision in force (`dpia rules transfer/adequacy` lists them). For the United States, check that the recipient is on the Data Privacy Framework List (dataprivacyframework.gov) and covers the kind of data sent, then set `transfer.dpfCertified: true` and note the date of the check in `transfer.details`. Otherwise choose another mechanism, usually standard contractual clauses (`scc`) with a transfer impact assessment in `transfer.tia`.',
    nb: 'Bruk `mechanism: adequacy` bare for et land med en beslutning om tilstrekkelig beskyttelsesnivå i kraft (`dpia rules transfer/adequacy` viser dem). For USA: kontroller at mottakeren står på Data Privacy Framework-listen (dataprivacyframework.gov) og dekker den typen opplysninger som sendes, sett deretter `transfer.dpfCertified: true` og skriv datoen for kontrollen i `transfer.details`. Ellers velg et annet overføringsgrunnlag, som regel standardbestemmelser om personvern (`scc`) med en vurdering av overføringen i `transfer.tia`.',
  },
  why: {
    en: `A transfer may rest on an adequacy decision only where the Commission has decided that the third country, a territory or a sector in it ensures an adequate level of protection (Art. 45(1) and (3)); decisions made under Directive 95/46/EC stay in force until changed (Art. 45(9)). For the United States, Implementing Decision (EU) 2023/1795 covers only organisations certified under the EU-US Data Privacy Framework and on its list; a transfer to any other US recipient needs appropriate safeguards (Art. 46) or a derogation (Art. 49). Countries with a decision in force (verified ${ADEQUACY_VERIFIED}): ${names('name')}. Some decisions cover only part of a country: Canada (commercial organisations subject to PIPEDA), Japan (business operators under the APPI with the supplementary rules), the Republic of Korea (recipients subject to its Personal Information Protection Act) and the United States (the Data Privacy Framework). In Norway, Iceland and Liechtenstein a decision applies once it is taken into the EEA Agreement.`,
    nb: `En overføring kan bare bygge på en beslutning om tilstrekkelig beskyttelsesnivå når Kommisjonen har besluttet at tredjestaten, et område eller en sektor i den sikrer et tilstrekkelig beskyttelsesnivå (art. 45 nr. 1 og 3); beslutninger truffet etter direktiv 95/46/EF gjelder til de endres (art. 45 nr. 9). For USA dekker gjennomføringsbeslutning (EU) 2023/1795 bare virksomheter som er sertifisert under EU–US Data Privacy Framework og står på listen; overføring til andre mottakere i USA krever nødvendige garantier (art. 46) eller et unntak (art. 49). Land med en beslutning i kraft (kontrollert ${ADEQUACY_VERIFIED}): ${names('nb')}. Noen beslutninger dekker bare en del av landet: Canada (kommersielle virksomheter underlagt PIPEDA), Japan (virksomheter underlagt APPI med tilleggsreglene), Sør-Korea (mottakere underlagt Personal Information Protection Act) og USA (Data Privacy Framework). I Norge, Island og Liechtenstein gjelder en beslutning når den er tatt inn i EØS-avtalen.`,
  },
  example: {
    bad: 'schemaVersion: 1\nid: summaries\nrecipients:\n  - id: llm\n    name: LLM Provider Inc.\n    role: processor\n    country: US\n    transfer:\n      mechanism: adequacy\n',
    good: 'schemaVersion: 1\nid: summaries\nrecipients:\n  - id: llm\n    name: LLM Provider Inc.\n    role: processor\n    country: US\n    transfer:\n      mechanism: adequacy\n      dpfCertified: true\n      details: On the Data Privacy Framework List (checked 2026-10-01), covering non-HR data\n',
  },
  check({ data }, report) {
    list(data.recipients).forEach((recipient, index) => {
      const transfer = recipient?.transfer;
      // Recipients inside the EEA are transfer/inside-eea's; a missing country, transparency/transfer's.
      if (transfer?.mechanism !== 'adequacy' || !outsideEEA(recipient.country)) return;
      const name = recipient.id ?? String(index + 1);
      const path = ['recipients', index, 'transfer'];
      if (!adequacyOf(recipient.country)) {
        report([...path, 'mechanism'], { none: 'yes', recipient: name, country: recipient.country, verified: ADEQUACY_VERIFIED });
      } else if (recipient.country === 'US' && transfer.dpfCertified !== true) {
        report([...path, 'dpfCertified'], transfer.dpfCertified === false ? { notCertified: 'yes', recipient: name } : { noDpf: 'yes', recipient: name });
      }
    });
  },
};
