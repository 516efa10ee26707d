import { filled, hasSpecialCategories, list, purposesOf, significantAutomatedDecision } from '../facts.ts';
import type { Rule } from '../types.ts';
import { enumArgs } from '../enum-words.ts';

// Art. 22(4) only lets a significant solely automated decision rest on Art. 9(1) data
// under 9(2)(a) explicit consent or 9(2)(g) substantial public interest, with suitable
// safeguards. The file does not say which purpose the decision serves, so a special
// category passes when some purpose that uses it names (a) or (g).
const ALLOWED = new Set(['explicit-consent', 'substantial-public-interest']);

export const rule: Rule = {
  id: 'legal-basis/automated-decision-special',
  principle: 'purpose',
  article: 'GDPR Art. 22(4), Art. 9(2)(a), Art. 9(2)(g)',
  severity: 'error',
  example: {
    bad: 'schemaVersion: 1\nid: health-premium\nsystem:\n  ai:\n    used: true\n    automatedDecision: {exists: true, significantEffect: true, exception: contract, categories: [health], safeguards: A person reviews any refusal on request}\npurposes:\n  - id: pricing\n    legalBasis: contract\n    specialCategoryCondition: health-care\ndataCategories:\n  - id: health\n    special: true\n    purposes: [pricing]\n',
    good: 'schemaVersion: 1\nid: health-premium\nsystem:\n  ai:\n    used: true\n    automatedDecision: {exists: true, significantEffect: true, exception: explicit-consent, categories: [health], safeguards: A person reviews any refusal on request}\npurposes:\n  - id: pricing\n    legalBasis: consent\n    specialCategoryCondition: explicit-consent\ndataCategories:\n  - id: health\n    special: true\n    purposes: [pricing]\n',
  },
  check({ data }, report) {
    if (!significantAutomatedDecision(data)) return;
    const decision = data.system!.ai!.automatedDecision!;
    const base = ['system', 'ai', 'automatedDecision'];
    // `categories: []` is an answer (no data categories); only a missing list is a gap.
    if (decision.categories === undefined) {
      if (hasSpecialCategories(data)) report([...base, 'categories'], { noCategories: 'yes' });
      return;
    }
    const categories = list(data.dataCategories);
    const used: string[] = [];
    decision.categories.forEach((id, index) => {
      const category = categories.find((c) => c.id === id);
      if (category?.special !== true) return;
      used.push(id);
      const conditions = purposesOf(data, category).map((p) => p.specialCategoryCondition).filter((c) => c !== undefined);
      if (!conditions.some((c) => ALLOWED.has(c))) {
        report([...base, 'categories', index], { category: id, conditions: [...new Set(conditions)].join(', ') });
      }
    });
    // With the exception `law`, legal-basis/automated-decision already asks for the safeguards.
    if (used.length > 0 && decision.exception !== 'law' && !filled(decision.safeguards)) {
      report([...base, 'safeguards'], { noSafeguards: 'yes', categories: used.join(', ') });
    }
  },
  messageArgs: (args, lang) => enumArgs(args, lang, { conditions: ['specialCategoryCondition'] }),
};
