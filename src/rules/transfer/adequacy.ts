import { intlLocale } from '../../i18n/catalogue.ts';
import { countryName } from '../../i18n/countries.ts';
import { itemName, list, outsideEEA } from '../facts.ts';
import type { Rule } from '../types.ts';
import { ADEQUACY, ADEQUACY_VERIFIED, adequacyOf } from './adequacy-list.ts';

/** The countries with a decision in force, for the rule's `why`: their names in the reader's language (CLDR). */
function names(lang: string): string {
  const locale = intlLocale(lang);
  return Object.keys(ADEQUACY).map((code) => countryName(code, lang)).sort((a, b) => a.localeCompare(b, locale)).join(', ');
}

export const rule: Rule = {
  id: 'transfer/adequacy',
  principle: 'data-security',
  article: 'GDPR Art. 45; Implementing Decision (EU) 2023/1795',
  severity: 'error',
  whyArgs: (lang) => ({ verified: ADEQUACY_VERIFIED, countries: names(lang) }),
  example: {
    bad: 'schemaVersion: 1\nid: summaries\nrecipients:\n  - id: llm\n    name: LLM Provider Inc.\n    role: processor\n    country: US\n    transfer:\n      mechanism: adequacy\n',
    good: 'schemaVersion: 1\nid: summaries\nrecipients:\n  - id: llm\n    name: LLM Provider Inc.\n    role: processor\n    country: US\n    transfer:\n      mechanism: adequacy\n      dpfCertified: true\n      details: On the Data Privacy Framework List (checked 2026-10-01), covering non-HR data\n',
  },
  check({ data }, report) {
    list(data.recipients).forEach((recipient, index) => {
      const transfer = recipient?.transfer;
      // Recipients inside the EEA are transfer/inside-eea's; a missing country, transparency/transfer's.
      if (transfer?.mechanism !== 'adequacy' || !outsideEEA(recipient.country)) return;
      const name = itemName(recipient, index);
      const path = ['recipients', index, 'transfer'];
      if (!adequacyOf(recipient.country)) {
        report([...path, 'mechanism'], { none: 'yes', recipient: name, country: recipient.country, verified: ADEQUACY_VERIFIED });
      } else if (recipient.country === 'US' && transfer.dpfCertified !== true) {
        report([...path, 'dpfCertified'], transfer.dpfCertified === false ? { notCertified: 'yes', recipient: name } : { noDpf: 'yes', recipient: name });
      }
    });
  },
};
