// Third countries with a Commission adequacy decision in force (GDPR Art. 45(3), or
// Art. 25(6) of Directive 95/46/EC, which Art. 45(9) keeps in force), by ISO 3166-1
// alpha-2 code. Data for transfer/adequacy; keep it dated and re-verify it when a
// decision is adopted, renewed or annulled (Art. 45(8): the Commission publishes the list).
//
// Verified 2026-11-30 against the Commission's page "Adequacy decisions"
// (commission.europa.eu/law/law-topic/data-protection/international-dimension-data-protection/adequacy-decisions_en),
// the decisions' CELEX numbers, and for later changes: the UK decisions renewed on
// 19 December 2025 until 27 December 2031; Brazil, Implementing Decision (EU) 2026/179
// of 26 January 2026 (OJ 28.1.2026); the EU-US Data Privacy Framework decision upheld by
// the General Court on 3 September 2025 (T-553/23 Latombe; appeal C-703/25 P pending).
// Not countries, so not here: the European Patent Organisation (decision of 15 July 2025,
// the first for an international organisation).
// In Norway, Iceland and Liechtenstein a decision applies once it is taken into the EEA
// Agreement; for Brazil the draft EEA Joint Committee decision was sent to the
// Commission on 6 May 2026 (europalov.no), and its incorporation was not confirmed here.

// Country names are not kept here: they come from Intl.DisplayNames (CLDR) in the
// reader's language, by code.
export interface Adequacy {
  /** The decision in force. */
  decision: string;
  /** Where the decision covers only part of the country's recipients. */
  scope?: string;
}

export const ADEQUACY_VERIFIED = '2026-11-30';

export const ADEQUACY: Readonly<Record<string, Adequacy>> = {
  AD: { decision: 'Decision 2010/625/EU' },
  AR: { decision: 'Decision 2003/490/EC' },
  BR: { decision: 'Implementing Decision (EU) 2026/179' },
  CA: { decision: 'Decision 2002/2/EC', scope: 'commercial organisations subject to PIPEDA' },
  CH: { decision: 'Decision 2000/518/EC' },
  FO: { decision: 'Decision 2010/146/EU' },
  GB: { decision: 'Implementing Decision (EU) 2021/1772, renewed in December 2025 until 27 December 2031' },
  GG: { decision: 'Decision 2003/821/EC' },
  IL: { decision: 'Decision 2011/61/EU' },
  IM: { decision: 'Decision 2004/411/EC' },
  JE: { decision: 'Decision 2008/393/EC' },
  JP: { decision: 'Implementing Decision (EU) 2019/419', scope: 'business operators under the APPI, with the supplementary rules' },
  KR: { decision: 'Implementing Decision (EU) 2022/254', scope: 'recipients subject to the Personal Information Protection Act' },
  NZ: { decision: 'Implementing Decision 2013/65/EU' },
  US: { decision: 'Implementing Decision (EU) 2023/1795 (EU-US Data Privacy Framework)', scope: 'organisations on the Data Privacy Framework List' },
  UY: { decision: 'Implementing Decision 2012/484/EU' },
};

/** The adequacy decision for a country code, if one is in force. */
export function adequacyOf(country: string): Adequacy | undefined {
  return Object.hasOwn(ADEQUACY, country) ? ADEQUACY[country] : undefined;
}
