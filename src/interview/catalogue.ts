// The interview in order (issue 3 / DESIGN.md): each section is one catalogue. The data
// subjects and categories come before the legal basis and consent, whose questions on
// children, special categories and further use depend on them.
import { consentSection } from './sections/consent.ts';
import { consultationSection, decisionSection, reviewSection } from './sections/consultation.ts';
import { dataSection } from './sections/data.ts';
import { fairnessSection } from './sections/fairness.ts';
import { legalBasisSection, purposesSection } from './sections/purposes.ts';
import { recipientsSection } from './sections/recipients.ts';
import { risksSection } from './sections/risks.ts';
import { screeningSection } from './sections/screening.ts';
import { securitySection } from './sections/security.ts';
import { basicsSection, systemSection } from './sections/system.ts';
import { transparencySection } from './sections/transparency.ts';
import type { Question, Section } from './types.ts';

export const SECTIONS: readonly Section[] = [
  basicsSection, screeningSection, systemSection, purposesSection, dataSection, legalBasisSection, consentSection,
  recipientsSection, securitySection, transparencySection, fairnessSection, risksSection, consultationSection, reviewSection, decisionSection,
];

export const SECTION_NAMES = SECTIONS.map((s) => s.name);

/** Every question, list questions followed by their item questions (for docs and answers files). */
export function allQuestions(sections: readonly Section[] = SECTIONS): Array<{ section: Section; question: Question; list?: Question }> {
  const out: Array<{ section: Section; question: Question; list?: Question }> = [];
  const seen = new Set<string>();
  for (const section of sections) {
    for (const question of section.questions) {
      if (!seen.has(question.id)) out.push({ section, question });
      seen.add(question.id);
      for (const item of question.item ?? []) {
        if (!seen.has(item.id)) out.push({ section, question: item, list: question });
        seen.add(item.id);
      }
    }
  }
  return out;
}
