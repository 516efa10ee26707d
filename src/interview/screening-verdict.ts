// The screening conclusion: Art. 35(3) cases and Datatilsynet's list require a DPIA on
// their own (the list's "+1" items together with a WP248 criterion other than the one the
// item already is, the same test as accountability/screening); otherwise two or more WP248
// criteria require one and a single criterion makes it advisable (WP248 rev.01).
import { nationalItemApplies } from '../rules/accountability/screening.ts';
import type { Lang } from '../rules/types.ts';
import { ART35_3_CHOICES, CRITERIA_CHOICES, NATIONAL_CHOICES } from './sections/screening.ts';
import type { Choice } from './types.ts';

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

const name = (choices: Choice[], value: string, lang: Lang) => {
  const label = choices.find((c) => c.value === value)?.label;
  const text = typeof label === 'string' ? label : label?.[lang] ?? value;
  return `${value} (${text.split(' — ')[0].replace(/\?$/, '')})`;
};

export function screeningVerdict(answers: ScreeningAnswers, lang: Lang): Verdict {
  const criteria = answers.criteria ?? [];
  const national = answers.nationalList ?? [];
  const art = answers.art35_3 ?? [];
  const nb = lang === 'nb';
  const reasons: string[] = [];
  const nationalApplies = national.filter((key) => nationalItemApplies(key, criteria));
  const nationalAlone = national.filter((key) => !nationalApplies.includes(key));
  if (art.length > 0) {
    reasons.push(nb
      ? `Art. 35(3) krever alltid en vurdering: ${art.map((k) => name(ART35_3_CHOICES, k, lang)).join('; ')}.`
      : `Art. 35(3) always requires a DPIA: ${art.map((k) => name(ART35_3_CHOICES, k, lang)).join('; ')}.`);
  }
  if (nationalApplies.length > 0) {
    reasons.push(nb
      ? `Datatilsynets liste (art. 35(4)) krever en vurdering: ${nationalApplies.map((k) => name(NATIONAL_CHOICES, k, lang)).join('; ')}.`
      : `Datatilsynet's list (Art. 35(4)) requires a DPIA: ${nationalApplies.map((k) => name(NATIONAL_CHOICES, k, lang)).join('; ')}.`);
  }
  if (nationalAlone.length > 0) {
    reasons.push(nb
      ? `Punktene ${nationalAlone.join(', ')} på Datatilsynets liste gjelder bare sammen med minst ett annet WP248-kriterium enn det punktet selv er.`
      : `Items ${nationalAlone.join(', ')} of Datatilsynet's list apply only together with at least one WP248 criterion other than the one the item already is.`);
  }
  const listed = criteria.map((k) => name(CRITERIA_CHOICES, k, lang)).join('; ');
  if (criteria.length >= 2) {
    reasons.push(nb
      ? `${criteria.length} av WP248-kriteriene er oppfylt (to eller flere krever normalt en vurdering): ${listed}.`
      : `${criteria.length} WP248 criteria are met (two or more normally require a DPIA): ${listed}.`);
  } else if (criteria.length === 1) {
    reasons.push(nb
      ? `Ett WP248-kriterium er oppfylt: ${listed}. En vurdering anbefales; velger dere å ikke gjøre den, dokumenter hvorfor og personvernombudets syn.`
      : `One WP248 criterion is met: ${listed}. A DPIA is recommended; if you decide against it, document why and the DPO's view.`);
  } else {
    reasons.push(nb ? 'Ingen av WP248-kriteriene er oppfylt.' : 'None of the WP248 criteria is met.');
  }
  const required = art.length > 0 || nationalApplies.length > 0 || criteria.length >= 2;
  const conclusion: Conclusion = required ? 'required' : criteria.length === 1 || nationalAlone.length > 0 ? 'recommended' : 'not-required';
  const head = {
    required: nb ? 'En vurdering av personvernkonsekvenser (DPIA) er påkrevd.' : 'A DPIA is required.',
    recommended: nb ? 'En vurdering av personvernkonsekvenser (DPIA) anbefales.' : 'A DPIA is recommended.',
    'not-required': nb ? 'En vurdering av personvernkonsekvenser (DPIA) er ikke påkrevd.' : 'A DPIA is not required.',
  }[conclusion];
  return { conclusion, required, rationale: [head, ...reasons].join(' ') };
}
