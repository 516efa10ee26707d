// The screening conclusion: Art. 35(3) cases and Datatilsynet's list require a DPIA on
// their own (the list's "+1" items together with a WP248 criterion other than the one the
// item already is, the same test as accountability/screening); otherwise two or more WP248
// criteria require one and a single criterion makes it advisable (WP248 rev.01).
import { nationalItemApplies } from '../rules/accountability/screening.ts';
import { ART35_3_CHOICES, CRITERIA_CHOICES, NATIONAL_CHOICES } from './sections/screening.ts';
import { say } from './text.ts';
import type { Choice, InterviewLang } from './types.ts';
import { runnerText } from './words.ts';

export type Conclusion = 'required' | 'recommended' | 'not-required';

export interface Verdict {
  conclusion: Conclusion;
  required: boolean;
  rationale: string;
}

export interface ScreeningAnswers {
  criteria?: string[];
  nationalList?: string[];
  art35_3?: string[];
}

/** A criterion by its value and short name (`screening.<question>.short.<value>`), e.g. "large-scale (Large scale)". */
const name = (question: string, choices: Choice[], value: string, lang: InterviewLang) =>
  `${value} (${choices.some((c) => c.value === value) ? say(lang, shortKey(question, value)) : value})`;

export const shortKey = (question: string, value: string): string => `screening.${question}.short.${value}`;

export function screeningVerdict(answers: ScreeningAnswers, lang: InterviewLang): Verdict {
  const criteria = answers.criteria ?? [];
  const national = answers.nationalList ?? [];
  const art = answers.art35_3 ?? [];
  const reasons: string[] = [];
  const nationalApplies = national.filter((key) => nationalItemApplies(key, criteria));
  const nationalAlone = national.filter((key) => !nationalApplies.includes(key));
  if (art.length > 0) reasons.push(runnerText(lang, 'verdict.art35_3', { list: art.map((k) => name('art35_3', ART35_3_CHOICES, k, lang)).join('; ') }));
  if (nationalApplies.length > 0) reasons.push(runnerText(lang, 'verdict.national', { list: nationalApplies.map((k) => name('nationalList', NATIONAL_CHOICES, k, lang)).join('; ') }));
  if (nationalAlone.length > 0) reasons.push(runnerText(lang, 'verdict.nationalAlone', { items: nationalAlone.join(', ') }));
  const listed = criteria.map((k) => name('criteria', CRITERIA_CHOICES, k, lang)).join('; ');
  if (criteria.length >= 2) reasons.push(runnerText(lang, 'verdict.criteria', { count: String(criteria.length), list: listed }));
  else if (criteria.length === 1) reasons.push(runnerText(lang, 'verdict.criterion', { list: listed }));
  else reasons.push(runnerText(lang, 'verdict.noCriteria'));
  const required = art.length > 0 || nationalApplies.length > 0 || criteria.length >= 2;
  const conclusion: Conclusion = required ? 'required' : criteria.length === 1 || nationalAlone.length > 0 ? 'recommended' : 'not-required';
  const head = runnerText(lang, `verdict.${conclusion}`);
  return { conclusion, required, rationale: [head, ...reasons].join(' ') };
}
