import { filled, list } from '../facts.ts';
import type { Rule } from '../types.ts';
import { FILLER_WORDS, MIN_CONTENT_WORDS, MIN_WORDS, VAGUE_PHRASES } from './vague-phrases.ts';

const PHRASES = [...VAGUE_PHRASES.en, ...VAGUE_PHRASES.nb].map((phrase) => words(phrase));
const FILLER = new Set([...FILLER_WORDS.en, ...FILLER_WORDS.nb]);

function words(text: string): string[] {
  return text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** The vague phrases found, and the words left that are neither vague nor filler. */
function analyse(text: string): { total: number; phrases: string[]; content: number } {
  const tokens = words(text);
  const phrases: string[] = [];
  let content = 0;
  for (let i = 0; i < tokens.length;) {
    const match = PHRASES.filter((p) => p.every((word, k) => tokens[i + k] === word)).sort((a, b) => b.length - a.length)[0];
    if (match) {
      phrases.push(match.join(' '));
      i += match.length;
    } else {
      if (!FILLER.has(tokens[i])) content++;
      i++;
    }
  }
  return { total: tokens.length, phrases, content };
}

export const rule: Rule = {
  id: 'purpose/vague',
  principle: 'purpose',
  article: 'GDPR Art. 5(1)(b)',
  severity: 'warning',
  messages: {
    en: 'purpose {purpose} is {words?:described in only {words} words}{phrase?:described in vague terms ("{phrase}")}; it does not say specifically what is done with the data',
    nb: 'formål {purpose} er {words?:beskrevet med bare {words} ord}{phrase?:beskrevet i vage ord («{phrase}»)}; det sier ikke konkret hva opplysningene brukes til',
  },
  hint: {
    en: 'Say what is done, with which data, for whom and with what result, e.g. "Rank inbound B2B leads by likelihood to buy from their web visits, so that sales calls the most promising first."',
    nb: 'Si hva som gjøres, med hvilke opplysninger, for hvem og med hvilket resultat, f.eks. «Rangere innkommende B2B-leads etter sannsynlighet for kjøp ut fra nettbesøkene deres, slik at salg ringer de mest lovende først.»',
  },
  why: {
    en: 'Personal data may only be collected for specified, explicit and legitimate purposes (purpose limitation). A vague purpose such as "improve customer experience" cannot limit later use, and necessity and proportionality cannot be judged against it.',
    nb: 'Personopplysninger kan bare samles inn for spesifikke, uttrykkelig angitte og berettigede formål (formålsbegrensning). Et vagt formål som «forbedre kundeopplevelsen» setter ingen grense for senere bruk, og nødvendighet og forholdsmessighet kan ikke vurderes mot det.',
  },
  example: {
    bad: 'schemaVersion: 1\nid: churn\npurposes:\n  - id: churn\n    description: We use customer data for marketing purposes and to improve customer experience with AI.\n',
    good: 'schemaVersion: 1\nid: churn\npurposes:\n  - id: churn\n    description: Predict which subscribers are likely to cancel within 90 days from their usage and support history, so that account managers can call them with a retention offer.\n',
  },
  check({ data }, report) {
    list(data.purposes).forEach((purpose, index) => {
      // A missing description is purpose/missing's finding.
      if (!filled(purpose.description) || typeof purpose.description !== 'string') return;
      const found = analyse(purpose.description);
      const path = ['purposes', index, 'description'];
      const name = purpose.id ?? String(index + 1);
      if (found.total < MIN_WORDS) report(path, { purpose: name, words: found.total });
      else if (found.phrases.length > 0 && found.content < MIN_CONTENT_WORDS) report(path, { purpose: name, phrase: [...new Set(found.phrases)].join(', ') });
    });
  },
};
